package gojc.rt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Capacities must match gc 1.19 exactly (growth.txt comes from src/test/go/growth.go). */
class SliceGrowthTest {
    private static final int[] SIZES = {1, 2, 4, 8, 16, 24, 32, 48, 64, 96, 200};
    private static final int[] KS = {1, 3, 7, 20, 2, 100, 5, 333, 13};

    /** Appends one element at a time with the slice class Go's element of this size maps to. */
    private static String one(int size) {
        StringBuilder b = new StringBuilder("one " + size + ":");
        int last = -1;
        SliceB sb = null;
        SliceS ss = null;
        SliceI si = null;
        SliceJ sj = null;
        SliceL sl = null;
        for (int i = 0; i < 5000; i++) {
            int cap;
            switch (size) {
                case 1: sb = SliceB.append(sb, (byte) i, 1); cap = SliceB.cap(sb); break;
                case 2: ss = SliceS.append(ss, (short) i, 2); cap = SliceS.cap(ss); break;
                case 4: si = SliceI.append(si, i, 4); cap = SliceI.cap(si); break;
                case 8: sj = SliceJ.append(sj, i, 8); cap = SliceJ.cap(sj); break;
                default: sl = SliceL.append(sl, null, size, null); cap = SliceL.cap(sl); break;
            }
            if (cap != last) {
                last = cap;
                b.append(' ').append(cap);
            }
        }
        return b.toString();
    }

    private static String bulk(int size) {
        StringBuilder b = new StringBuilder("bulk " + size + ":");
        SliceL s = null;
        for (int i = 0; SliceL.len(s) < 5000; i++) {
            s = SliceL.appendSlice(s, SliceL.make(KS[i % KS.length], KS[i % KS.length], null), size, null);
            b.append(' ').append(SliceL.len(s)).append('/').append(SliceL.cap(s));
        }
        return b.toString();
    }

    @Test
    void matchesGc119() {
        String[] want = Expected.lines("growth.txt");
        int line = 0;
        for (int size : SIZES) {
            assertEquals(want[line++], one(size));
        }
        for (int size : SIZES) {
            assertEquals(want[line++], bulk(size));
        }
        for (int n : new int[] {1, 5, 9, 17, 33, 100, 257, 1000, 1025, 4097}) {
            SliceJ a = SliceJ.appendSlice(null, SliceJ.make(n, n), 8);
            SliceJ b = SliceJ.appendSlice(SliceJ.make(3, 4), SliceJ.make(n, n), 8);
            SliceB c = SliceB.appendSlice(GoString.toBytesExact(GoString.fromJava("x")), SliceB.make(n, n), 1);
            assertEquals(want[line++], "big " + n + ": " + a.cap + " " + b.cap + " " + c.cap);
        }
        assertEquals(want.length, line);
    }

    @Test
    void roundupsizeUsesSizeClassesThenPages() {
        assertEquals(0, SliceGrowth.roundupsize(0));
        assertEquals(8, SliceGrowth.roundupsize(1));
        assertEquals(48, SliceGrowth.roundupsize(33));
        assertEquals(1024, SliceGrowth.roundupsize(1024));
        assertEquals(1152, SliceGrowth.roundupsize(1025));
        assertEquals(32768, SliceGrowth.roundupsize(32768));
        assertEquals(40960, SliceGrowth.roundupsize(32769));
    }

    @Test
    void appendSharesSpareCapacity() {
        SliceJ s = SliceJ.make(2, 10);
        SliceJ t = SliceJ.append(s, 7, 8);
        assertSame(s.array, t.array);
        assertEquals(3, t.len);
        assertEquals(2, s.len);
        assertEquals(7, SliceJ.get(t, 2));
    }

    @Test
    void nilSlicing() {
        assertNull(SliceJ.slice(null, 0, 0));
        assertNull(SliceJ.slice3(null, 0, 0, 0));
        assertEquals(0, SliceJ.len(null));
        assertEquals(0, SliceJ.copy(null, SliceJ.make(3, 3)));
        GoPanic p = assertThrows(GoPanic.class, () -> SliceJ.slice(null, 0, 1));
        assertEquals("runtime error: slice bounds out of range [:1] with capacity 0", p.getMessage());
    }

    @Test
    void overlappingCopyIsMemmove() {
        SliceI s = SliceI.wrap(new int[] {1, 2, 3, 4, 5});
        assertEquals(4, SliceI.copy(SliceI.slice(s, 1, 5), s));
        assertArrayEquals(new int[] {1, 1, 2, 3, 4}, s.array);
        assertEquals(4, SliceI.copy(s, SliceI.slice(s, 1, 5)));
        assertArrayEquals(new int[] {1, 2, 3, 4, 4}, s.array);
    }

    @Test
    void appendSelf() {
        SliceJ s = SliceJ.wrap(new long[] {1, 2, 3});
        SliceJ t = SliceJ.appendSlice(s, s, 8);
        assertEquals(6, t.len);
        assertEquals(6, t.cap);
        for (int i = 0; i < 6; i++) {
            assertEquals(i % 3 + 1, SliceJ.get(t, i));
        }
    }

    @Test
    void zeroFactoryFillsStringsAndStructs() {
        SliceL s = SliceL.make(2, 5, ZeroFactory.STRING);
        for (Object o : s.array) {
            assertSame(GoString.EMPTY, o);
        }
        SliceL t = SliceL.append(s, GoString.fromJava("a"), 16, ZeroFactory.STRING);
        t = SliceL.appendSlice(t, SliceL.make(4, 4, ZeroFactory.STRING), 16, ZeroFactory.STRING);
        for (Object o : t.array) {
            assertEquals(GoString.class, o.getClass());
        }
        int[] made = {0};
        SliceL u = SliceL.make(3, 3, () -> new int[] {made[0]++});
        assertEquals(3, made[0]);
        assertEquals(0, ((int[]) u.array[0])[0]);
        assertEquals(2, ((int[]) u.array[2])[0]);
    }

    @Test
    void appendString() {
        SliceB s = SliceB.appendString(null, GoString.fromJava("héllo"), 1);
        assertEquals(6, s.len);
        assertEquals(8, s.cap);
        assertEquals("héllo", GoString.fromBytes(s).toJava());
        assertEquals(2, SliceB.copyString(SliceB.make(2, 2), GoString.fromJava("abc")));
    }

    @Test
    void makePanics() {
        GoPanic p = assertThrows(GoPanic.class, () -> SliceJ.make(-1, 3));
        assertEquals("runtime error: makeslice: len out of range", p.getMessage());
        p = assertThrows(GoPanic.class, () -> SliceJ.make(3, 2));
        assertEquals("runtime error: makeslice: cap out of range", p.getMessage());
    }
}
