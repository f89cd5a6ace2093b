package gojc.rt.reflect;

import gojc.rt.Type;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ShapesTest {
    private static final String INT = "b2;", INT8 = "b3;", UINT8 = "b8;", STRING = "b24;", BOOL = "b1;", FLOAT32 = "b13;";

    private static Type func(String params, String results) {
        return Type.decode("f0;" + params + results);
    }

    @Test
    void narrowIntegersTravelAsInt() {
        Type ft = func("3;" + INT8 + UINT8 + INT, "1;" + BOOL);
        assertEquals("(IIJ)Z", Shapes.descriptor(ft));
    }

    @Test
    void onlyTheFirstResultIsInTheDescriptor() {
        Type ft = func("0;", "2;" + FLOAT32 + STRING);
        assertEquals("()F", Shapes.descriptor(ft));
        assertEquals("gojc/fn/F__F", Shapes.className(ft));
    }

    @Test
    void funcOfNothingIsFuncV() {
        assertEquals("gojc/rt/FuncV", Shapes.className(func("0;", "0;")));
    }

    @Test
    void referenceTypesAreMangledAsTheCompilerDoes() {
        // func(string, []int, *int, [3]string) map[string]int
        Type ft = func("4;" + STRING + "l" + INT + "p" + INT + "a3;" + STRING, "1;m" + STRING + INT);
        assertEquals("(Lgojc/rt/GoString;Lgojc/rt/SliceJ;Lgojc/rt/Ptr;[Ljava/lang/Object;)Lgojc/rt/GoMap;", Shapes.descriptor(ft));
        assertEquals("gojc/fn/F_Lgojc$2frt$2fGoString$3bLgojc$2frt$2fSliceJ$3bLgojc$2frt$2fPtr$3b$5bLjava$2flang$2fObject$3b_Lgojc$2frt$2fGoMap$3b",
                Shapes.className(ft));
    }

    @Test
    void funcMembersAreErased() {
        // func(func(int) int) func()
        Type ft = func("1;" + "f0;1;" + INT + "1;" + INT, "1;f0;0;0;");
        assertEquals("(Lgojc/rt/Func;)Lgojc/rt/Func;", Shapes.descriptor(ft));
    }
}
