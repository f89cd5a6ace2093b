package gojc.types;


import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts of one generic function body with its type parameters replaced by type arguments,
 * for the code generator's monomorphization: a copy of the package's {@link Info} whose types,
 * variables and function objects are substituted, and the function with its instantiated
 * signature. Type parameters never reach the IR.
 */
public final class Instantiation {
    private final Subst subst;
    private final Map<Obj, Obj> objs = new IdentityHashMap<>();
    public final Info info = new Info();
    public final Func func;

    /** Instantiates generic function (or method of a generic type) {@code f} with {@code args}. */
    public Instantiation(Info src, Func f, List<Type> args) {
        Signature sig = f.signature();
        List<TypeParam> tps = sig.typeParams().isEmpty() ? sig.recvTypeParams() : sig.typeParams();
        this.subst = new Subst(tps, args);
        for (var e : src.types.entrySet()) {
            TypeAndValue tv = e.getValue();
            // a function literal's signature holds its parameters: the same copies as defs
            Type t = e.getKey() instanceof gojc.syntax.Expr.FuncLit && tv.type() instanceof Signature ls
                    ? instSignature(ls) : subst.type(tv.type());
            info.types.put(e.getKey(), t == tv.type() ? tv : new TypeAndValue(tv.mode(), t, tv.value()));
        }
        for (var e : src.defs.entrySet()) info.defs.put(e.getKey(), obj(e.getValue()));
        for (var e : src.uses.entrySet()) info.uses.put(e.getKey(), obj(e.getValue()));
        for (var e : src.implicits.entrySet()) info.implicits.put(e.getKey(), obj(e.getValue()));
        for (var e : src.selections.entrySet()) {
            Selection s = e.getValue();
            Type recv = subst.type(s.recv());
            if (s.obj() instanceof Func m && viaTypeParam(s.recv()) && !(recv.underlying() instanceof Interface)) {
                // a method of the constraint: the type argument's own method of that name
                Lookup.Result r = Lookup.lookupFieldOrMethod(recv, true, m.pkg, m.name);
                if (r.obj() != null) {
                    info.selections.put(e.getKey(), new Selection(s.kind(), recv, r.obj(), r.index(), r.indirect()));
                    continue;
                }
            }
            info.selections.put(e.getKey(), new Selection(s.kind(), recv, obj(s.obj()), s.index(), s.indirect()));
        }
        info.scopes.putAll(src.scopes);
        for (var e : src.instances.entrySet()) {
            Instance in = e.getValue();
            List<Type> targs = new ArrayList<>();
            for (Type a : in.typeArgs()) targs.add(subst.type(a));
            info.instances.put(e.getKey(), new Instance(targs, subst.type(in.type())));
        }
        for (var e : src.types.entrySet()) {
            if (e.getKey() instanceof gojc.syntax.Expr.Call call && e.getValue().value() != null) unsafeSize(src, call);
        }
        Func nf = new Func(f.pos, f.pkg, f.name, instSignature(sig));
        nf.decl = f.decl;
        nf.usesRecover = f.usesRecover;
        nf.origin = f;
        this.func = nf;
    }

    /**
     * unsafe.Sizeof, Alignof and Offsetof of an operand whose type mentions type parameters are
     * not constant in Go; the checker folded them for the generic body, so the instance gets
     * them computed again for its type arguments.
     */
    private void unsafeSize(Info src, gojc.syntax.Expr.Call call) {
        gojc.syntax.Expr fun = gojc.syntax.Expr.unparen(call.fun());
        gojc.syntax.Expr.Ident id = fun instanceof gojc.syntax.Expr.Selector sel ? sel.sel()
                : fun instanceof gojc.syntax.Expr.Ident i ? i : null;
        if (id == null || !(src.uses.get(id) instanceof Builtin b) || call.args().size() != 1) return;
        gojc.syntax.Expr arg = gojc.syntax.Expr.unparen(call.args().get(0));
        long v;
        if (b.id == Builtin.Id.SIZEOF || b.id == Builtin.Id.ALIGNOF) {
            TypeAndValue at = src.types.get(arg);
            if (at == null || !hasTypeParams(at.type())) return;
            Type t = subst.type(at.type());
            v = b.id == Builtin.Id.SIZEOF ? Sizes.sizeof(t) : Sizes.alignof(t);
        } else if (b.id == Builtin.Id.OFFSETOF && arg instanceof gojc.syntax.Expr.Selector sel) {
            Selection s = src.selections.get(sel);
            if (s == null || !hasTypeParams(s.recv())) return;
            Type t = subst.type(s.recv());
            v = 0;
            for (int k = 0; k < s.index().size(); k++) {
                Type u = Types.under(t);
                if (u instanceof Pointer p) u = Types.under(p.elem());
                Struct st = (Struct) u;
                int fi = s.index().get(k);
                v += Sizes.offsetsof(st)[fi];
                t = st.fields().get(fi).type();
            }
        } else {
            return;
        }
        TypeAndValue tv = info.types.get(call);
        info.types.put(call, new TypeAndValue(tv.mode(), tv.type(), ConstOps.ofLong(v)));
    }

    private static boolean viaTypeParam(Type t) {
        return t instanceof TypeParam || (t instanceof Pointer p && p.elem() instanceof TypeParam);
    }

    public Type type(Type t) {
        return subst.type(t);
    }

    private Signature instSignature(Signature sig) {
        Var recv = sig.recv() == null ? null : (Var) obj(sig.recv());
        return new Signature(recv, List.of(), List.of(), tuple(sig.params()), tuple(sig.results()), sig.variadic());
    }

    private Tuple tuple(Tuple t) {
        List<Var> vs = new ArrayList<>();
        for (Var v : t.vars()) vs.add((Var) obj(v));
        return new Tuple(vs);
    }

    /** The substituted copy of a variable or function whose type mentions type parameters. */
    private Obj obj(Obj o) {
        if (o == null) return null;
        Obj done = objs.get(o);
        if (done != null) return done;
        Obj r = o;
        if (o instanceof Var v && v.kind != Var.Kind.PACKAGE) {
            Type t = subst.type(v.type);
            Var nv = new Var(v.pos, v.pkg, v.name, t, v.kind, v.embedded);
            nv.used = v.used;
            nv.addressTaken = v.addressTaken;
            nv.captured = v.captured;
            nv.owner = v.owner;
            r = nv;
        } else if (o instanceof Func fn && fn.type instanceof Signature sig && fn.signature().typeParams().isEmpty()) {
            Type t = subst.type(sig);
            Var recv = sig.recv();
            Type rt = recv == null ? null : subst.type(recv.type);
            if (t != sig || (recv != null && rt != recv.type)) {
                Signature ns = (Signature) t;
                Var nr = recv == null ? null : new Var(recv.pos, recv.pkg, recv.name, rt, recv.kind, false);
                Func nf = new Func(fn.pos, fn.pkg, fn.name, new Signature(nr, ns.typeParams(), ns.recvTypeParams(), ns.params(), ns.results(), ns.variadic()));
                nf.decl = fn.decl;
                nf.usesRecover = fn.usesRecover;
                nf.origin = fn.origin();
                r = nf;
            }
        }
        objs.put(o, r);
        return r;
    }

    /** Whether t mentions a type parameter (a generic body's types before instantiation). */
    public static boolean hasTypeParams(Type t) {
        return mentions(t, 0);
    }

    private static boolean mentions(Type t, int depth) {
        if (t == null || depth > 20) return false;
        if (t instanceof TypeParam) return true;
        if (t instanceof Pointer p) return mentions(p.elem(), depth + 1);
        if (t instanceof Slice s) return mentions(s.elem(), depth + 1);
        if (t instanceof Array a) return mentions(a.elem(), depth + 1);
        if (t instanceof MapType m) return mentions(m.key(), depth + 1) || mentions(m.elem(), depth + 1);
        if (t instanceof Chan c) return mentions(c.elem(), depth + 1);
        if (t instanceof Named n) {
            for (Type a : n.typeArgs) if (mentions(a, depth + 1)) return true;
            return false;
        }
        if (t instanceof Signature s) return mentions(s.params(), depth + 1) || mentions(s.results(), depth + 1);
        if (t instanceof Tuple tu) {
            for (Var v : tu.vars()) if (mentions(v.type, depth + 1)) return true;
            return false;
        }
        if (t instanceof Struct st) {
            for (Var v : st.fields()) if (mentions(v.type, depth + 1)) return true;
        }
        return false;
    }
}
