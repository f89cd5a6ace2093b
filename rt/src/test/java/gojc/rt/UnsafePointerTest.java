package gojc.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** unsafe.Pointer's runtime side and the atomic operations of every Ptr kind. */
class UnsafePointerTest {
    /** Stands for a generated struct class: public fields of slot types. */
    public static final class S {
        public int i;
        public long j;
        public Object ref;
    }

    @Test
    void castPassesNilAndMatchingObjects() {
        S s = new S();
        assertSame(s, UnsafePointer.cast(s, S.class, null, "*main.S"));
        assertNull(UnsafePointer.cast(null, S.class, null, "*main.S"));
        Cell c = new Cell(5L);
        assertSame(c, UnsafePointer.cast(c, Ptr.class, Long.class, "*uint64"));
    }

    @Test
    void castRejectsReinterpretationWithAGoPanic() {
        GoPanic p = assertThrows(GoPanic.class, () -> UnsafePointer.cast(new S(), long[].class, null, "*[2]int"));
        assertTrue(p.value.toString().contains("unsupported unsafe.Pointer reinterpretation"), p.value.toString());
        Cell d = new Cell(1.5);
        assertThrows(GoPanic.class, () -> UnsafePointer.cast(d, Ptr.class, Long.class, "*int64"));
    }

    @Test
    void uintptrIsStableAndZeroOnlyForNil() {
        S s = new S();
        assertEquals(0, UnsafePointer.toUintptr(null));
        assertNotEquals(0, UnsafePointer.toUintptr(s));
        assertEquals(UnsafePointer.toUintptr(FieldPtr.of(s, "i")), UnsafePointer.toUintptr(FieldPtr.of(s, "i")));
        long[] a = new long[4];
        assertEquals(UnsafePointer.toUintptr(ElemPtr.of(a, 1)) + 8, UnsafePointer.toUintptr(ElemPtr.of(a, 2)));
        assertNull(UnsafePointer.fromUintptr(0));
        assertThrows(GoPanic.class, () -> UnsafePointer.fromUintptr(0xc000001000L));
    }

    @Test
    void equalityComparesPtrsByTarget() {
        S s = new S();
        assertTrue(UnsafePointer.eq(FieldPtr.of(s, "j"), FieldPtr.of(s, "j")));
        assertFalse(UnsafePointer.eq(FieldPtr.of(s, "j"), FieldPtr.of(s, "i")));
        assertEquals(UnsafePointer.hash(FieldPtr.of(s, "j")), UnsafePointer.hash(FieldPtr.of(s, "j")));
        assertTrue(UnsafePointer.eq(null, null));
        assertFalse(UnsafePointer.eq(s, new S()));
    }

    @Test
    void atomicsOnFieldsElementsAndCells() {
        S s = new S();
        Ptr fi = FieldPtr.of(s, "i");
        assertEquals(3, fi.addInt(3));
        assertTrue(fi.casInt(3, 10));
        assertFalse(fi.casInt(3, 11));
        assertEquals(10, fi.swapInt(-1));
        assertEquals(-1, s.i);
        Ptr fj = FieldPtr.of(s, "j");
        fj.storeLong(1L << 40);
        assertEquals((1L << 40) + 1, fj.addLong(1));
        Ptr fr = FieldPtr.of(s, "ref");
        Cell target = new Cell(0);
        assertTrue(fr.casRef(null, target));
        assertTrue(fr.casRef(target, "x"));
        assertEquals("x", fr.loadRef());

        int[] ints = new int[2];
        Ptr e = ElemPtr.of(ints, 1);
        assertEquals(7, e.addInt(7));
        assertTrue(e.casInt(7, 8));
        assertEquals(8, ints[1]);
        long[] longs = new long[1];
        assertEquals(-2, ElemPtr.of(longs, 0).addLong(-2));

        Cell c = new Cell(0);
        assertEquals(1, c.addInt(1));
        assertTrue(c.casInt(1, 2));
        assertEquals(2, c.swapInt(5));
        Cell cl = new Cell(9L);
        assertTrue(cl.casLong(9, 10));
        assertEquals(10L, cl.get());
    }

    @Test
    void concurrentAddsAreExact() throws InterruptedException {
        S s = new S();
        Thread[] ts = new Thread[4];
        for (int t = 0; t < ts.length; t++) {
            ts[t] = new Thread(() -> {
                for (int k = 0; k < 10000; k++) {
                    FieldPtr.of(s, "j").addLong(1);
                }
            });
            ts[t].start();
        }
        for (Thread t : ts) {
            t.join();
        }
        assertEquals(40000, s.j);
    }
}
