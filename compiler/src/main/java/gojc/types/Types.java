package gojc.types;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Predicates on types as the spec defines them. */
public final class Types {
    private Types() {}

    public static boolean identical(Type x, Type y) {
        return identical(x, y, null);
    }

    /** Identity ignoring struct tags everywhere (the conversion rules). */
    public static boolean identicalIgnoreTags(Type x, Type y) {
        IGNORE_TAGS.set(true);
        try {
            return identical(x, y, null);
        } finally {
            IGNORE_TAGS.set(false);
        }
    }

    private static final ThreadLocal<Boolean> IGNORE_TAGS = ThreadLocal.withInitial(() -> false);

    /** {@code tpMap} relates the type parameters of two generic signatures being compared. */
    private static boolean identical(Type x, Type y, Map<TypeParam, TypeParam> tpMap) {
        if (x == y) return true;
        if (x == null || y == null) return false;
        if (x instanceof Basic a && y instanceof Basic b) return a.kind == b.kind;
        if (x instanceof Pointer a && y instanceof Pointer b) return identical(a.elem(), b.elem(), tpMap);
        if (x instanceof Slice a && y instanceof Slice b) return identical(a.elem(), b.elem(), tpMap);
        if (x instanceof Array a && y instanceof Array b) {
            return a.len() == b.len() && identical(a.elem(), b.elem(), tpMap);
        }
        if (x instanceof MapType a && y instanceof MapType b) {
            return identical(a.key(), b.key(), tpMap) && identical(a.elem(), b.elem(), tpMap);
        }
        if (x instanceof Chan a && y instanceof Chan b) {
            return a.dir() == b.dir() && identical(a.elem(), b.elem(), tpMap);
        }
        if (x instanceof Tuple a && y instanceof Tuple b) {
            if (a.size() != b.size()) return false;
            for (int i = 0; i < a.size(); i++) {
                if (!identical(a.at(i), b.at(i), tpMap)) return false;
            }
            return true;
        }
        if (x instanceof Struct a && y instanceof Struct b) {
            if (a.fields().size() != b.fields().size()) return false;
            for (int i = 0; i < a.fields().size(); i++) {
                Var f = a.fields().get(i), g = b.fields().get(i);
                if (f.embedded != g.embedded || !IGNORE_TAGS.get() && !a.tag(i).equals(b.tag(i)) || !f.sameId(g.pkg, g.name)
                        || !identical(f.type, g.type, tpMap)) {
                    return false;
                }
            }
            return true;
        }
        if (x instanceof Signature a && y instanceof Signature b) {
            if (a.typeParams().size() != b.typeParams().size() || a.variadic() != b.variadic()) return false;
            if (!a.typeParams().isEmpty()) {
                Map<TypeParam, TypeParam> m = tpMap == null ? new IdentityHashMap<>() : new IdentityHashMap<>(tpMap);
                for (int i = 0; i < a.typeParams().size(); i++) m.put(a.typeParams().get(i), b.typeParams().get(i));
                for (int i = 0; i < a.typeParams().size(); i++) {
                    if (!identical(a.typeParams().get(i).bound(), b.typeParams().get(i).bound(), m)) return false;
                }
                tpMap = m;
            }
            return identical(a.params(), b.params(), tpMap) && identical(a.results(), b.results(), tpMap);
        }
        if (x instanceof Interface a && y instanceof Interface b) {
            Interface.TypeSet sa = a.typeSet(), sb = b.typeSet();
            if (sa.comparable != sb.comparable) return false;
            if (!identicalTerms(sa.terms, sb.terms)) return false;
            if (sa.methods.size() != sb.methods.size()) return false;
            for (int i = 0; i < sa.methods.size(); i++) {
                Func f = sa.methods.get(i), g = sb.methods.get(i);
                if (!f.sameId(g.pkg, g.name) || !identical(f.type, g.type, tpMap)) return false;
            }
            return true;
        }
        if (x instanceof Union a && y instanceof Union b) {
            return identicalTerms(a.terms(), b.terms());
        }
        if (x instanceof Named a && y instanceof Named b) {
            if (a.origin() != b.origin()) return false;
            if (a.typeArgs.size() != b.typeArgs.size()) return false;
            for (int i = 0; i < a.typeArgs.size(); i++) {
                if (!identical(a.typeArgs.get(i), b.typeArgs.get(i), tpMap)) return false;
            }
            return true;
        }
        if (x instanceof TypeParam a && y instanceof TypeParam b && tpMap != null) {
            return tpMap.get(a) == b;
        }
        return false;
    }

    private static boolean identicalTerms(List<Union.Term> a, List<Union.Term> b) {
        if (a == null || b == null) return a == b;
        if (a.size() != b.size()) return false;
        outer:
        for (Union.Term t : a) {
            for (Union.Term u : b) {
                if (t.tilde() == u.tilde() && identical(t.type(), u.type())) continue outer;
            }
            return false;
        }
        return true;
    }

    public static Type under(Type t) {
        return t == null ? Universe.INVALID : t.underlying();
    }

    public static boolean isInvalid(Type t) {
        return t == null || t == Universe.INVALID || (t instanceof Basic b && b.kind == Basic.Kind.INVALID);
    }

    public static boolean isNamed(Type t) {
        return t instanceof Named || t instanceof TypeParam || (t instanceof Basic b && !b.isUntyped());
    }

    public static boolean isTyped(Type t) {
        return !(t instanceof Basic b && b.isUntyped());
    }

    public static boolean isUntyped(Type t) {
        return t instanceof Basic b && b.isUntyped();
    }

    public static boolean isInterface(Type t) {
        return !(t instanceof TypeParam) && under(t) instanceof Interface;
    }

    public static Basic basic(Type t) {
        return under(t) instanceof Basic b ? b : null;
    }

    /** Every type in t's type set satisfies the predicate (for a type parameter: all terms). */
    interface BasicPred {
        boolean test(Basic b);
    }

    static boolean allBasic(Type t, BasicPred p) {
        if (t instanceof TypeParam tp) {
            List<Union.Term> terms = tp.iface().typeSet().terms;
            if (terms == null || terms.isEmpty()) return false;
            for (Union.Term term : terms) {
                if (!allBasic(term.type(), p)) return false;
            }
            return true;
        }
        return under(t) instanceof Basic b && p.test(b);
    }

    public static boolean isBoolean(Type t) {
        return allBasic(t, Basic::isBoolean);
    }

    public static boolean isString(Type t) {
        return allBasic(t, Basic::isString);
    }

    public static boolean isInteger(Type t) {
        return allBasic(t, Basic::isInteger);
    }

    public static boolean isUnsigned(Type t) {
        return allBasic(t, Basic::isUnsigned);
    }

    public static boolean isFloat(Type t) {
        return allBasic(t, Basic::isFloat);
    }

    public static boolean isComplex(Type t) {
        return allBasic(t, Basic::isComplex);
    }

    public static boolean isNumeric(Type t) {
        return allBasic(t, Basic::isNumeric);
    }

    public static boolean isOrdered(Type t) {
        return allBasic(t, Basic::isOrdered);
    }

    public static boolean isConstType(Type t) {
        return !(t instanceof TypeParam) && under(t) instanceof Basic b && b.isConstType();
    }

    public static boolean isUnsafePointer(Type t) {
        return under(t) instanceof Basic b && b.kind == Basic.Kind.UNSAFE_POINTER;
    }

    public static boolean isPointer(Type t) {
        return under(t) instanceof Pointer;
    }

    /** The spec's comparable types (== defined), strictly: interfaces count as comparable. */
    public static boolean comparable(Type t) {
        return comparable(t, new IdentityHashMap<>());
    }

    private static boolean comparable(Type t, Map<Type, Boolean> seen) {
        if (seen.containsKey(t)) return true;
        seen.put(t, true);
        if (t instanceof TypeParam tp) {
            Interface.TypeSet s = tp.iface().typeSet();
            if (s.comparable) return true;
            if (s.terms == null || s.terms.isEmpty()) return false;
            for (Union.Term term : s.terms) {
                if (!comparable(term.type(), seen)) return false;
            }
            return true;
        }
        Type u = under(t);
        if (u instanceof Basic b) return b.kind != Basic.Kind.UNTYPED_NIL;
        if (u instanceof Pointer || u instanceof Chan || u instanceof Interface) return true;
        if (u instanceof Struct s) {
            for (Var f : s.fields()) {
                if (!comparable(f.type, seen)) return false;
            }
            return true;
        }
        if (u instanceof Array a) return comparable(a.elem(), seen);
        return false;
    }

    /** Types whose values may be nil. */
    public static boolean hasNil(Type t) {
        if (t instanceof TypeParam tp) {
            List<Union.Term> terms = tp.iface().typeSet().terms;
            if (terms == null || terms.isEmpty()) return false;
            for (Union.Term term : terms) {
                if (!hasNil(term.type())) return false;
            }
            return true;
        }
        Type u = under(t);
        return u instanceof Pointer || u instanceof Slice || u instanceof MapType || u instanceof Chan
                || u instanceof Signature || u instanceof Interface
                || (u instanceof Basic b && b.kind == Basic.Kind.UNSAFE_POINTER);
    }

    /** The default type of an untyped constant kind; other types are their own default. */
    public static Type defaultType(Type t) {
        if (t instanceof Basic b) {
            return switch (b.kind) {
                case UNTYPED_BOOL -> Universe.BOOL;
                case UNTYPED_INT -> Universe.INT;
                case UNTYPED_RUNE -> Universe.RUNE;
                case UNTYPED_FLOAT -> Universe.FLOAT64;
                case UNTYPED_COMPLEX -> Universe.COMPLEX128;
                case UNTYPED_STRING -> Universe.STRING;
                default -> t;
            };
        }
        return t;
    }

    /**
     * The spec's core type: the underlying type for non-parameters; for a type parameter, the
     * single underlying type of all its terms (channels of mixed direction aside), or null.
     */
    public static Type coreType(Type t) {
        if (!(t instanceof TypeParam tp)) {
            Type u = under(t);
            return u;
        }
        List<Union.Term> terms = tp.iface().typeSet().terms;
        if (terms == null || terms.isEmpty()) return null;
        Type core = null;
        for (Union.Term term : terms) {
            Type u = under(term.type());
            if (core == null) {
                core = u;
            } else if (!identical(core, u)) {
                if (core instanceof Chan a && u instanceof Chan b && identical(a.elem(), b.elem())) {
                    if (a.dir() == Chan.Dir.BOTH) core = b;
                    else if (b.dir() != Chan.Dir.BOTH && b.dir() != a.dir()) return null;
                } else {
                    return null;
                }
            }
        }
        return core;
    }

    /** Like coreType, but []byte|string counts as a core of bytestring (append, copy). */
    public static Type coreString(Type t) {
        if (!(t instanceof TypeParam tp)) return under(t);
        List<Union.Term> terms = tp.iface().typeSet().terms;
        if (terms == null || terms.isEmpty()) return null;
        Type core = null;
        boolean sawString = false;
        for (Union.Term term : terms) {
            Type u = under(term.type());
            if (u instanceof Basic b && b.isString()) {
                sawString = true;
                u = new Slice(Universe.BYTE);
            }
            if (core == null) core = u;
            else if (!identical(core, u)) return null;
        }
        return sawString && core != null ? Universe.STRING : core;
    }
}
