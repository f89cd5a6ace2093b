package gojc.rt;

import java.lang.reflect.Array;

/** A pointer to element i of a Java array backing a Go array or slice. */
public final class ElemPtr extends Ptr {
    private final Object array;
    private final int index;

    private ElemPtr(Object array, int index) {
        this.array = array;
        this.index = index;
    }

    /** &a[i] of a Go array. */
    public static ElemPtr of(Object array, long i) {
        int n = Array.getLength(array);
        if (i < 0 || i >= n) {
            throw Bounds.index(i, n);
        }
        return new ElemPtr(array, (int) i);
    }

    /** &s[i] of a slice with the given backing array, offset and length. */
    public static ElemPtr ofSlice(Object array, int off, int len, long i) {
        if (i < 0 || i >= len) {
            throw Bounds.index(i, len);
        }
        return new ElemPtr(array, off + (int) i);
    }

    @Override
    public Object get() {
        return widen(Array.get(array, index));
    }

    @Override
    public void set(Object v) {
        Array.set(array, index, narrow(array.getClass().getComponentType(), v));
    }

    @Override
    long address() {
        Class<?> c = array.getClass().getComponentType();
        int size = c == byte.class || c == boolean.class ? 1 : c == short.class || c == char.class ? 2
                : c == int.class || c == float.class ? 4 : 8;
        return Addr.base(array) + (long) index * size;
    }

    @Override
    boolean sameAs(Ptr o) {
        return o instanceof ElemPtr && ((ElemPtr) o).array == array && ((ElemPtr) o).index == index;
    }
}
