package gojc.rt;

/**
 * A []byte variable seen as a string variable or the reverse, for the one reinterpretation
 * std and many programs make through unsafe.Pointer: {@code *(*string)(unsafe.Pointer(&b))}
 * (strings.Builder.String, strings.Clone) and {@code *(*[]byte)(unsafe.Pointer(&s))}. Both
 * headers start with the same data pointer and length, and here both share the byte array, so
 * the view reads and writes the underlying variable without copying.
 */
final class ViewPtr extends Ptr {
    private final Ptr base;
    /** True: the base holds a SliceB and this is a *string; false: the base holds a GoString. */
    private final boolean stringOfBytes;

    ViewPtr(Ptr base, boolean stringOfBytes) {
        this.base = base;
        this.stringOfBytes = stringOfBytes;
    }

    @Override
    public Object get() {
        Object v = base.get();
        return stringOfBytes ? toString(v) : toBytes(v);
    }

    @Override
    public void set(Object v) {
        base.set(stringOfBytes ? toBytes(v) : toString(v));
    }

    private static GoString toString(Object v) {
        SliceB s = (SliceB) v;
        return s == null || s.len == 0 ? GoString.EMPTY : new GoString(s.array, s.off, s.len);
    }

    private static SliceB toBytes(Object v) {
        GoString s = (GoString) v;
        return s.length == 0 ? null : new SliceB(s.bytes, s.offset, s.length, s.length);
    }

    @Override
    boolean sameAs(Ptr o) {
        return Ptr.same(base, o instanceof ViewPtr ? ((ViewPtr) o).base : o);
    }

    @Override
    long address() {
        return base.address();
    }
}
