package gojc.rt;

/**
 * unsafe.Pointer values: the pointer object itself held as an Object (a struct or array object
 * for pointers to those, a {@link Ptr} for other pointers, null for nil). Converting back to a
 * typed pointer checks that the object really is one; memory is never reinterpreted, so a
 * mismatch is a Go panic rather than a Java ClassCastException.
 */
public final class UnsafePointer {
    private UnsafePointer() {}

    /**
     * (*T)(u): u when it holds a T-pointer. c is the JVM class of *T's representation; for a
     * Ptr target, box is the Java box class its variable holds (null when not checkable).
     */
    public static Object cast(Object u, Class<?> c, Class<?> box, String goType) {
        if (u == null) {
            return null;
        }
        if (!c.isInstance(u)) {
            throw unsupported(u, goType);
        }
        if (box != null) {
            Object v = ((Ptr) u).get();
            if (box == GoString.class && (v == null || v instanceof SliceB)) {
                return new ViewPtr((Ptr) u, true); // *(*string)(unsafe.Pointer(&bytes))
            }
            if (box == SliceB.class && v instanceof GoString) {
                return new ViewPtr((Ptr) u, false); // *(*[]byte)(unsafe.Pointer(&str))
            }
            if (v != null && !box.isInstance(v)) {
                throw unsupported(u, goType);
            }
        }
        return u;
    }

    private static GoPanic unsupported(Object u, String goType) {
        throw new GoPanic(new RuntimeErrors.PlainError(
                "gojc: unsupported unsafe.Pointer reinterpretation: " + describe(u) + " as " + goType));
    }

    private static String describe(Object u) {
        if (u instanceof Ptr) {
            Object v = ((Ptr) u).get();
            return "a pointer to a variable holding " + (v == null ? "a nil reference" : "a Java " + v.getClass().getSimpleName());
        }
        if (u instanceof Typed) {
            return Type.of(u).toString();
        }
        Class<?> c = u.getClass();
        return c.isArray() ? "a pointer to a Java " + c.getComponentType().getSimpleName() + " array" : "a Java " + c.getSimpleName();
    }

    /** The pointer this thread last converted to a uintptr (see {@link #fromUintptr}). */
    private static final ThreadLocal<Object> LAST = new ThreadLocal<>();

    /** uintptr(u): a stable, non-zero number naming the variable, 0 for nil. */
    public static long toUintptr(Object u) {
        if (u != null) {
            LAST.set(u);
        }
        return Addr.of(u);
    }

    /**
     * unsafe.Pointer(n): 0 is nil; the number of the pointer this thread last converted to a
     * uintptr gives that pointer back (Go's "conversion in the same expression" rule, which
     * runtime-style noescape uses: {@code unsafe.Pointer(uintptr(p) ^ 0)}); anything else would
     * need memory addresses and panics.
     */
    public static Object fromUintptr(long n) {
        if (n == 0) {
            return null;
        }
        Object last = LAST.get();
        if (last != null && Addr.of(last) == n) {
            return last;
        }
        throw new GoPanic(new RuntimeErrors.PlainError(
                "gojc: unsupported conversion of uintptr 0x" + Long.toHexString(n) + " to unsafe.Pointer (no pointer arithmetic on the JVM)"));
    }

    /** a == b: the same variable (Ptrs to the same variable are equal). */
    public static boolean eq(Object a, Object b) {
        if (a == b) {
            return true;
        }
        return a instanceof Ptr && b instanceof Ptr && Ptr.same((Ptr) a, (Ptr) b);
    }

    /** A hash consistent with {@link #eq}. */
    public static int hash(Object u) {
        return u == null ? 0 : Long.hashCode(Addr.of(u));
    }
}
