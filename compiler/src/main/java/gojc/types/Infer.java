package gojc.types;

import gojc.syntax.Expr;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Type argument inference from function arguments (typed arguments first, then defaults). */
final class Infer {
    private final Checker c;

    Infer(Checker c) {
        this.c = c;
    }

    /** The instantiated signature of a generic call, or null after reporting an error. */
    Signature inferCall(Expr.Call call, Signature sig, List<Operand> args) {
        Map<TypeParam, Type> m = new IdentityHashMap<>();
        int np = sig.params().size();
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < args.size(); i++) {
                Type pt;
                if (sig.variadic() && i >= np - 1) pt = ((Slice) sig.params().at(np - 1)).elem();
                else if (i < np) pt = sig.params().at(i);
                else break;
                Operand a = args.get(i);
                if (a.invalid()) return null;
                boolean untyped = Types.isUntyped(a.type);
                if (pass == 0 && !untyped) unify(pt, a.type, m);
                if (pass == 1 && untyped && pt instanceof TypeParam tp && !m.containsKey(tp) && !a.isNil()) {
                    m.put(tp, Types.defaultType(a.type));
                }
            }
        }
        // core types of constraints
        for (TypeParam tp : sig.typeParams()) {
            if (!m.containsKey(tp)) {
                Type core = Types.coreType(tp);
                List<Union.Term> terms = tp.iface().typeSet().terms;
                if (core != null && terms != null && terms.size() == 1 && !terms.get(0).tilde()) m.put(tp, terms.get(0).type());
            }
        }
        List<Type> targs = new ArrayList<>();
        for (TypeParam tp : sig.typeParams()) {
            Type t = m.get(tp);
            if (t == null) {
                c.error(call.rparen(), "cannot infer " + tp.obj.name + " (" + tp.obj.pos + ")");
                return null;
            }
            targs.add(t);
        }
        return instantiate(call.fun(), sig, targs);
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
        Signature r = (Signature) s.type(new Signature(null, List.of(), List.of(), sig.params(), sig.results(), sig.variadic()));
        Expr f = Expr.unparen(fun);
        if (f instanceof Expr.Index ix) f = ix.x();
        if (f instanceof Expr.Selector sel) f = sel.sel();
        if (f instanceof Expr.Ident id) c.info.instances.put(id, new Instance(List.copyOf(targs), r));
        return r;
    }

    private void unify(Type p, Type a, Map<TypeParam, Type> m) {
        if (p instanceof TypeParam tp) {
            if (!m.containsKey(tp)) m.put(tp, a);
            return;
        }
        if (p instanceof Named pn && a instanceof Named an && pn.origin() == an.origin()) {
            for (int i = 0; i < pn.typeArgs.size() && i < an.typeArgs.size(); i++) unify(pn.typeArgs.get(i), an.typeArgs.get(i), m);
            return;
        }
        Type au = a instanceof Named && !(p instanceof Named) ? a.underlying() : a;
        if (p instanceof Pointer x && au instanceof Pointer y) unify(x.elem(), y.elem(), m);
        else if (p instanceof Slice x && au instanceof Slice y) unify(x.elem(), y.elem(), m);
        else if (p instanceof Array x && au instanceof Array y) unify(x.elem(), y.elem(), m);
        else if (p instanceof MapType x && au instanceof MapType y) {
            unify(x.key(), y.key(), m);
            unify(x.elem(), y.elem(), m);
        } else if (p instanceof Chan x && au instanceof Chan y) unify(x.elem(), y.elem(), m);
        else if (p instanceof Signature x && au instanceof Signature y) {
            for (int i = 0; i < x.params().size() && i < y.params().size(); i++) unify(x.params().at(i), y.params().at(i), m);
            for (int i = 0; i < x.results().size() && i < y.results().size(); i++) unify(x.results().at(i), y.results().at(i), m);
        }
    }
}
