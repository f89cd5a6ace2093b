package gojc.rt;

/**
 * Interface operations of compiled code: type assertions with gc's panic texts, == on
 * interface values, hashing for interface-keyed maps. Interface values are plain Objects
 * (nil is null); {@link Type#of} gives their dynamic type.
 */
public final class Iface {
    private Iface() {}

    /** x.(T) for a concrete T: x itself when its dynamic type is t, else the panic. */
    public static Object assertType(Object x, Type t, Type iface) {
        if (x != null && Type.of(x) == t) {
            return x;
        }
        if (x == null) {
            throw Panics.typeAssertion(iface.toString(), null, t.toString(), null);
        }
        Type c = Type.of(x);
        String cp = c.isNamed() ? c.pkgPath : "", tp = t.isNamed() ? t.pkgPath : "";
        throw new GoPanic(new RuntimeErrors.TypeAssertionError(iface.toString(), c.toString(), t.toString(), null)
                .distinguish(cp.equals(tp)));
    }

    /** x.(I) for an interface type I: x itself when its dynamic type implements I. */
    public static Object assertIface(Object x, Type target, Type iface) {
        if (x == null) {
            // gc's assertE2I/assertI2I leave the source interface out: "interface is nil, not main.I"
            throw Panics.typeAssertion(null, null, target.toString(), null);
        }
        Type t = Type.of(x);
        String missing = target.missingMethod(t);
        if (!missing.isEmpty()) {
            throw Panics.typeAssertion(iface.toString(), t.toString(), target.toString(), missing);
        }
        return x;
    }

    /** The comma-ok test of x.(T) for a concrete T. */
    public static boolean isType(Object x, Type t) {
        return x != null && Type.of(x) == t;
    }

    /** The comma-ok test of x.(I) for an interface type I. */
    public static boolean isIface(Object x, Type target) {
        return x != null && target.missingMethod(Type.of(x)).isEmpty();
    }

    /** Go's == on two interface values: same dynamic type and equal values; uncomparable panics. */
    public static boolean eq(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        Type ta = Type.of(a);
        if (ta != Type.of(b)) {
            return false;
        }
        if (!ta.comparable()) {
            throw Panics.uncomparable(ta.toString());
        }
        return equalData(ta, Type.data(a), Type.data(b));
    }

    /** a == b for two interface-held values of the comparable type t, unboxed. */
    public static boolean equalData(Type t, Object x, Object y) {
        switch (t.kind()) {
            case Kind.FLOAT32: case Kind.FLOAT64:
                return ((Number) x).doubleValue() == ((Number) y).doubleValue();
            case Kind.COMPLEX128:
                return Complex128.eq((Complex128) x, (Complex128) y);
            case Kind.COMPLEX64:
                return Complex64.eq((Complex64) x, (Complex64) y);
            case Kind.POINTER:
                if (x instanceof Ptr && y instanceof Ptr) {
                    return Ptr.same((Ptr) x, (Ptr) y);
                }
                return x == y;
            case Kind.UNSAFE_POINTER:
                return UnsafePointer.eq(x, y);
            case Kind.CHAN:
                return x == y;
            case Kind.ARRAY: {
                Type leaf = t;
                int dims = 0;
                while (leaf.kind() == Kind.ARRAY) {
                    leaf = leaf.elem();
                    dims++;
                }
                int k = leaf.kind();
                boolean valueLeaf = k != Kind.POINTER && k != Kind.CHAN && k != Kind.UNSAFE_POINTER;
                return Values.equalArray(x, y, dims, valueLeaf);
            }
            default:
                return x.equals(y);
        }
    }

    /** The hash of an interface value as a map key; unhashable dynamic types panic. */
    public static int hash(Object v) {
        if (v == null) {
            return 0;
        }
        Type t = Type.of(v);
        if (!t.comparable()) {
            throw Panics.unhashable(t.toString());
        }
        Object x = Type.data(v);
        int h;
        switch (t.kind()) {
            case Kind.FLOAT32: case Kind.FLOAT64:
                h = KeyKind.floatHash(((Number) x).doubleValue());
                break;
            case Kind.COMPLEX128:
                h = KeyKind.COMPLEX128.hash(x);
                break;
            case Kind.COMPLEX64:
                h = KeyKind.COMPLEX64.hash(x);
                break;
            case Kind.POINTER: case Kind.CHAN: case Kind.UNSAFE_POINTER:
                h = x instanceof Ptr ? 0 : System.identityHashCode(x); // Ptr equality is by target, not identity
                break;
            case Kind.ARRAY:
                h = 0; // equal arrays must hash alike; element-wise hashing is left to Values when needed
                break;
            default:
                h = x.hashCode();
        }
        return h * 31 + t.id;
    }

    /** print/println of an interface value: (typeword,dataword), gc's (0x0,0x0) for nil. */
    public static void print(Object v) {
        Print.ifaceWords(v == null ? 0 : Addr.of(Type.of(v)), Addr.of(v));
    }
}
