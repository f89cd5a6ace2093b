package gojc.rt;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.reflect.Array;

/** A pointer to element i of a Java array backing a Go array or slice. */
public final class ElemPtr extends Ptr {
    private final Object array;
    private final int index;

    private static final VarHandle INTS = MethodHandles.arrayElementVarHandle(int[].class);
    private static final VarHandle LONGS = MethodHandles.arrayElementVarHandle(long[].class);
    private static final VarHandle REFS = MethodHandles.arrayElementVarHandle(Object[].class);

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

    /** The Java array holding the element (unsafe.Slice builds a slice over it). */
    public Object array() {
        return array;
    }

    /** The element's index in {@link #array()}. */
    public int index() {
        return index;
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

    // Atomics on int[], long[] and Object[] elements through array-element VarHandles.

    @Override
    public int loadInt() {
        return array instanceof int[] ? (int) INTS.getVolatile((int[]) array, index) : super.loadInt();
    }

    @Override
    public void storeInt(int v) {
        if (array instanceof int[]) {
            INTS.setVolatile((int[]) array, index, v);
        } else {
            super.storeInt(v);
        }
    }

    @Override
    public int swapInt(int v) {
        return array instanceof int[] ? (int) INTS.getAndSet((int[]) array, index, v) : super.swapInt(v);
    }

    @Override
    public boolean casInt(int old, int v) {
        return array instanceof int[] ? INTS.compareAndSet((int[]) array, index, old, v) : super.casInt(old, v);
    }

    @Override
    public int addInt(int delta) {
        return array instanceof int[] ? (int) INTS.getAndAdd((int[]) array, index, delta) + delta : super.addInt(delta);
    }

    @Override
    public long loadLong() {
        return array instanceof long[] ? (long) LONGS.getVolatile((long[]) array, index) : super.loadLong();
    }

    @Override
    public void storeLong(long v) {
        if (array instanceof long[]) {
            LONGS.setVolatile((long[]) array, index, v);
        } else {
            super.storeLong(v);
        }
    }

    @Override
    public long swapLong(long v) {
        return array instanceof long[] ? (long) LONGS.getAndSet((long[]) array, index, v) : super.swapLong(v);
    }

    @Override
    public boolean casLong(long old, long v) {
        return array instanceof long[] ? LONGS.compareAndSet((long[]) array, index, old, v) : super.casLong(old, v);
    }

    @Override
    public long addLong(long delta) {
        return array instanceof long[] ? (long) LONGS.getAndAdd((long[]) array, index, delta) + delta : super.addLong(delta);
    }

    @Override
    public Object loadRef() {
        return array instanceof Object[] ? REFS.getVolatile((Object[]) array, index) : super.loadRef();
    }

    @Override
    public void storeRef(Object v) {
        if (array instanceof Object[]) {
            REFS.setVolatile((Object[]) array, index, v);
        } else {
            super.storeRef(v);
        }
    }

    @Override
    public Object swapRef(Object v) {
        return array instanceof Object[] ? REFS.getAndSet((Object[]) array, index, v) : super.swapRef(v);
    }

    @Override
    public boolean casRef(Object old, Object v) {
        if (!(array instanceof Object[])) {
            return super.casRef(old, v);
        }
        while (true) {
            Object cur = REFS.getVolatile((Object[]) array, index);
            if (!UnsafePointer.eq(cur, old)) {
                return false;
            }
            if (REFS.compareAndSet((Object[]) array, index, cur, v)) {
                return true;
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ptr && sameAs((Ptr) o);
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(array) * 31 + index;
    }
}
