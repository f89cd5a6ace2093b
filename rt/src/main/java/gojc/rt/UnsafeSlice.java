package gojc.rt;

/**
 * unsafe.Slice(ptr, len): the pointer must be a pointer to an element of a Java array of the
 * slice's element representation (an {@link ElemPtr}: &a[i] or &s[i], possibly converted
 * through unsafe.Pointer between types held alike, such as *big.Word and *uint). The result is
 * a slice over that same array from the element on, so writes through either are seen by the
 * other. Any other pointer (a single variable, a struct object) has no memory after it on the
 * JVM and fails with a gojc panic; so does a slice that would extend past the array's end.
 */
public final class UnsafeSlice {
    private UnsafeSlice() {}

    /** The element pointer for a non-empty result, null for the nil or empty one; gc's panics. */
    private static ElemPtr elem(Object ptr, long len, Class<?> arrayClass) {
        if (len < 0) {
            throw new GoPanic(new RuntimeErrors.ErrorString("unsafe.Slice: len out of range"));
        }
        if (ptr == null) {
            if (len != 0) {
                throw new GoPanic(new RuntimeErrors.ErrorString("unsafe.Slice: ptr is nil and len is not zero"));
            }
            return null;
        }
        if (!(ptr instanceof ElemPtr) || ((ElemPtr) ptr).array().getClass() != arrayClass) {
            if (len == 0) {
                return null; // an empty slice touches no memory
            }
            throw unsupported("a pointer that is not to an element of a " + arrayClass.getComponentType().getSimpleName() + " array");
        }
        ElemPtr e = (ElemPtr) ptr;
        int room = java.lang.reflect.Array.getLength(e.array()) - e.index();
        if (len > room) {
            throw unsupported("len " + len + " past the end of the backing array (" + room + " elements from ptr)");
        }
        return e;
    }

    private static GoPanic unsupported(String what) {
        return new GoPanic(new RuntimeErrors.PlainError("gojc: not yet supported: unsafe.Slice over " + what));
    }

    // One method per slice class: nil for a nil ptr, an empty non-nil slice for len 0.

    public static SliceB ofB(Object ptr, long len) {
        ElemPtr e = elem(ptr, len, byte[].class);
        if (e == null) return ptr == null ? null : new SliceB(new byte[0], 0, 0, 0);
        return new SliceB((byte[]) e.array(), e.index(), (int) len, (int) len);
    }

    public static SliceS ofS(Object ptr, long len) {
        ElemPtr e = elem(ptr, len, short[].class);
        if (e == null) return ptr == null ? null : new SliceS(new short[0], 0, 0, 0);
        return new SliceS((short[]) e.array(), e.index(), (int) len, (int) len);
    }

    public static SliceC ofC(Object ptr, long len) {
        ElemPtr e = elem(ptr, len, char[].class);
        if (e == null) return ptr == null ? null : new SliceC(new char[0], 0, 0, 0);
        return new SliceC((char[]) e.array(), e.index(), (int) len, (int) len);
    }

    public static SliceI ofI(Object ptr, long len) {
        ElemPtr e = elem(ptr, len, int[].class);
        if (e == null) return ptr == null ? null : new SliceI(new int[0], 0, 0, 0);
        return new SliceI((int[]) e.array(), e.index(), (int) len, (int) len);
    }

    public static SliceJ ofJ(Object ptr, long len) {
        ElemPtr e = elem(ptr, len, long[].class);
        if (e == null) return ptr == null ? null : new SliceJ(new long[0], 0, 0, 0);
        return new SliceJ((long[]) e.array(), e.index(), (int) len, (int) len);
    }

    public static SliceF ofF(Object ptr, long len) {
        ElemPtr e = elem(ptr, len, float[].class);
        if (e == null) return ptr == null ? null : new SliceF(new float[0], 0, 0, 0);
        return new SliceF((float[]) e.array(), e.index(), (int) len, (int) len);
    }

    public static SliceD ofD(Object ptr, long len) {
        ElemPtr e = elem(ptr, len, double[].class);
        if (e == null) return ptr == null ? null : new SliceD(new double[0], 0, 0, 0);
        return new SliceD((double[]) e.array(), e.index(), (int) len, (int) len);
    }

    public static SliceZ ofZ(Object ptr, long len) {
        ElemPtr e = elem(ptr, len, boolean[].class);
        if (e == null) return ptr == null ? null : new SliceZ(new boolean[0], 0, 0, 0);
        return new SliceZ((boolean[]) e.array(), e.index(), (int) len, (int) len);
    }

    /** Reference elements (strings, pointers, interfaces...); struct and array elements are objects, never ElemPtrs. */
    public static SliceL ofL(Object ptr, long len) {
        ElemPtr e = elem(ptr, len, Object[].class);
        if (e == null) return ptr == null ? null : new SliceL(new Object[0], 0, 0, 0);
        return new SliceL((Object[]) e.array(), e.index(), (int) len, (int) len);
    }
}
