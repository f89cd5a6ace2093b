package gojc.rt.reflect;

import gojc.rt.GoString;
import gojc.rt.Ptr;
import gojc.rt.Type;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

class DynStructTest {
    private static Type struct(String... namesAndEncodings) {
        int n = namesAndEncodings.length / 2;
        String[] names = new String[n], pkgs = new String[n], tags = new String[n];
        Type[] types = new Type[n];
        for (int i = 0; i < n; i++) {
            names[i] = namesAndEncodings[2 * i];
            pkgs[i] = "";
            tags[i] = "";
            types[i] = Type.decode(namesAndEncodings[2 * i + 1]);
        }
        Type t = Type.structOf(names, pkgs, tags, types, new boolean[n]);
        ValueForms.noteDynamic(t);
        return t;
    }

    @Test
    void structOfIsInternedAndLaidOutAsGc() {
        Type a = struct("A", "b2;", "B", "b24;", "C", "a2;b3;");
        assertSame(a, struct("A", "b2;", "B", "b24;", "C", "a2;b3;"));
        assertEquals(32, a.size());
        assertEquals(24, a.fields()[2].offset);
        assertEquals("struct { A int; B string; C [2]int8 }", a.toString());
    }

    @Test
    void fieldsAreLocationsAndValues() {
        Type t = struct("N", "b3;", "S", "b24;", "C", "a2;b2;");
        Object v = ValueForms.zero(t);
        assertInstanceOf(DynStruct.class, v);
        assertEquals(0, Core.fieldValue(t, v, 0));
        assertSame(GoString.EMPTY, Core.fieldValue(t, v, 1));
        ValueForms.store(t.fields()[0].type, Core.fieldLoc(t, v, 0), -5);
        Ptr.store((Ptr) Core.fieldLoc(t, v, 1), GoString.latin1("x"));
        ((long[]) Core.fieldLoc(t, v, 2))[1] = 7;
        assertEquals(-5, Core.fieldValue(t, v, 0));
        assertEquals("x", Core.fieldValue(t, v, 1).toString());
        assertEquals(7L, ((long[]) Core.fieldValue(t, v, 2))[1]);
    }

    @Test
    void copiesAreDeepAndCompareAsGo() {
        Type t = struct("F", "b14;", "C", "a1;b2;");
        DynStruct a = (DynStruct) ValueForms.zero(t);
        DynStruct b = (DynStruct) a.$copy();
        assertNotSame(a.slots[1], b.slots[1]);
        assertEquals(a, b);
        ((double[]) a.slots[0])[0] = -0.0;
        assertEquals(a, b); // -0 == +0
        assertEquals(a.hashCode(), b.hashCode());
        ((long[]) a.slots[1])[0] = 3;
        assertNotEquals(a, b);
        b.$set(a);
        assertEquals(a, b);
        assertSame(t.ptrTo(), a.$type());
    }
}
