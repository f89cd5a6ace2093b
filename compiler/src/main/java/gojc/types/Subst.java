package gojc.types;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Replaces type parameters by type arguments throughout a type. */
final class Subst {
    private final Map<TypeParam, Type> map = new IdentityHashMap<>();

    Subst(List<TypeParam> params, List<Type> args) {
        for (int i = 0; i < params.size() && i < args.size(); i++) {
            map.put(params.get(i), args.get(i));
        }
    }

    Subst(Map<TypeParam, Type> m) {
        map.putAll(m);
    }

    boolean isEmpty() {
        return map.isEmpty();
    }

    Type type(Type t) {
        if (map.isEmpty() || t == null) return t;
        if (t instanceof TypeParam tp) return map.getOrDefault(tp, tp);
        if (t instanceof Basic) return t;
        if (t instanceof Pointer p) {
            Type e = type(p.elem());
            return e == p.elem() ? t : new Pointer(e);
        }
        if (t instanceof Slice s) {
            Type e = type(s.elem());
            return e == s.elem() ? t : new Slice(e);
        }
        if (t instanceof Array a) {
            Type e = type(a.elem());
            return e == a.elem() ? t : new Array(a.len(), e);
        }
        if (t instanceof MapType m) {
            Type k = type(m.key()), e = type(m.elem());
            return k == m.key() && e == m.elem() ? t : new MapType(k, e);
        }
        if (t instanceof Chan c) {
            Type e = type(c.elem());
            return e == c.elem() ? t : new Chan(c.dir(), e);
        }
        if (t instanceof Struct s) {
            List<Var> fs = vars(s.fields());
            return fs == s.fields() ? t : new Struct(fs, s.tags());
        }
        if (t instanceof Tuple tu) {
            List<Var> vs = vars(tu.vars());
            return vs == tu.vars() ? t : new Tuple(vs);
        }
        if (t instanceof Signature sig) {
            Tuple p = (Tuple) type(sig.params()), r = (Tuple) type(sig.results());
            if (p == sig.params() && r == sig.results()) return t;
            return new Signature(sig.recv(), sig.typeParams(), sig.recvTypeParams(), p, r, sig.variadic());
        }
        if (t instanceof Union u) {
            List<Union.Term> ts = new ArrayList<>();
            boolean changed = false;
            for (Union.Term term : u.terms()) {
                Type x = type(term.type());
                changed |= x != term.type();
                ts.add(new Union.Term(term.tilde(), x));
            }
            return changed ? new Union(ts) : t;
        }
        if (t instanceof Interface i) {
            boolean changed = false;
            List<Func> ms = new ArrayList<>();
            for (Func m : i.methods) {
                Type st = type(m.type);
                if (st != m.type) {
                    changed = true;
                    Func f = new Func(m.pos, m.pkg, m.name, (Signature) st);
                    f.origin = m.origin();
                    ms.add(f);
                } else {
                    ms.add(m);
                }
            }
            List<Type> es = new ArrayList<>();
            for (Type e : i.embeddeds) {
                Type x = type(e);
                changed |= x != e;
                es.add(x);
            }
            if (!changed) return t;
            Interface ni = new Interface(ms, es);
            ni.implicit = i.implicit;
            return ni;
        }
        if (t instanceof Named n) {
            if (n.typeArgs.isEmpty()) return t;
            List<Type> args = new ArrayList<>();
            boolean changed = false;
            for (Type a : n.typeArgs) {
                Type x = type(a);
                changed |= x != a;
                args.add(x);
            }
            return changed ? Instances.instantiate(n.origin(), args) : t;
        }
        return t;
    }

    private List<Var> vars(List<Var> vs) {
        List<Var> r = null;
        for (int i = 0; i < vs.size(); i++) {
            Var v = vs.get(i);
            Type x = type(v.type);
            if (x != v.type && r == null) {
                r = new ArrayList<>(vs.subList(0, i));
            }
            if (r != null) {
                r.add(x == v.type ? v : new Var(v.pos, v.pkg, v.name, x, v.kind, v.embedded));
            }
        }
        return r == null ? vs : r;
    }

    /** A method's signature for an instance receiver: its receiver type parameters substituted. */
    Type signatureOfMethod(Signature sig, List<TypeParam> recvTypeParams) {
        Subst s = this;
        if (!recvTypeParams.isEmpty()) {
            // The method's own receiver type parameters are renamed copies of the type's.
            List<Type> args = new ArrayList<>();
            for (TypeParam tp : recvTypeParams) args.add(map.getOrDefault(keyByIndex(tp.index), tp));
            s = new Subst(recvTypeParams, args);
        }
        Signature r = (Signature) s.type(sig);
        Var recv = sig.recv();
        if (recv != null) {
            recv = new Var(recv.pos, recv.pkg, recv.name, s.type(recv.type), recv.kind, false);
        }
        return new Signature(recv, r.typeParams(), List.of(), r.params(), r.results(), r.variadic());
    }

    private TypeParam keyByIndex(int index) {
        for (TypeParam tp : map.keySet()) {
            if (tp.index == index) return tp;
        }
        return null;
    }
}
