package gojc.rt;

/**
 * Hashing and equality of one Go map key type, with Go's semantics (+0 == -0, NaN never
 * equal to anything, so every NaN insert adds an entry). Keys arrive boxed: Long for the
 * 64-bit kinds, Integer, Short, Byte, Character, Boolean, Double, Float, GoString,
 * Complex128/64, or compiler-generated objects for structs/arrays (GENERIC).
 */
public abstract class KeyKind {
    /** A hash of k; equal keys must hash alike. The map mixes in its per-process seed. */
    public abstract int hash(Object k);

    public abstract boolean equal(Object a, Object b);

    /** True when hashing can panic (interface keys): gc hashes even on nil-map reads then. */
    public boolean hashMightPanic() {
        return false;
    }

    /** Keys whose Java equals/hashCode are Go's == (Long, Integer, GoString, generated structs...). */
    public static final KeyKind GENERIC = new KeyKind() {
        @Override
        public int hash(Object k) {
            return k == null ? 0 : k.hashCode();
        }

        @Override
        public boolean equal(Object a, Object b) {
            return a == null ? b == null : a.equals(b);
        }
    };

    /** Integer kinds, bool, string and pointers (identity; use POINTER) are GENERIC. */
    public static final KeyKind INT64 = GENERIC, INT32 = GENERIC, INT16 = GENERIC, INT8 = GENERIC,
            UINT16 = GENERIC, BOOL = GENERIC, STRING = GENERIC;

    /** Pointer, channel keys: identity. */
    public static final KeyKind POINTER = new KeyKind() {
        @Override
        public int hash(Object k) {
            return System.identityHashCode(k);
        }

        @Override
        public boolean equal(Object a, Object b) {
            return a == b;
        }
    };

    public static final KeyKind FLOAT64 = new KeyKind() {
        @Override
        public int hash(Object k) {
            return floatHash(((Double) k).doubleValue());
        }

        @Override
        public boolean equal(Object a, Object b) {
            return ((Double) a).doubleValue() == ((Double) b).doubleValue();
        }
    };

    public static final KeyKind FLOAT32 = new KeyKind() {
        @Override
        public int hash(Object k) {
            return floatHash(((Float) k).floatValue());
        }

        @Override
        public boolean equal(Object a, Object b) {
            return ((Float) a).floatValue() == ((Float) b).floatValue();
        }
    };

    public static final KeyKind COMPLEX128 = new KeyKind() {
        @Override
        public int hash(Object k) {
            Complex128 c = (Complex128) k;
            return floatHash(c.re) * 31 + floatHash(c.im);
        }

        @Override
        public boolean equal(Object a, Object b) {
            return Complex128.eq((Complex128) a, (Complex128) b);
        }
    };

    public static final KeyKind COMPLEX64 = new KeyKind() {
        @Override
        public int hash(Object k) {
            Complex64 c = (Complex64) k;
            return floatHash(c.re) * 31 + floatHash(c.im);
        }

        @Override
        public boolean equal(Object a, Object b) {
            return Complex64.eq((Complex64) a, (Complex64) b);
        }
    };

    /**
     * Interface-typed keys: dispatches on the dynamic value. Values that are not
     * hashable (slices, maps, funcs) panic "hash of unhashable type T", with T from
     * {@link TypedValue} or {@link #typeName}.
     */
    public static final KeyKind INTERFACE = new KeyKind() {
        @Override
        public int hash(Object k) {
            if (k != null && !(k instanceof TypedValue) && !(k instanceof Typed) && !isHashable(k)) {
                throw Panics.unhashable(typeName(k)); // a bare runtime value (older callers)
            }
            return Iface.hash(k);
        }

        @Override
        public boolean equal(Object a, Object b) {
            return Iface.eq(a, b);
        }

        @Override
        public boolean hashMightPanic() {
            return true;
        }
    };

    static boolean isHashable(Object v) {
        return !(v instanceof SliceZ || v instanceof SliceB || v instanceof SliceS || v instanceof SliceC
                || v instanceof SliceI || v instanceof SliceJ || v instanceof SliceF || v instanceof SliceD
                || v instanceof SliceL || v instanceof GoMap);
    }

    private static KeyKind kindFor(Object v) {
        if (v instanceof Double) {
            return FLOAT64;
        }
        if (v instanceof Float) {
            return FLOAT32;
        }
        if (v instanceof Complex128) {
            return COMPLEX128;
        }
        if (v instanceof Complex64) {
            return COMPLEX64;
        }
        return GENERIC;
    }

    /** The Go type name of a dynamic value, for panic texts. */
    static String typeName(Object v) {
        if (v instanceof TypedValue) {
            return ((TypedValue) v).goTypeString();
        }
        if (v instanceof SliceJ) {
            return "[]int";
        }
        if (v instanceof SliceI) {
            return "[]int32";
        }
        if (v instanceof SliceB) {
            return "[]uint8";
        }
        if (v instanceof SliceD) {
            return "[]float64";
        }
        if (v instanceof SliceZ) {
            return "[]bool";
        }
        if (v instanceof SliceL) {
            return "[]interface {}";
        }
        if (v instanceof GoMap) {
            return "map";
        }
        return v.getClass().getName();
    }

    static int floatHash(double x) {
        if (x == 0) {
            return 0; // +0 and -0 are the same key
        }
        if (x != x) {
            return java.util.concurrent.ThreadLocalRandom.current().nextInt(); // every NaN differs
        }
        return Double.hashCode(x);
    }
}
