package gojc.rt.reflect;

import gojc.rt.KeyKind;
import gojc.rt.Kind;
import gojc.rt.Type;
import gojc.rt.Values;

/** The spec's type relations reflect needs (assignability, convertibility) and map key kinds. */
final class TypeRules {
    private TypeRules() {}

    /** Whether a value of type v is assignable to type t (spec "Assignability", for run-time types). */
    static boolean assignable(Type t, Type v) {
        if (t == v) {
            return true;
        }
        if (t.kind() == Kind.INTERFACE) {
            return t.missingMethod(v).isEmpty();
        }
        return directlyAssignable(t, v);
    }

    /** Identical underlying types where at least one side is unnamed; channel direction may drop. */
    private static boolean directlyAssignable(Type t, Type v) {
        if (t.isNamed() && v.isNamed() || t.kind() != v.kind()) {
            return false;
        }
        if (t.kind() == Kind.CHAN && v.chanDir() == Type.BOTH_DIR && t.elem() == v.elem()) {
            return true;
        }
        return t.underlying() == v.underlying();
    }

    /** Whether a value of type v converts to type t (spec "Conversions", non-constant values). */
    static boolean convertible(Type t, Type v) {
        if (assignable(t, v)) {
            return true;
        }
        int tk = t.kind();
        int vk = v.kind();
        if (t.underlying() == v.underlying()) {
            return true;
        }
        if (tk == Kind.POINTER && vk == Kind.POINTER && !t.isNamed() && !v.isNamed()
                && t.elem().underlying() == v.elem().underlying()) {
            return true;
        }
        if (numeric(tk) && numeric(vk) || complex(tk) && complex(vk)) {
            return true;
        }
        if (tk == Kind.STRING && (integer(vk) || bytesOrRunes(v))) {
            return true;
        }
        if (vk == Kind.STRING && bytesOrRunes(t)) {
            return true;
        }
        if (tk == Kind.POINTER && t.elem().kind() == Kind.ARRAY && vk == Kind.SLICE && t.elem().elem() == v.elem()) {
            return true; // slice to array pointer (Go 1.17)
        }
        return false;
    }

    static boolean integer(int k) {
        return k >= Kind.INT && k <= Kind.UINTPTR;
    }

    static boolean numeric(int k) {
        return k >= Kind.INT && k <= Kind.FLOAT64;
    }

    static boolean complex(int k) {
        return k == Kind.COMPLEX64 || k == Kind.COMPLEX128;
    }

    private static boolean bytesOrRunes(Type s) {
        if (s.kind() != Kind.SLICE) {
            return false;
        }
        int ek = s.elem().kind();
        return (ek == Kind.UINT8 || ek == Kind.INT32) && !s.elem().isNamed();
    }

    /** The KeyKind compiled code gives maps keyed by k (see LowerComposite.keyKind). */
    static KeyKind keyKind(Type k) {
        switch (k.kind()) {
            case Kind.ARRAY: {
                Type leaf = k;
                int dims = 0;
                while (leaf.kind() == Kind.ARRAY) {
                    leaf = leaf.elem();
                    dims++;
                }
                int lk = leaf.kind();
                boolean valueLeaf = lk == Kind.STRUCT || lk == Kind.INTERFACE || lk <= Kind.COMPLEX128 || lk == Kind.STRING
                        || lk == Kind.UNSAFE_POINTER;
                return Values.arrayKey(dims, valueLeaf);
            }
            case Kind.FLOAT64:
                return Values.keyKind(1);
            case Kind.FLOAT32:
                return Values.keyKind(2);
            case Kind.COMPLEX128:
                return Values.keyKind(3);
            case Kind.COMPLEX64:
                return Values.keyKind(4);
            case Kind.POINTER: {
                int ek = k.elem().kind();
                return Values.keyKind(ek == Kind.STRUCT || ek == Kind.ARRAY ? 5 : 7);
            }
            case Kind.CHAN:
                return Values.keyKind(5);
            case Kind.INTERFACE:
                return Values.keyKind(6);
            default:
                return Values.keyKind(0);
        }
    }
}
