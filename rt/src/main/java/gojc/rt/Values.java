package gojc.rt;

import java.util.Arrays;

/**
 * Value semantics of Go arrays held as Java arrays. {@code dims} counts the array levels of
 * the static type ({@code [2][3]T} has 2); below them the leaf elements are primitives, or
 * references that are Go values to copy ({@code structLeaf}: structs) or to compare with
 * equals ({@code valueLeaf}: structs, strings, interfaces) rather than by identity.
 */
public final class Values {
    private Values() {}

    /** A deep copy of a Go array value. */
    public static Object copyArray(Object a, int dims, boolean structLeaf) {
        if (!(a instanceof Object[])) {
            return primitiveClone(a);
        }
        Object[] src = (Object[]) a;
        Object[] r = src.clone();
        if (dims > 1) {
            for (int i = 0; i < r.length; i++) {
                r[i] = copyArray(r[i], dims - 1, structLeaf);
            }
        } else if (structLeaf) {
            for (int i = 0; i < r.length; i++) {
                r[i] = ((GoStruct) r[i]).$copy();
            }
        }
        return r;
    }

    private static Object primitiveClone(Object a) {
        if (a instanceof long[]) {
            return ((long[]) a).clone();
        }
        if (a instanceof int[]) {
            return ((int[]) a).clone();
        }
        if (a instanceof byte[]) {
            return ((byte[]) a).clone();
        }
        if (a instanceof double[]) {
            return ((double[]) a).clone();
        }
        if (a instanceof float[]) {
            return ((float[]) a).clone();
        }
        if (a instanceof boolean[]) {
            return ((boolean[]) a).clone();
        }
        if (a instanceof short[]) {
            return ((short[]) a).clone();
        }
        return ((char[]) a).clone();
    }

    /** dst = src for Go arrays: copies into dst, which keeps its identity (pointers to it). */
    public static void setArray(Object dst, Object src, int dims, boolean structLeaf) {
        if (dst == src) {
            return;
        }
        if (!(dst instanceof Object[])) {
            System.arraycopy(src, 0, dst, 0, ArrayZero.length(dst));
            return;
        }
        Object[] d = (Object[]) dst;
        Object[] s = (Object[]) src;
        for (int i = 0; i < d.length; i++) {
            if (dims > 1) {
                setArray(d[i], s[i], dims - 1, structLeaf);
            } else if (structLeaf) {
                ((GoStruct) d[i]).$set((GoStruct) s[i]);
            } else {
                d[i] = s[i];
            }
        }
    }

    /** a == b for Go arrays: element-wise Go equality (NaN unequal, +0 == -0). */
    public static boolean equalArray(Object a, Object b, int dims, boolean valueLeaf) {
        if (a instanceof Object[]) {
            Object[] x = (Object[]) a;
            Object[] y = (Object[]) b;
            for (int i = 0; i < x.length; i++) {
                boolean eq = dims > 1 ? equalArray(x[i], y[i], dims - 1, valueLeaf)
                        : valueLeaf ? (x[i] == null ? y[i] == null : x[i].equals(y[i]))
                        : (x[i] instanceof Ptr ? Ptr.same((Ptr) x[i], (Ptr) y[i]) : x[i] == y[i]);
                if (!eq) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof double[]) {
            double[] x = (double[]) a;
            double[] y = (double[]) b;
            for (int i = 0; i < x.length; i++) {
                if (x[i] != y[i]) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof float[]) {
            float[] x = (float[]) a;
            float[] y = (float[]) b;
            for (int i = 0; i < x.length; i++) {
                if (x[i] != y[i]) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof long[]) {
            return Arrays.equals((long[]) a, (long[]) b);
        }
        if (a instanceof int[]) {
            return Arrays.equals((int[]) a, (int[]) b);
        }
        if (a instanceof byte[]) {
            return Arrays.equals((byte[]) a, (byte[]) b);
        }
        if (a instanceof boolean[]) {
            return Arrays.equals((boolean[]) a, (boolean[]) b);
        }
        if (a instanceof short[]) {
            return Arrays.equals((short[]) a, (short[]) b);
        }
        return Arrays.equals((char[]) a, (char[]) b);
    }

    /** A hash consistent with {@link #equalArray}. */
    public static int hashArray(Object a, int dims, boolean valueLeaf) {
        int h = 1;
        int n = ArrayZero.length(a);
        for (int i = 0; i < n; i++) {
            Object e = java.lang.reflect.Array.get(a, i);
            int eh;
            if (dims > 1) {
                eh = hashArray(e, dims - 1, valueLeaf);
            } else if (e instanceof Double) {
                eh = hashDouble((Double) e);
            } else if (e instanceof Float) {
                eh = hashDouble((Float) e);
            } else if (valueLeaf || !(a instanceof Object[])) {
                eh = e == null ? 0 : e.hashCode(); // primitive elements hash by value
            } else {
                eh = e instanceof Ptr ? 0 : System.identityHashCode(e);
            }
            h = 31 * h + eh;
        }
        return h;
    }

    /** A hash under which +0 and -0 agree (NaN hashes anyhow: it equals nothing). */
    public static int hashDouble(double d) {
        return d == 0 ? 0 : Double.hashCode(d);
    }

    /** Map keys of a Go array type. */
    public static KeyKind arrayKey(final int dims, final boolean valueLeaf) {
        return new KeyKind() {
            @Override
            public int hash(Object k) {
                return hashArray(k, dims, valueLeaf);
            }

            @Override
            public boolean equal(Object a, Object b) {
                return equalArray(a, b, dims, valueLeaf);
            }
        };
    }

    /** Map keys of a struct type: generated equals/hashCode, which follow Go's ==. */
    public static final KeyKind STRUCT_KEY = KeyKind.GENERIC;

    /** Explicit nil check of a pointer about to be dereferenced; returns it. */
    public static Object nilCheck(Object p) {
        if (p == null) {
            throw Panics.nilDereference();
        }
        return p;
    }

    /** Range over a map: the iterator's steps as static calls. */
    public static boolean iterNext(MapIter it) {
        return it.next();
    }

    public static Object iterKey(MapIter it) {
        return it.key();
    }

    public static Object iterValue(MapIter it) {
        return it.value();
    }

    /** For the comma-ok map index: whether lookup found the key. */
    public static boolean found(Object v) {
        return v != GoMap.ABSENT;
    }

    /** The element of a comma-ok lookup, or zero when absent. */
    public static Object orZero(Object v, Object zero) {
        return v == GoMap.ABSENT ? zero : v;
    }

    /** checkIndex for an index held in a JVM int (a narrowed loop counter, an int32). */
    public static int checkIndex(int len, int i) {
        if (Integer.compareUnsigned(i, len) >= 0) {
            throw Bounds.index(i, len);
        }
        return i;
    }

    /** A bounds-checked index into a Java array of length len. */
    public static int checkIndex(int len, long i) {
        if (i < 0 || i >= len) {
            throw Bounds.index(i, len);
        }
        return (int) i;
    }

    /** &s[i] of a slice of any element kind. */
    public static ElemPtr elemPtr(Object s, long i) {
        if (s == null) {
            throw Bounds.index(i, 0);
        }
        if (s instanceof SliceL) { SliceL x = (SliceL) s; return ElemPtr.ofSlice(x.array, x.off, x.len, i); }
        if (s instanceof SliceJ) { SliceJ x = (SliceJ) s; return ElemPtr.ofSlice(x.array, x.off, x.len, i); }
        if (s instanceof SliceI) { SliceI x = (SliceI) s; return ElemPtr.ofSlice(x.array, x.off, x.len, i); }
        if (s instanceof SliceB) { SliceB x = (SliceB) s; return ElemPtr.ofSlice(x.array, x.off, x.len, i); }
        if (s instanceof SliceD) { SliceD x = (SliceD) s; return ElemPtr.ofSlice(x.array, x.off, x.len, i); }
        if (s instanceof SliceF) { SliceF x = (SliceF) s; return ElemPtr.ofSlice(x.array, x.off, x.len, i); }
        if (s instanceof SliceZ) { SliceZ x = (SliceZ) s; return ElemPtr.ofSlice(x.array, x.off, x.len, i); }
        if (s instanceof SliceS) { SliceS x = (SliceS) s; return ElemPtr.ofSlice(x.array, x.off, x.len, i); }
        SliceC x = (SliceC) s;
        return ElemPtr.ofSlice(x.array, x.off, x.len, i);
    }

    /** print/println of a slice: [len/cap]0xADDR. */
    public static void printSlice(Object s) {
        if (s == null) { Print.slice(0, 0, null); return; }
        if (s instanceof SliceL) { SliceL x = (SliceL) s; Print.slice(x.len, x.cap, x.array); return; }
        if (s instanceof SliceJ) { SliceJ x = (SliceJ) s; Print.slice(x.len, x.cap, x.array); return; }
        if (s instanceof SliceI) { SliceI x = (SliceI) s; Print.slice(x.len, x.cap, x.array); return; }
        if (s instanceof SliceB) { SliceB x = (SliceB) s; Print.slice(x.len, x.cap, x.array); return; }
        if (s instanceof SliceD) { SliceD x = (SliceD) s; Print.slice(x.len, x.cap, x.array); return; }
        if (s instanceof SliceF) { SliceF x = (SliceF) s; Print.slice(x.len, x.cap, x.array); return; }
        if (s instanceof SliceZ) { SliceZ x = (SliceZ) s; Print.slice(x.len, x.cap, x.array); return; }
        if (s instanceof SliceS) { SliceS x = (SliceS) s; Print.slice(x.len, x.cap, x.array); return; }
        SliceC x = (SliceC) s;
        Print.slice(x.len, x.cap, x.array);
    }

    /** The zero maker of complex128 elements. */
    public static ZeroFactory complex128Zero() {
        return ZeroFactory.COMPLEX128;
    }

    /** The zero maker of complex64 elements. */
    public static ZeroFactory complex64Zero() {
        return ZeroFactory.COMPLEX64;
    }

    /** The zero maker of string elements. */
    public static ZeroFactory stringZero() {
        return ZeroFactory.STRING;
    }

    /** Map key kinds by code: 0 generic, 1 float64, 2 float32, 3 complex128, 4 complex64, 5 pointer, 6 interface, 7 Ptr, 8 unsafe.Pointer. */
    public static KeyKind keyKind(int code) {
        switch (code) {
            case 1: return KeyKind.FLOAT64;
            case 2: return KeyKind.FLOAT32;
            case 3: return KeyKind.COMPLEX128;
            case 4: return KeyKind.COMPLEX64;
            case 5: return KeyKind.POINTER;
            case 6: return KeyKind.INTERFACE;
            case 7: return PTR_KEY;
            case 8: return UNSAFE_POINTER_KEY;
            default: return KeyKind.GENERIC;
        }
    }

    private static final KeyKind PTR_KEY = new KeyKind() {
        @Override
        public int hash(Object k) {
            return 0;
        }

        @Override
        public boolean equal(Object a, Object b) {
            return Ptr.same((Ptr) a, (Ptr) b);
        }
    };

    private static final KeyKind UNSAFE_POINTER_KEY = new KeyKind() {
        @Override
        public int hash(Object k) {
            return UnsafePointer.hash(k);
        }

        @Override
        public boolean equal(Object a, Object b) {
            return UnsafePointer.eq(a, b);
        }
    };

    // ---- Slices whose elements are Go values (structs, arrays): elements own their objects ----

    /** A copy of one element: dims 0 for a struct, else an array of that many levels. */
    private static Object copyElem(Object e, int dims, boolean structLeaf) {
        return dims == 0 ? ((GoStruct) e).$copy() : copyArray(e, dims, structLeaf);
    }

    /** After a reallocation the new array must not share element objects with the old one. */
    private static void unshare(SliceL old, SliceL r, int n, int dims, boolean structLeaf) {
        if (old != null && r.array != old.array) {
            for (int i = 0; i < n; i++) {
                r.array[r.off + i] = copyElem(r.array[r.off + i], dims, structLeaf);
            }
        }
    }

    /** append(s, x) for value elements; x is already a fresh copy. */
    public static SliceL appendV(SliceL s, Object x, int elemSize, ZeroFactory zero, int dims, boolean structLeaf) {
        SliceL r = SliceL.append(s, x, elemSize, zero);
        unshare(s, r, SliceL.len(s), dims, structLeaf);
        return r;
    }

    /** append(s, t...) for value elements: the appended elements are copies. */
    public static SliceL appendSliceV(SliceL s, SliceL t, int elemSize, ZeroFactory zero, int dims, boolean structLeaf) {
        int l = SliceL.len(s);
        int n = SliceL.len(t);
        Object[] src = new Object[n];
        for (int i = 0; i < n; i++) {
            src[i] = copyElem(t.array[t.off + i], dims, structLeaf);
        }
        SliceL r = SliceL.appendSlice(s, n == 0 ? null : SliceL.wrap(src), elemSize, zero);
        if (r != null) {
            unshare(s, r, l, dims, structLeaf);
        }
        return r;
    }

    /** copy(dst, src) for value elements: assigns into dst's element objects. */
    public static int copyV(SliceL dst, SliceL src, int dims, boolean structLeaf) {
        int n = Math.min(SliceL.len(dst), SliceL.len(src));
        Object[] tmp = new Object[n];
        for (int i = 0; i < n; i++) {
            tmp[i] = copyElem(src.array[src.off + i], dims, structLeaf);
        }
        for (int i = 0; i < n; i++) {
            Object d = dst.array[dst.off + i];
            if (dims == 0) {
                ((GoStruct) d).$set((GoStruct) tmp[i]);
            } else {
                setArray(d, tmp[i], dims, structLeaf);
            }
        }
        return n;
    }
}
