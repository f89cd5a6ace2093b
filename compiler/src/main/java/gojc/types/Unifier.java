package gojc.types;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Type unification for inference (spec "Type unification"): two types unify if they are
 * identical after some of the bound type parameters are replaced by types. Unification is
 * inexact: a defined type unifies with a type literal through its underlying type, and an
 * unbound type parameter through its core type.
 */
final class Unifier {
    private final List<TypeParam> bound;
    /** The inferred types so far; a bound type parameter without an entry is unknown. */
    final Map<TypeParam, Type> inferred = new IdentityHashMap<>();

    Unifier(List<TypeParam> bound) {
        this.bound = bound;
    }

    /** The type parameters being inferred. */
    List<TypeParam> typeParams() {
        return bound;
    }

    boolean isBound(Type t) {
        if (!(t instanceof TypeParam tp)) return false;
        for (TypeParam b : bound) if (b == tp) return true;
        return false;
    }

    boolean unify(Type x, Type y) {
        return nify(x, y, 0);
    }

    /** Whether t has a name (a defined, predeclared or type parameter type). */
    private static boolean hasName(Type t) {
        return t instanceof Named || t instanceof Basic || t instanceof TypeParam;
    }

    private boolean nify(Type x, Type y, int depth) {
        if (x == y) {
            // a recursive call passes the callee's own type parameter: it stands for itself
            if (isBound(x) && !inferred.containsKey((TypeParam) x)) inferred.put((TypeParam) x, x);
            return true;
        }
        if (x == null || y == null || depth > 64) return false;
        // a defined type against a type literal: compare the underlying types
        if (x instanceof Named && !hasName(y)) return nify(x.underlying(), y, depth + 1);
        if (y instanceof Named && !hasName(x)) return nify(x, y.underlying(), depth + 1);
        boolean bx = isBound(x), by = isBound(y);
        if (bx && by) {
            Type tx = inferred.get((TypeParam) x), ty = inferred.get((TypeParam) y);
            if (tx != null && ty != null) return nify(tx, ty, depth + 1);
            if (tx != null) inferred.put((TypeParam) y, tx);
            else if (ty != null) inferred.put((TypeParam) x, ty);
            else inferred.put((TypeParam) x, y); // joined; resolved when substituting
            return true;
        }
        if (by) return nify(y, x, depth);
        if (bx) {
            TypeParam tp = (TypeParam) x;
            Type tx = inferred.get(tp);
            if (tx == null) {
                inferred.put(tp, y);
                return true;
            }
            if (!nify(tx, y, depth + 1)) return false;
            // prefer a defined type over a type literal it unified with
            if (!hasName(tx) && y instanceof Named) inferred.put(tp, y);
            return true;
        }
        // an unbound type parameter against a non-parameter: its core type must unify
        if (x instanceof TypeParam && !(y instanceof TypeParam) && !(y instanceof Named)) {
            Type core = Types.coreType(x);
            return core != null && nify(core, y, depth + 1);
        }
        if (y instanceof TypeParam && !(x instanceof TypeParam) && !(x instanceof Named)) {
            Type core = Types.coreType(y);
            return core != null && nify(x, core, depth + 1);
        }
        return structural(x, y, depth + 1);
    }

    private boolean structural(Type x, Type y, int d) {
        if (x instanceof Basic a && y instanceof Basic b) return a.kind == b.kind;
        if (x instanceof Pointer a && y instanceof Pointer b) return nify(a.elem(), b.elem(), d);
        if (x instanceof Slice a && y instanceof Slice b) return nify(a.elem(), b.elem(), d);
        if (x instanceof Array a && y instanceof Array b) return a.len() == b.len() && nify(a.elem(), b.elem(), d);
        if (x instanceof MapType a && y instanceof MapType b) return nify(a.key(), b.key(), d) && nify(a.elem(), b.elem(), d);
        // inexact: a channel's direction may differ (chan int unifies with <-chan E)
        if (x instanceof Chan a && y instanceof Chan b) return nify(a.elem(), b.elem(), d);
        if (x instanceof Tuple a && y instanceof Tuple b) {
            if (a.size() != b.size()) return false;
            for (int i = 0; i < a.size(); i++) if (!nify(a.at(i), b.at(i), d)) return false;
            return true;
        }
        if (x instanceof Signature a && y instanceof Signature b) {
            return a.typeParams().isEmpty() && b.typeParams().isEmpty() && a.variadic() == b.variadic()
                    && nify(a.params(), b.params(), d) && nify(a.results(), b.results(), d);
        }
        if (x instanceof Struct a && y instanceof Struct b) {
            if (a.fields().size() != b.fields().size()) return false;
            for (int i = 0; i < a.fields().size(); i++) {
                Var f = a.fields().get(i), g = b.fields().get(i);
                if (f.embedded != g.embedded || !a.tag(i).equals(b.tag(i)) || !f.sameId(g.pkg, g.name)) return false;
                if (!nify(f.type, g.type, d)) return false;
            }
            return true;
        }
        if (x instanceof Interface a && y instanceof Interface b) {
            List<Func> ma = a.allMethods(), mb = b.allMethods();
            if (ma.size() != mb.size() || a.typeSet().comparable != b.typeSet().comparable) return false;
            for (int i = 0; i < ma.size(); i++) {
                if (!ma.get(i).sameId(mb.get(i).pkg, mb.get(i).name) || !nify(ma.get(i).type, mb.get(i).type, d)) return false;
            }
            return true;
        }
        if (x instanceof Named a && y instanceof Named b) {
            if (a.origin() != b.origin() || a.typeArgs.size() != b.typeArgs.size()) return false;
            for (int i = 0; i < a.typeArgs.size(); i++) if (!nify(a.typeArgs.get(i), b.typeArgs.get(i), d)) return false;
            return true;
        }
        return Types.identical(x, y);
    }
}
