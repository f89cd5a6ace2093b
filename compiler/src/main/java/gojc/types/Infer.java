package gojc.types;

import gojc.syntax.Expr;
import gojc.syntax.Pos;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Type argument inference (spec "Type inference"): explicit type arguments, then function
 * argument inference with typed arguments, constraint type inference, untyped arguments'
 * default types, and constraint type inference again.
 */
final class Infer {
    private final Checker c;

    Infer(Checker c) {
        this.c = c;
    }

    /** The instantiated signature of a generic call, or null after reporting an error. */
    Signature inferCall(Expr.Call call, Signature sig, List<Type> explicit, List<Operand> args) {
        List<Type> targs = infer(call.rparen(), sig, explicit, args, call.hasDots());
        return targs == null ? null : instantiate(call.fun(), sig, targs);
    }

    /**
     * All type arguments of sig from a prefix {@code explicit} and the call arguments (null when
     * the function is not called), or null after reporting an error at pos.
     */
    List<Type> infer(Pos pos, Signature sig, List<Type> explicit, List<Operand> args, boolean dots) {
        List<TypeParam> tps = sig.typeParams();
        if (explicit.size() == tps.size()) return explicit;
        Unifier u = new Unifier(tps);
        for (int i = 0; i < explicit.size(); i++) u.inferred.put(tps.get(i), explicit.get(i));
        List<Integer> untyped = new ArrayList<>();
        List<Type> params = new ArrayList<>();
        if (args != null) {
            Subst known = new Subst(tps.subList(0, explicit.size()), explicit);
            int np = sig.params().size();
            for (int i = 0; i < args.size(); i++) {
                Type pt;
                if (sig.variadic() && i >= np - 1 && !dots) pt = ((Slice) sig.params().at(np - 1)).elem();
                else if (i < np) pt = sig.params().at(i);
                else break;
                pt = known.type(pt);
                params.add(pt);
                Operand a = args.get(i);
                if (a.invalid() || !mentions(u, pt)) continue;
                if (Types.isUntyped(a.type)) {
                    if (pt instanceof TypeParam) untyped.add(i);
                } else if (!u.unify(pt, a.type)) {
                    mismatch("type", pt, a.type, a, u);
                    return null;
                }
            }
        }
        if (!constraintInference(pos, tps, u)) return null;
        // Go 1.19 decides which untyped arguments count before unifying any of them: in
        // f(2.5, -1) for f[T](a, b T), both do, and int (the second's default) then fails to
        // match float64 (the first's). Later releases skip parameters inferred in this loop.
        List<Integer> unknown = new ArrayList<>();
        for (int i : untyped) {
            if (u.inferred.get((TypeParam) params.get(i)) == null) unknown.add(i);
        }
        for (int i : unknown) {
            TypeParam tp = (TypeParam) params.get(i);
            Operand a = args.get(i);
            Type d = Types.defaultType(a.type);
            if (Types.isTyped(d) && !u.unify(tp, d)) {
                mismatch("default type", tp, d, a, u);
                return null;
            }
        }
        if (!constraintInference(pos, tps, u)) return null;
        List<Type> targs = resolve(tps, u);
        for (int i = 0; i < tps.size(); i++) {
            if (targs.get(i) == null) {
                TypeParam tp = tps.get(i);
                c.error(pos, "cannot infer " + tp.obj.name + " (" + tp.obj.pos + ")");
                return null;
            }
        }
        return targs;
    }

    /** gc's texts: with the type par stands for so far, or saying nothing could be inferred. */
    private void mismatch(String kind, Type par, Type arg, Operand a, Unifier u) {
        String head = kind + " " + c.str(arg) + " of " + ExprString.of(a.expr) + " does not match ";
        List<TypeParam> tps = u.typeParams();
        List<Type> targs = resolve(tps, u);
        if (!tps.isEmpty() && targs.stream().allMatch(t -> t == null)) {
            c.errorOp(a, head + c.str(par) + " (cannot infer " + names(tps) + ")");
            return;
        }
        Map<TypeParam, Type> known = new IdentityHashMap<>();
        for (int i = 0; i < tps.size(); i++) if (targs.get(i) != null) known.put(tps.get(i), targs.get(i));
        Type inferred = new Subst(known).type(par);
        c.errorOp(a, head + (inferred != par ? "inferred type " + c.str(inferred) + " for " : "") + c.str(par));
    }

    /** Type parameter names as gc lists them: "T", "T and U", "T, U, and V". */
    private static String names(List<TypeParam> tps) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < tps.size(); i++) {
            if (i > 0) sb.append(tps.size() == 2 ? " and " : i == tps.size() - 1 ? ", and " : ", ");
            sb.append(tps.get(i).obj.name);
        }
        return sb.toString();
    }

    /** Unifies each type parameter (or its inferred type) with the core type of its constraint. */
    private boolean constraintInference(Pos pos, List<TypeParam> tps, Unifier u) {
        boolean progress = true;
        while (progress) {
            progress = false;
            for (TypeParam tp : tps) {
                CoreTerm core = coreTerm(tp);
                if (core == null) continue;
                Type tx = u.inferred.get(tp);
                if (tx != null) {
                    if (core.tilde && !(tx instanceof TypeParam)) tx = Types.under(tx);
                    int before = known(u, tps);
                    if (!u.unify(tx, core.type)) {
                        c.error(pos, tp.obj.name + " does not match " + (core.tilde ? "~" : "") + c.str(core.type));
                        return false;
                    }
                    progress |= known(u, tps) > before;
                } else if (core.single && !core.tilde) {
                    u.inferred.put(tp, core.type);
                    progress = true;
                }
            }
        }
        return true;
    }

    private static int known(Unifier u, List<TypeParam> tps) {
        int n = 0;
        for (TypeParam tp : tps) if (u.inferred.get(tp) != null) n++;
        return n;
    }

    private record CoreTerm(Type type, boolean tilde, boolean single) {}

    /** The constraint's single specific term, or else its core type (with tilde if any term has one). */
    private static CoreTerm coreTerm(TypeParam tp) {
        List<Union.Term> terms = tp.iface().typeSet().terms;
        if (terms == null || terms.isEmpty()) return null;
        if (terms.size() == 1) return new CoreTerm(terms.get(0).type(), terms.get(0).tilde(), true);
        Type core = Types.coreType(tp);
        if (core == null) return null;
        boolean tilde = false;
        for (Union.Term t : terms) tilde |= t.tilde();
        return new CoreTerm(core, tilde, false);
    }

    /**
     * The inferred types with the bound type parameters they mention replaced, repeatedly; a
     * type that still mentions one (a cycle, or nothing known) is null.
     */
    private static List<Type> resolve(List<TypeParam> tps, Unifier u) {
        List<Type> types = new ArrayList<>();
        for (TypeParam tp : tps) types.add(u.inferred.get(tp));
        for (int round = 0; round <= tps.size() + 1; round++) {
            Map<TypeParam, Type> m = new IdentityHashMap<>();
            for (int i = 0; i < tps.size(); i++) {
                if (types.get(i) != null && types.get(i) != tps.get(i)) m.put(tps.get(i), types.get(i));
            }
            Subst s = new Subst(m);
            boolean changed = false;
            for (int i = 0; i < types.size(); i++) {
                Type t = types.get(i);
                if (t == null) continue;
                Type t1 = s.type(t);
                if (t1 != t) {
                    types.set(i, t1);
                    changed = true;
                }
            }
            if (!changed) break;
        }
        for (int i = 0; i < types.size(); i++) {
            Type t = types.get(i);
            if (t != null && t != tps.get(i) && mentions(u, t)) types.set(i, null);
        }
        return types;
    }

    /** Whether t mentions a type parameter bound by u. */
    private static boolean mentions(Unifier u, Type t) {
        return mentions(u, t, 0);
    }

    private static boolean mentions(Unifier u, Type t, int depth) {
        if (t == null || depth > 30) return false;
        if (t instanceof TypeParam) return u.isBound(t);
        if (t instanceof Pointer p) return mentions(u, p.elem(), depth + 1);
        if (t instanceof Slice s) return mentions(u, s.elem(), depth + 1);
        if (t instanceof Array a) return mentions(u, a.elem(), depth + 1);
        if (t instanceof MapType m) return mentions(u, m.key(), depth + 1) || mentions(u, m.elem(), depth + 1);
        if (t instanceof Chan ch) return mentions(u, ch.elem(), depth + 1);
        if (t instanceof Named n) {
            for (Type a : n.typeArgs) if (mentions(u, a, depth + 1)) return true;
            return false;
        }
        if (t instanceof Signature s) return mentions(u, s.params(), depth + 1) || mentions(u, s.results(), depth + 1);
        if (t instanceof Tuple tu) {
            for (Var v : tu.vars()) if (mentions(u, v.type, depth + 1)) return true;
            return false;
        }
        if (t instanceof Struct st) {
            for (Var v : st.fields()) if (mentions(u, v.type, depth + 1)) return true;
            return false;
        }
        if (t instanceof Interface i) {
            for (Func m : i.allMethods()) if (mentions(u, m.type, depth + 1)) return true;
            List<Union.Term> terms = i.typeSet().terms;
            if (terms != null) for (Union.Term term : terms) if (mentions(u, term.type(), depth + 1)) return true;
        }
        return false;
    }

    Signature instantiate(Expr fun, Signature sig, List<Type> targs) {
        Subst s = new Subst(sig.typeParams(), targs);
        for (int i = 0; i < targs.size(); i++) {
            TypeParam tp = sig.typeParams().get(i);
            Type bound = s.type(tp.bound());
            if (bound != null && bound.underlying() instanceof Interface bi) {
                String cause = new Lookup(c).implementsCause(targs.get(i), bound, bi);
                if (cause != null) {
                    c.errorAt(fun, cause);
                    return null;
                }
            }
        }
        c.mono.recordInstance(fun.pos(), sig.typeParams(), targs, List.of());
        Signature r = (Signature) s.type(new Signature(null, List.of(), List.of(), sig.params(), sig.results(), sig.variadic()));
        Expr f = Expr.unparen(fun);
        if (f instanceof Expr.Index ix) f = ix.x();
        if (f instanceof Expr.Selector sel) f = sel.sel();
        if (f instanceof Expr.Ident id) c.info.instances.put(id, new Instance(List.copyOf(targs), r));
        return r;
    }
}
