package gojc.rt.reflect;

import gojc.rt.Box;
import gojc.rt.Cell;
import gojc.rt.GoMap;
import gojc.rt.GoString;
import gojc.rt.Kind;
import gojc.rt.SliceB;
import gojc.rt.SliceJ;
import gojc.rt.SliceL;
import gojc.rt.Type;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValueFormsTest {
    private static final String INT = "b2;", INT8 = "b3;", UINT8 = "b8;", UINT32 = "b10;", STRING = "b24;", FLOAT64 = "b14;";

    @Test
    void narrowBoxesAreNormalizedByKind() {
        assertEquals(200, ValueForms.norm(Kind.UINT8, (byte) -56));
        assertEquals(-56, ValueForms.norm(Kind.INT8, (byte) -56));
        assertEquals(65535, ValueForms.norm(Kind.UINT16, (char) 65535));
        assertEquals(-1, ValueForms.norm(Kind.INT16, (short) -1));
        assertEquals(7L, ValueForms.norm(Kind.INT, 7L));
    }

    @Test
    void uint32IsReadAsItsBits() {
        Type u32 = Type.decode(UINT32);
        assertEquals(4000000000L, Core.toUint(u32, (int) 4000000000L));
        assertEquals(-1, Core.fromInt(u32, 0xFFFFFFFFL));
        assertEquals(-56, Core.fromInt(Type.decode(INT8), 200));
    }

    @Test
    void packingBoxesAsCompiledCodeDoes() {
        assertSame(Long.valueOf(5), ValueForms.pack(Type.INT, 5L)); // plain box
        Object u8 = ValueForms.pack(Type.decode(UINT8), 200);
        assertInstanceOf(Box.class, u8);
        assertSame(Type.decode(UINT8), Type.of(u8));
        assertEquals(200, ValueForms.unpack(u8));
        Object slice = ValueForms.pack(Type.decode("l" + INT), null);
        assertInstanceOf(Box.class, slice); // a nil slice is still a non-nil interface value
        assertNull(ValueForms.unpack(slice));
        Object iface = new Object();
        assertSame(iface, ValueForms.pack(Type.decode("i0;"), iface));
    }

    @Test
    void locationsLoadAndStore() {
        Cell c = new Cell(3);
        Type u8 = Type.decode(UINT8);
        assertEquals(3, ValueForms.load(u8, c));
        ValueForms.store(u8, c, 250);
        assertEquals(250, ValueForms.load(u8, c));
        Object v = ValueForms.newVar(Type.STRING);
        assertSame(GoString.EMPTY, ValueForms.load(Type.STRING, v));
    }

    @Test
    void slicesAndArraysThroughOneView() {
        Type bytes = Type.decode("l" + UINT8);
        SliceB s = (SliceB) Core.makeSlice(bytes, 2, 4);
        assertEquals(2, Core.valueLen(bytes, s));
        assertEquals(4, Core.valueCap(bytes, s));
        Core.store(u8(), Core.indexLoc(bytes, s, 1), 255);
        assertEquals(255, Core.load(u8(), Core.indexLoc(bytes, s, 1)));
        SliceB t = (SliceB) Core.sliceValue(bytes, s, 1, 2, -1);
        assertEquals(1, t.len);
        assertEquals(3, t.cap);
        Type strings = Type.decode("l" + STRING);
        SliceL ss = (SliceL) Core.makeSlice(strings, 3, 3);
        assertSame(GoString.EMPTY, ss.array[2]);
        SliceJ grown = (SliceJ) Core.growSlice(Type.decode("l" + INT), SliceJ.wrap(new long[] {1, 2}), 3);
        assertEquals(5, grown.len);
        assertEquals(2, grown.array[1]);
        long[] arr = {10, 20, 30};
        assertEquals(20L, Core.indexValue(Type.decode("a3;" + INT), arr, 1));
    }

    private static Type u8() {
        return Type.decode(UINT8);
    }

    @Test
    void mapsUseTheCompilersKeyKinds() {
        Type m = Type.decode("m" + FLOAT64 + STRING);
        GoMap g = (GoMap) Core.makeMap(m, 0);
        Core.mapPut(g, 0.0, GoString.fromJava("zero"));
        assertTrue(Core.mapHas(g, -0.0)); // float keys compare numerically
        assertFalse(Core.mapHas(g, Double.NaN));
        assertEquals("zero", Core.mapLookup(g, -0.0).toString());
    }

    @Test
    void assignabilityFollowsTheSpec() {
        Type f64 = Type.decode(FLOAT64);
        Type floats = Type.decode("l" + FLOAT64);
        Type named = Type.decode("n4;main4;main7;Celsius0;0;");
        assertTrue(TypeRules.assignable(f64, f64));
        assertTrue(TypeRules.assignable(Type.decode("i0;"), floats));
        assertFalse(TypeRules.assignable(Type.INT, f64));
        assertTrue(TypeRules.convertible(Type.INT, f64));
        assertTrue(TypeRules.convertible(Type.STRING, Type.decode("l" + UINT8)));
        assertTrue(TypeRules.assignable(Type.decode("c1;" + INT), Type.decode("c3;" + INT)));
        assertFalse(TypeRules.assignable(Type.decode("c3;" + INT), Type.decode("c1;" + INT)));
        assertTrue(TypeRules.defined(named));
        assertTrue(TypeRules.defined(f64)); // predeclared types are named
    }
}
