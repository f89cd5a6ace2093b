package gojc.types;

import gojc.syntax.Expr;

import java.util.ArrayList;
import java.util.List;

/** Calls, conversions and selectors. Builtins are in {@link Builtins}. */
final class Calls {
    private final Checker c;

    Calls(Checker c) {
        this.c = c;
    }

    void call(Operand x, Expr.Call call, Scope scope) {
        boolean saved = c.exprs.genericCallee;
        Expr savedCallee = c.exprs.callee;
        c.exprs.genericCallee = true;
        c.exprs.callee = call.fun();
        try {
            c.exprs.exprOrType(x, call.fun(), scope, true);
        } finally {
            c.exprs.genericCallee = saved;
            c.exprs.callee = savedCallee;
        }
        List<Type> explicit = c.exprs.partialTypeArgs.remove(call.fun());
        x.expr = call;
        switch (x.mode) {
            case INVALID:
                for (Expr a : call.args()) {
                    Operand y = new Operand();
                    c.exprs.multiExpr(y, a, scope);
                }
                return;
            case TYPEXPR: {
                Type t = x.type;
                x.invalidate();
                if (call.args().size() != 1) {
                    if (call.args().isEmpty()) {
                        c.error(call.rparen(), "missing argument in conversion to " + c.str(t));
                    } else {
                        c.errorAt(call.args().get(1), "too many arguments in conversion to " + c.str(t));
                    }
                    return;
                }
                if (call.hasDots()) {
                    c.errorAt(call.args().get(0), "invalid use of ... in conversion to " + c.str(t));
                    return;
                }
                c.exprs.exprWithHint(x, call.args().get(0), scope, t);
                if (x.invalid()) return;
                new Conversions(c).conversion(x, t);
                x.expr = call;
                return;
            }
            case BUILTIN:
                new Builtins(c).call(x, call, x.builtin, scope);
                x.expr = call;
                return;
            default:
                break;
        }
        Type core = Types.coreType(x.type);
        if (!(core instanceof Signature sig)) {
            c.errorOp(x, "invalid operation: cannot call non-function " + c.str(withExpr(x, call.fun())));
            x.invalidate();
            x.expr = call;
            return;
        }
        List<Operand> args = arguments(call, scope);
        if (!sig.typeParams().isEmpty()) {
            sig = new Infer(c).inferCall(call, sig, explicit == null ? List.of() : explicit, args);
            if (sig == null) {
                x.invalidate();
                return;
            }
            c.info.types.put(call.fun(), new TypeAndValue(Mode.VALUE, sig, null));
        }
        checkArgs(call, sig, args, x);
        if (sig.results().size() == 0) {
            x.set(Mode.NOVALUE, sig.results());
        } else if (sig.results().size() == 1) {
            x.set(Mode.VALUE, sig.results().at(0));
        } else {
            x.set(Mode.VALUE, sig.results());
        }
        x.expr = call;
        // calls of recover in a function body are noted for the code generator
    }

    private Operand withExpr(Operand x, Expr e) {
        Operand y = new Operand();
        y.copyFrom(x);
        y.expr = e;
        return y;
    }

    /** Evaluates call arguments; a single multi-value call is spread into its results. */
    List<Operand> arguments(Expr.Call call, Scope scope) {
        List<Operand> args = new ArrayList<>();
        if (call.args().size() == 1 && !call.hasDots()) {
            Operand y = new Operand();
            c.exprs.multiExpr(y, call.args().get(0), scope);
            if (y.mode == Mode.VALUE && y.type instanceof Tuple t) {
                for (int i = 0; i < t.size(); i++) {
                    Operand z = new Operand();
                    z.set(Mode.VALUE, t.at(i));
                    z.expr = call.args().get(0);
                    args.add(z);
                }
                if (t.size() == 0) args.add(y);
                return args;
            }
            if (y.mode == Mode.COMMAOK) y.mode = Mode.VALUE;
            args.add(y);
            return args;
        }
        for (Expr a : call.args()) {
            Operand y = new Operand();
            c.exprs.expr(y, a, scope);
            if (y.mode == Mode.COMMAOK) y.mode = Mode.VALUE;
            args.add(y);
        }
        return args;
    }

    void checkArgs(Expr.Call call, Signature sig, List<Operand> args, Operand fn) {
        for (Operand a : args) if (a.invalid()) return;
        int np = sig.params().size();
        int na = args.size();
        boolean spread = call.args().size() == 1 && na > 1;
        String fname = ExprString.of(call.fun());
        if (call.hasDots()) {
            if (!sig.variadic()) {
                c.errorAt(call.args().get(call.args().size() - 1), "cannot use ... in call to non-variadic " + fname);
                return;
            }
            if (na != np) {
                countError(call, sig, args, na < np);
                return;
            }
            for (int i = 0; i < na; i++) {
                c.exprs.assignment(args.get(i), sig.params().at(i), "argument to " + fname);
            }
            return;
        }
        if (sig.variadic()) {
            if (na < np - 1) {
                countError(call, sig, args, true);
                return;
            }
            Type last = ((Slice) sig.params().at(np - 1)).elem();
            for (int i = 0; i < na; i++) {
                Type pt = i < np - 1 ? sig.params().at(i) : last;
                c.exprs.assignment(args.get(i), pt, "argument to " + fname);
            }
            return;
        }
        if (na != np) {
            countError(call, sig, args, na < np);
            return;
        }
        for (int i = 0; i < na; i++) {
            c.exprs.assignment(args.get(i), sig.params().at(i), "argument to " + fname);
        }
    }

    /** types2's typesSummary: untyped numeric kinds print as "number". */
    String summary(List<Operand> args) {
        List<Type> ts = new ArrayList<>();
        for (Operand a : args) ts.add(a.type);
        return typesSummary(ts, false);
    }

    /** types2's typesSummary: untyped numbers print as "number", invalid types as "<T>". */
    String typesSummary(List<Type> ts, boolean variadic) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < ts.size(); i++) {
            if (i > 0) sb.append(", ");
            Type t = ts.get(i);
            if (t == null || Types.isInvalid(t)) {
                sb.append("<T>");
            } else if (Types.isUntyped(t)) {
                sb.append(Types.isNumeric(t) ? "number" : ((Basic) t).name.replace("untyped ", ""));
            } else if (variadic && i == ts.size() - 1 && t instanceof Slice sl) {
                sb.append("...").append(c.str(sl.elem()));
            } else {
                sb.append(c.str(t));
            }
        }
        return sb.append(')').toString();
    }

    void countError(Expr.Call call, Signature sig, List<Operand> args, boolean notEnough) {
        String have = summary(args);
        List<Type> ps = new ArrayList<>();
        for (Var v : sig.params().vars()) ps.add(v.type);
        String w = typesSummary(ps, sig.variadic());
        String msg = (notEnough ? "not enough" : "too many") + " arguments in call to " + ExprString.of(call.fun())
                + "\n\thave " + have + "\n\twant " + w;
        if (!notEnough) c.errorOp(args.get(sig.params().size()), msg);
        else if (!args.isEmpty()) c.errorOp(args.get(args.size() - 1), msg);
        else c.errorAt(call, msg);
    }

    // ---- selectors ----

    void selector(Operand x, Expr.Selector e, Scope scope) {
        String sel = e.sel().name();
        if (e.x() instanceof Expr.Ident id) {
            Obj o = c.lookup(scope, id);
            if (o instanceof PkgName pn) {
                c.info.uses.put(id, pn);
                pn.used = true;
                Obj exp = pn.imported.scope.lookup(sel);
                if (exp == null || exp instanceof Builtin && pn.imported != Universe.UNSAFE || !exp.exported()) {
                    c.errorAt(e.sel(), "undefined: " + pn.imported.name() + "." + sel);
                    x.invalidate();
                    return;
                }
                if (!exp.exported()) {
                    c.errorAt(e.sel(), "name " + sel + " not exported by package " + pn.imported.name());
                }
                c.info.uses.put(e.sel(), exp);
                if (exp instanceof Const k) {
                    x.set(Mode.CONSTANT, k.type);
                    x.val = k.value;
                } else if (exp instanceof TypeName) {
                    x.set(Mode.TYPEXPR, exp.type);
                } else if (exp instanceof Var) {
                    x.set(Mode.VARIABLE, exp.type);
                } else if (exp instanceof Func) {
                    x.set(Mode.VALUE, exp.type);
                } else if (exp instanceof Builtin b) {
                    x.set(Mode.BUILTIN, Universe.INVALID);
                    x.builtin = b.id;
                }
                x.expr = e;
                return;
            }
        }
        c.exprs.exprOrType(x, e.x(), scope, false);
        if (x.invalid()) return;
        boolean addressable = x.mode == Mode.VARIABLE;
        Lookup.Result r = Lookup.lookupFieldOrMethod(x.type, addressable, c.pkg, sel);
        if (r.obj() == null) {
            if (Types.isInvalid(Types.under(x.type))) {
                x.invalidate();
                return;
            }
            String why;
            if (r.ambiguous()) {
                why = "ambiguous selector " + ExprString.of(e);
                c.errorAt(e.sel(), why);
            } else {
                String what = x.mode == Mode.TYPEXPR ? "type " + c.str(x.type) + " has no method " + sel
                        : "type " + c.str(x.type) + " has no field or method " + sel;
                if (x.type instanceof Pointer p && Types.under(p.elem()) instanceof Interface) {
                    what = "type " + c.str(x.type) + " is pointer to interface, not interface";
                } else {
                    Lookup.Result alt = Lookup.lookupFieldOrMethod(x.type, addressable, c.pkg, otherCase(sel));
                    if (alt.obj() != null && !alt.obj().name.equals(sel)) {
                        what += ", but does have " + alt.obj().name;
                    }
                }
                c.errorAt(e.sel(), ExprString.of(e) + " undefined (" + what + ")");
            }
            x.invalidate();
            return;
        }
        Obj obj = r.obj();
        if (obj instanceof Func pm && Lookup.ptrRecv(pm) && !r.indirect() && !(x.type instanceof Pointer)
                && !(Types.under(x.type) instanceof Interface) && x.mode != Mode.VARIABLE) {
            // not in the method set of a non-addressable value (or of the type, for T.m)
            c.errorAt(e.sel(), "cannot call pointer method " + sel + " on " + c.str(x.type));
            x.invalidate();
            return;
        }
        c.info.uses.put(e.sel(), obj);
        if (obj instanceof Func mf) c.dependOn(mf.origin());
        if (x.mode == Mode.TYPEXPR) {
            // method expression T.m
            if (!(obj instanceof Func m)) {
                c.errorAt(e.sel(), ExprString.of(e) + " undefined (type " + c.str(x.type) + " has no method " + sel + ")");
                x.invalidate();
                return;
            }
            if (Lookup.ptrRecv(m) && !(x.type instanceof Pointer) && !r.indirect()
                    && !(Types.under(x.type) instanceof Interface)) {
                c.errorAt(e, "invalid method expression " + ExprString.of(e) + " (needs pointer receiver (*"
                        + c.str(x.type) + ")." + sel + ")");
                x.invalidate();
                return;
            }
            Signature s = (Signature) m.type;
            List<Var> params = new ArrayList<>();
            params.add(new Var(e.pos(), c.pkg, "", x.type, Var.Kind.PARAM, false));
            params.addAll(s.params().vars());
            c.info.selections.put(e, new Selection(Selection.Kind.METHOD_EXPR, x.type, obj, r.index(), r.indirect()));
            x.set(Mode.VALUE, new Signature(null, List.of(), List.of(), new Tuple(params), s.results(), s.variadic()));
            x.expr = e;
            return;
        }
        if (obj instanceof Var f) {
            c.info.selections.put(e, new Selection(Selection.Kind.FIELD_VAL, x.type, obj, r.index(), r.indirect()));
            if (x.mode == Mode.VARIABLE || r.indirect()) x.mode = Mode.VARIABLE;
            else x.mode = Mode.VALUE;
            x.type = f.type;
        } else {
            Func m = (Func) obj;
            if (Lookup.ptrRecv(m) && !r.indirect() && !(x.type instanceof Pointer)
                    && !(Types.under(x.type) instanceof Interface)) {
                c.exprs.markAddressTaken(e.x());
            }
            c.info.selections.put(e, new Selection(Selection.Kind.METHOD_VAL, x.type, obj, r.index(), r.indirect()));
            Signature s = (Signature) m.type;
            x.set(Mode.VALUE, new Signature(null, s.typeParams(), List.of(), s.params(), s.results(), s.variadic()));
        }
        x.expr = e;
    }

    private static String otherCase(String n) {
        if (n.isEmpty()) return n;
        char ch = n.charAt(0);
        return (Character.isUpperCase(ch) ? Character.toLowerCase(ch) : Character.toUpperCase(ch)) + n.substring(1);
    }
}
