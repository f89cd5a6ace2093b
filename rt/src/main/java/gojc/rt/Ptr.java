package gojc.rt;

/**
 * A Go pointer to a variable that is not a struct or an array (those are pointed to by the
 * object itself): a heap cell, an array or slice element, or a struct field. Values travel
 * boxed as the compiler holds them: Integer for the int-held kinds, Long, Float, Double,
 * Boolean, or the reference itself.
 */
public abstract class Ptr {
    public abstract Object get();

    public abstract void set(Object v);

    /** Pointer equality: the same variable. */
    public static boolean same(Ptr a, Ptr b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        return a.sameAs(b);
    }

    boolean sameAs(Ptr o) {
        return false;
    }

    /** The fake address of the variable (see {@link Addr}): equal for Ptrs that are {@link #same}. */
    long address() {
        return Addr.base(this);
    }

    /** *p: panics for nil. */
    public static Object load(Ptr p) {
        if (p == null) {
            throw Panics.nilDereference();
        }
        return p.get();
    }

    /** *p = v: panics for nil. */
    public static void store(Ptr p, Object v) {
        if (p == null) {
            throw Panics.nilDereference();
        }
        p.set(v);
    }

    /** Converts a value boxed by the compiler to the box an array or field slot of type c holds. */
    static Object narrow(Class<?> c, Object v) {
        if (c == byte.class) {
            return (byte) ((Integer) v).intValue();
        }
        if (c == short.class) {
            return (short) ((Integer) v).intValue();
        }
        if (c == char.class) {
            return (char) ((Integer) v).intValue();
        }
        return v;
    }

    /** The reverse of {@link #narrow}: narrow boxes become Integer. */
    static Object widen(Object v) {
        if (v instanceof Byte) {
            return (int) (Byte) v;
        }
        if (v instanceof Short) {
            return (int) (Short) v;
        }
        if (v instanceof Character) {
            return (int) (Character) v;
        }
        return v;
    }
}
