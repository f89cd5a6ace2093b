package gojc.rt;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TypeTest {
    private static final String INT = "b2;", STRING = "b24;";

    @Test
    void unnamedTypesAreInternedByStructure() {
        assertSame(Type.decode("l" + INT), Type.decode("l" + INT));
        assertSame(Type.decode("m" + STRING + INT), Type.decode("m" + STRING + INT));
        assertNotSame(Type.decode("l" + INT), Type.decode("l" + STRING));
        assertSame(Type.INT, Type.decode(INT));
        assertSame(Type.decode("p" + INT).elem(), Type.INT);
    }

    @Test
    void typeStringsAreGcs() {
        assertEquals("[]int", Type.decode("l" + INT).toString());
        assertEquals("map[string]int", Type.decode("m" + STRING + INT).toString());
        assertEquals("[3]*int", Type.decode("a3;p" + INT).toString());
        assertEquals("func(int, ...string) (int, string)", Type.decode("f1;2;" + INT + "l" + STRING + "2;" + INT + STRING).toString());
        assertEquals("func()", Type.decode("f0;0;0;").toString());
        assertEquals("interface {}", Type.decode("i0;").toString());
        assertEquals("struct {}", Type.decode("s0;").toString());
        assertEquals("struct { a int; B string \"json:\\\"b\\\"\" }",
                Type.decode("s2;1;a4;main0;0;" + INT + "1;B0;8;json:\"b\"0;" + STRING).toString());
        assertEquals("<-chan int", Type.decode("c1;" + INT).toString());
        assertEquals("chan (<-chan int)", Type.decode("c3;c1;" + INT).toString());
        assertEquals("interface { M(int) string }", Type.decode("i1;1;M0;f0;1;" + INT + "1;" + STRING).toString());
        assertEquals("error", Type.decode("n0;0;5;error0;0;").toString());
    }

    @Test
    void layoutFollowsGcAmd64() {
        Type s = Type.decode("s3;1;a0;0;0;b1;1;b0;0;0;" + INT + "1;c0;0;0;b1;");
        assertEquals(24, s.size());
        assertEquals(8, s.align());
        assertEquals(8, s.fields()[1].offset);
        assertTrue(s.comparable());
        assertFalse(Type.decode("s1;1;x0;0;0;l" + INT).comparable());
        assertEquals(16, Type.decode(STRING).size());
        assertEquals(24, Type.decode("l" + INT).size());
    }

    @Test
    void errorIsTheUniverseInterface() {
        Type err = Type.decode("n0;0;5;error0;0;");
        assertEquals(Kind.INTERFACE, err.kind());
        assertEquals("Error", err.methods()[0].name);
        // runtime errors implement it
        Type es = Type.of(new RuntimeErrors.ErrorString("x"));
        assertEquals("runtime.errorString", es.toString());
        assertEquals("", err.missingMethod(es));
        assertEquals("Error", err.missingMethod(Type.INT));
    }

    @Test
    void dynamicTypesOfPlainValues() {
        assertSame(Type.INT, Type.of(5L));
        assertSame(Type.INT32, Type.of(5));
        assertSame(Type.STRING, Type.of(GoString.latin1("s")));
        Type u8 = Type.decode("b8;");
        assertSame(u8, Type.of(new Box(u8, 200)));
        assertEquals(null, Type.of(null));
    }

    @Test
    void equalityAndHashing() {
        Type u8 = Type.decode("b8;");
        assertTrue(Iface.eq(new Box(u8, 1), new Box(u8, 1)));
        assertFalse(Iface.eq(new Box(u8, 1), 1));
        assertFalse(Iface.eq(Double.NaN, Double.NaN));
        assertTrue(Iface.eq(0.0, -0.0));
        assertEquals(Iface.hash(0.0), Iface.hash(-0.0));
        Type sl = Type.decode("l" + INT);
        GoPanic p = assertThrows(GoPanic.class, () -> Iface.eq(new Box(sl, null), new Box(sl, null)));
        assertEquals("runtime error: comparing uncomparable type []int", ((GoError) p.value).error().toJava());
        p = assertThrows(GoPanic.class, () -> Iface.hash(new Box(sl, null)));
        assertEquals("runtime error: hash of unhashable type []int", ((GoError) p.value).error().toJava());
    }

    @Test
    void assertionTexts() {
        Type any = Type.decode("i0;");
        GoPanic p = assertThrows(GoPanic.class, () -> Iface.assertType(GoString.latin1("s"), Type.INT, any));
        assertEquals("interface conversion: interface {} is string, not int", ((GoError) p.value).error().toJava());
        p = assertThrows(GoPanic.class, () -> Iface.assertType(null, Type.INT, any));
        assertEquals("interface conversion: interface {} is nil, not int", ((GoError) p.value).error().toJava());
        Type stringer = Type.decode("i1;6;String0;f0;0;1;" + STRING);
        p = assertThrows(GoPanic.class, () -> Iface.assertIface(3L, stringer, any));
        assertEquals("interface conversion: int is not interface { String() string }: missing method String",
                ((GoError) p.value).error().toJava());
        assertSame(any, Type.decode("i0;"));
        assertTrue(Iface.isIface(3L, any));
        assertFalse(Iface.isIface(null, any));
    }
}
