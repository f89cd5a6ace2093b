package gojc.rt;

/**
 * Conversions of slices to array pointers, {@code (*[n]T)(s)}. A pointer to an array is the
 * Java array itself, and Java arrays cannot alias part of another: the conversion yields the
 * slice's backing array when the slice starts at its beginning and the array has exactly n
 * elements; otherwise the pointer could not share the slice's elements and the conversion
 * fails loudly. {@code *(*[n]T)(s)}, which only reads the elements, is {@link #copyOf}. A
 * pointer the compiler sees used only for indexing, slicing and {@code *p} in its function is
 * kept as the slice {@link #view} instead (gojc.ir.ArrayPtrViews), which aliases exactly.
 */
public final class ArrayPtrs {
    private ArrayPtrs() {}

    /**
     * (*[n]T)(s): the backing array (nil for a nil slice), or a panic when len(s) < n; where is
     * the conversion's file:line for the failure.
     */
    public static Object of(Object slice, int n, String where) {
        if (slice == null) {
            if (n == 0) {
                return null;
            }
            throw Bounds.convert(n, 0);
        }
        Object array = array(slice);
        int off = off(slice);
        int len = len(slice);
        if (len < n) {
            throw Bounds.convert(n, len);
        }
        if (off == 0 && java.lang.reflect.Array.getLength(array) == n) {
            return array;
        }
        if (n == 0) {
            return java.lang.reflect.Array.newInstance(array.getClass().getComponentType(), 0);
        }
        throw new IllegalStateException("gojc: not yet supported: conversion of a slice to *[" + n
                + "] that does not cover its whole backing array, the pointer being used beyond p[i], p[lo:hi] and *p"
                + " in its function or package (a JVM array cannot alias part of another) at " + where);
    }

    /**
     * (*[n]T)(s) for n > 0 held as a slice: s[0:n:n], so that indexing it checks against n and
     * its elements are the slice's own; a panic when len(s) < n (also for a nil s).
     */
    public static Object view(Object slice, int n) {
        int len = slice == null ? 0 : len(slice);
        if (len < n) {
            throw Bounds.convert(n, len);
        }
        int off = off(slice);
        if (slice instanceof SliceB) return new SliceB(((SliceB) slice).array, off, n, n);
        if (slice instanceof SliceZ) return new SliceZ(((SliceZ) slice).array, off, n, n);
        if (slice instanceof SliceS) return new SliceS(((SliceS) slice).array, off, n, n);
        if (slice instanceof SliceC) return new SliceC(((SliceC) slice).array, off, n, n);
        if (slice instanceof SliceI) return new SliceI(((SliceI) slice).array, off, n, n);
        if (slice instanceof SliceJ) return new SliceJ(((SliceJ) slice).array, off, n, n);
        if (slice instanceof SliceF) return new SliceF(((SliceF) slice).array, off, n, n);
        if (slice instanceof SliceD) return new SliceD(((SliceD) slice).array, off, n, n);
        return new SliceL(((SliceL) slice).array, off, n, n);
    }

    /** *(*[n]T)(s): a fresh array holding the slice's first n elements. */
    public static Object copyOf(Object slice, int n) {
        int len = slice == null ? 0 : len(slice);
        if (len < n) {
            throw Bounds.convert(n, len);
        }
        if (slice == null) {
            return null; // n == 0: *(*[0]T)(nil) is a nil dereference
        }
        Object array = array(slice);
        Object r = java.lang.reflect.Array.newInstance(array.getClass().getComponentType(), n);
        System.arraycopy(array, off(slice), r, 0, n);
        return r;
    }

    /**
     * *(*[n]T)(s) = src: src's elements stored into the slice's first n (struct and array
     * elements copied into the slice's element objects, as Values.setArray does).
     */
    public static void store(Object slice, int n, Object src, int dims, boolean structLeaf) {
        int len = slice == null ? 0 : len(slice);
        if (len < n) {
            throw Bounds.convert(n, len);
        }
        if (slice == null) {
            throw Panics.nilDereference(); // n == 0: *(*[0]T)(nil) is a nil dereference
        }
        Object array = array(slice);
        int off = off(slice);
        if (!(array instanceof Object[])) {
            System.arraycopy(src, 0, array, off, n);
            return;
        }
        Object[] d = (Object[]) array;
        Object[] s = (Object[]) src;
        for (int i = 0; i < n; i++) {
            if (dims > 1) {
                Values.setArray(d[off + i], s[i], dims - 1, structLeaf);
            } else if (structLeaf) {
                ((GoStruct) d[off + i]).$set((GoStruct) s[i]);
            } else {
                d[off + i] = s[i];
            }
        }
    }

    private static Object array(Object s) {
        if (s instanceof SliceB) return ((SliceB) s).array;
        if (s instanceof SliceZ) return ((SliceZ) s).array;
        if (s instanceof SliceS) return ((SliceS) s).array;
        if (s instanceof SliceC) return ((SliceC) s).array;
        if (s instanceof SliceI) return ((SliceI) s).array;
        if (s instanceof SliceJ) return ((SliceJ) s).array;
        if (s instanceof SliceF) return ((SliceF) s).array;
        if (s instanceof SliceD) return ((SliceD) s).array;
        return ((SliceL) s).array;
    }

    private static int off(Object s) {
        if (s instanceof SliceB) return ((SliceB) s).off;
        if (s instanceof SliceZ) return ((SliceZ) s).off;
        if (s instanceof SliceS) return ((SliceS) s).off;
        if (s instanceof SliceC) return ((SliceC) s).off;
        if (s instanceof SliceI) return ((SliceI) s).off;
        if (s instanceof SliceJ) return ((SliceJ) s).off;
        if (s instanceof SliceF) return ((SliceF) s).off;
        if (s instanceof SliceD) return ((SliceD) s).off;
        return ((SliceL) s).off;
    }

    private static int len(Object s) {
        if (s instanceof SliceB) return ((SliceB) s).len;
        if (s instanceof SliceZ) return ((SliceZ) s).len;
        if (s instanceof SliceS) return ((SliceS) s).len;
        if (s instanceof SliceC) return ((SliceC) s).len;
        if (s instanceof SliceI) return ((SliceI) s).len;
        if (s instanceof SliceJ) return ((SliceJ) s).len;
        if (s instanceof SliceF) return ((SliceF) s).len;
        if (s instanceof SliceD) return ((SliceD) s).len;
        return ((SliceL) s).len;
    }
}
