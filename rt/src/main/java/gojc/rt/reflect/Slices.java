package gojc.rt.reflect;

import gojc.rt.Bounds;
import gojc.rt.ElemPtr;
import gojc.rt.SliceB;
import gojc.rt.SliceC;
import gojc.rt.SliceD;
import gojc.rt.SliceF;
import gojc.rt.SliceI;
import gojc.rt.SliceJ;
import gojc.rt.SliceL;
import gojc.rt.SliceS;
import gojc.rt.SliceZ;

import java.lang.reflect.Array;

/**
 * The nine slice header classes seen through one view (backing array, offset, length,
 * capacity), so reflect handles every element type alike. A nil slice is null.
 */
final class Slices {
    private Slices() {}

    static Object array(Object s) {
        if (s instanceof SliceL) return ((SliceL) s).array;
        if (s instanceof SliceJ) return ((SliceJ) s).array;
        if (s instanceof SliceI) return ((SliceI) s).array;
        if (s instanceof SliceB) return ((SliceB) s).array;
        if (s instanceof SliceD) return ((SliceD) s).array;
        if (s instanceof SliceF) return ((SliceF) s).array;
        if (s instanceof SliceZ) return ((SliceZ) s).array;
        if (s instanceof SliceS) return ((SliceS) s).array;
        return ((SliceC) s).array;
    }

    static int off(Object s) {
        if (s instanceof SliceL) return ((SliceL) s).off;
        if (s instanceof SliceJ) return ((SliceJ) s).off;
        if (s instanceof SliceI) return ((SliceI) s).off;
        if (s instanceof SliceB) return ((SliceB) s).off;
        if (s instanceof SliceD) return ((SliceD) s).off;
        if (s instanceof SliceF) return ((SliceF) s).off;
        if (s instanceof SliceZ) return ((SliceZ) s).off;
        if (s instanceof SliceS) return ((SliceS) s).off;
        return ((SliceC) s).off;
    }

    static int len(Object s) {
        if (s == null) return 0;
        if (s instanceof SliceL) return ((SliceL) s).len;
        if (s instanceof SliceJ) return ((SliceJ) s).len;
        if (s instanceof SliceI) return ((SliceI) s).len;
        if (s instanceof SliceB) return ((SliceB) s).len;
        if (s instanceof SliceD) return ((SliceD) s).len;
        if (s instanceof SliceF) return ((SliceF) s).len;
        if (s instanceof SliceZ) return ((SliceZ) s).len;
        if (s instanceof SliceS) return ((SliceS) s).len;
        return ((SliceC) s).len;
    }

    static int cap(Object s) {
        if (s == null) return 0;
        if (s instanceof SliceL) return ((SliceL) s).cap;
        if (s instanceof SliceJ) return ((SliceJ) s).cap;
        if (s instanceof SliceI) return ((SliceI) s).cap;
        if (s instanceof SliceB) return ((SliceB) s).cap;
        if (s instanceof SliceD) return ((SliceD) s).cap;
        if (s instanceof SliceF) return ((SliceF) s).cap;
        if (s instanceof SliceZ) return ((SliceZ) s).cap;
        if (s instanceof SliceS) return ((SliceS) s).cap;
        return ((SliceC) s).cap;
    }

    /** A header over a Java array of any element type. */
    static Object make(Object a, int off, int len, int cap) {
        if (a instanceof Object[]) return new SliceL((Object[]) a, off, len, cap);
        if (a instanceof long[]) return new SliceJ((long[]) a, off, len, cap);
        if (a instanceof int[]) return new SliceI((int[]) a, off, len, cap);
        if (a instanceof byte[]) return new SliceB((byte[]) a, off, len, cap);
        if (a instanceof double[]) return new SliceD((double[]) a, off, len, cap);
        if (a instanceof float[]) return new SliceF((float[]) a, off, len, cap);
        if (a instanceof boolean[]) return new SliceZ((boolean[]) a, off, len, cap);
        if (a instanceof short[]) return new SliceS((short[]) a, off, len, cap);
        return new SliceC((char[]) a, off, len, cap);
    }

    /** A Java array of the slot letter's element type. */
    static Object newArray(char slot, int n) {
        switch (slot) {
            case 'Z': return new boolean[n];
            case 'B': return new byte[n];
            case 'S': return new short[n];
            case 'C': return new char[n];
            case 'I': return new int[n];
            case 'J': return new long[n];
            case 'F': return new float[n];
            case 'D': return new double[n];
            default: return new Object[n];
        }
    }

    /** The location of element i of a Java array whose elements have kind-normalized form. */
    static Object elemLoc(Object a, int i, boolean valueObjects) {
        return valueObjects ? Array.get(a, i) : ElemPtr.of(a, i);
    }

    /** s[lo:hi:max] (max &lt; 0: two-index form) of a slice. */
    static Object slice(Object s, long lo, long hi, long max) {
        int c = cap(s);
        if (max < 0) {
            Bounds.checkSlice(lo, hi, c, false);
            max = c;
        } else {
            Bounds.checkSlice3(lo, hi, max, c, false);
        }
        if (s == null) {
            return null;
        }
        return make(array(s), off(s) + (int) lo, (int) (hi - lo), (int) (max - lo));
    }

    /** a[lo:hi:max] of a Go array held as a Java array. */
    static Object sliceArray(Object a, long lo, long hi, long max) {
        int n = Array.getLength(a);
        if (max < 0) {
            Bounds.checkSlice(lo, hi, n, true);
            max = n;
        } else {
            Bounds.checkSlice3(lo, hi, max, n, true);
        }
        return make(a, (int) lo, (int) (hi - lo), (int) (max - lo));
    }
}
