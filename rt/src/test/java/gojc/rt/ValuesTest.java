package gojc.rt;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValuesTest {
    @Test
    void arrayEqualityIsGoEquality() {
        assertTrue(Values.equalArray(new double[] {0.0, 1}, new double[] {-0.0, 1}, 1, false));
        assertFalse(Values.equalArray(new double[] {Double.NaN}, new double[] {Double.NaN}, 1, false));
        Object[] a = {new long[] {1, 2}, new long[] {3, 4}};
        Object[] b = {new long[] {1, 2}, new long[] {3, 4}};
        assertTrue(Values.equalArray(a, b, 2, false));
        assertEquals(Values.hashArray(a, 2, false), Values.hashArray(b, 2, false));
        assertTrue(Values.equalArray(new Object[] {GoString.latin1("x")}, new Object[] {GoString.latin1("x")}, 1, true));
        // identity leaves (pointers): equal contents are not enough
        assertFalse(Values.equalArray(new Object[] {new int[1]}, new Object[] {new int[1]}, 1, false));
    }

    @Test
    void copiesAreDeepAndSetsKeepIdentity() {
        Object[] a = {new int[] {1}, new int[] {2}};
        Object[] c = (Object[]) Values.copyArray(a, 2, false);
        assertNotSame(a[0], c[0]);
        ((int[]) c[0])[0] = 9;
        assertEquals(1, ((int[]) a[0])[0]);
        Object inner = a[1];
        Values.setArray(a, c, 2, false);
        assertSame(inner, a[1]);
        assertEquals(9, ((int[]) a[0])[0]);
    }

    @Test
    void arrayKeysFindEqualArrays() {
        GoMap m = GoMap.make(Values.arrayKey(1, false), 0);
        GoMap.put(m, new long[] {1, 2}, "v");
        assertEquals("v", GoMap.get(m, new long[] {1, 2}, null));
        assertEquals(1, GoMap.len(m));
    }

    @Test
    void pointersToTheSameVariableAreEqual() {
        long[] arr = new long[3];
        assertTrue(Ptr.same(ElemPtr.of(arr, 1), ElemPtr.of(arr, 1)));
        assertFalse(Ptr.same(ElemPtr.of(arr, 1), ElemPtr.of(arr, 2)));
        Cell c = Cell.make(5L);
        assertTrue(Ptr.same(c, c));
        ElemPtr p = ElemPtr.of(new byte[2], 0);
        p.set(200);
        assertEquals((int) (byte) 200, p.get());
    }

    @Test
    void zeroArraysHaveFreshElements() {
        Object[] a = (Object[]) ArrayZero.of('L', 2, Values.stringZero()).zero();
        assertSame(GoString.EMPTY, a[0]);
        Object[] g = (Object[]) ArrayZero.of('L', 2, ArrayZero.of('J', 3, null)).zero();
        assertNotSame(g[0], g[1]);
        assertEquals(3, ((long[]) g[1]).length);
    }
}
