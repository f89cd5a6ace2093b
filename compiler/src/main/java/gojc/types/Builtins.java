package gojc.types;

import gojc.syntax.Expr;

import java.util.ArrayList;
import java.util.List;

/** Calls of the predeclared functions and of package unsafe's. */
final class Builtins {
    private final Checker c;

    Builtins(Checker c) {
        this.c = c;
    }

    private String name(Builtin.Id id) {
        return switch (id) {
            case ADD -> "unsafe.Add";
            case ALIGNOF -> "unsafe.Alignof";
            case OFFSETOF -> "unsafe.Offsetof";
            case SIZEOF -> "unsafe.Sizeof";
            case SLICE -> "unsafe.Slice";
            default -> id.name().toLowerCase();
        };
    }

    /** Evaluates arguments of a call already in error, so that their variables count as used. */
    private void useArgs(List<Expr> args, Scope scope) {
        for (Expr a : args) {
            Operand y = new Operand();
            c.exprs.exprOrType(y, a, scope, true);
        }
    }

    void call(Operand x, Expr.Call call, Builtin.Id id, Scope scope) {
        List<Expr> argExprs = call.args();
        String bname = name(id);
        if (call.hasDots() && id != Builtin.Id.APPEND) {
            c.errorAt(call, "invalid operation: invalid use of ... with built-in " + bname);
            useArgs(argExprs, scope);
            x.invalidate();
            return;
        }
        // make and new take a type first
        if (id == Builtin.Id.MAKE || id == Builtin.Id.NEW) {
            if (argExprs.isEmpty()) {
                c.errorAt(call, "invalid operation: not enough arguments for " + ExprString.of(call) + " (expected 1, found 0)");
                x.invalidate();
                return;
            }
            Type t = c.typexprs.typ(argExprs.get(0), scope);
            if (Types.isInvalid(t)) {
                x.invalidate();
                return;
            }
            if (id == Builtin.Id.NEW) {
                if (argExprs.size() > 1) {
                    c.errorAt(argExprs.get(1), "too many arguments for " + ExprString.of(call) + " (expected 1, found " + argExprs.size() + ")");
                }
                x.set(Mode.VALUE, new Pointer(t));
                return;
            }
            Type core = Types.coreType(t);
            int min = 1;
            if (core instanceof Slice) min = 2;
            else if (!(core instanceof MapType || core instanceof Chan)) {
                c.errorAt(argExprs.get(0), "invalid argument: cannot make " + ExprString.of(argExprs.get(0)) + "; type must be slice, map, or channel");
                x.invalidate();
                return;
            }
            if (argExprs.size() < min || argExprs.size() > min + 1 && core instanceof Slice || argExprs.size() > 2 && !(core instanceof Slice)) {
                if (argExprs.size() < min) {
                    c.errorAt(call, "invalid operation: " + ExprString.of(call) + " expects " + min + " or " + (min + 1) + " arguments; found " + argExprs.size());
                } else {
                    c.errorAt(call, "invalid operation: " + ExprString.of(call) + " expects " + min + " or " + (min + 1) + " arguments; found " + argExprs.size());
                }
                x.invalidate();
                return;
            }
            long[] sizes = {-1, -1};
            for (int i = 1; i < argExprs.size(); i++) {
                Operand s = new Operand();
                c.exprs.expr(s, argExprs.get(i), scope);
                if (validIndex(s, "index", false) && s.mode == Mode.CONSTANT) {
                    Long v = ConstOps.int64(ConstOps.toInt(s.val));
                    if (v != null) sizes[i - 1] = v;
                }
            }
            if (sizes[0] >= 0 && sizes[1] >= 0 && sizes[0] > sizes[1]) {
                c.errorAt(argExprs.get(1), "invalid argument: length and capacity swapped");
            }
            x.set(Mode.VALUE, t);
            return;
        }
        if (id == Builtin.Id.OFFSETOF) {
            if (argExprs.size() != 1 || !(Expr.unparen(argExprs.get(0)) instanceof Expr.Selector sel)) {
                c.errorAt(call, "invalid argument: " + (argExprs.isEmpty() ? "" : ExprString.of(argExprs.get(0))) + " is not a selector expression");
                x.invalidate();
                return;
            }
            Operand a = new Operand();
            c.exprs.expr(a, sel.x(), scope);
            if (a.invalid()) {
                x.invalidate();
                return;
            }
            Lookup.Result r = Lookup.lookupFieldOrMethod(a.type, false, c.pkg, sel.sel().name());
            if (!(r.obj() instanceof Var f)) {
                c.errorAt(argExprs.get(0), "invalid argument: " + ExprString.of(argExprs.get(0)) + " is a method value");
                x.invalidate();
                return;
            }
            c.info.uses.put(sel.sel(), f);
            c.info.selections.put(sel, new Selection(Selection.Kind.FIELD_VAL, a.type, f, r.index(), r.indirect()));
            c.info.types.put(sel, new TypeAndValue(Mode.VARIABLE, f.type(), null));
            long off = 0;
            Type t = a.type;
            for (int k = 0; k < r.index().size(); k++) {
                Type u = Types.under(t);
                if (u instanceof Pointer p) {
                    if (k > 0) {
                        c.errorAt(argExprs.get(0), "invalid argument: field " + sel.sel().name() + " is embedded via a pointer in "
                                + c.str(Types.under(a.type) instanceof Pointer ap ? ap.elem() : a.type));
                        x.invalidate();
                        return;
                    }
                    u = Types.under(p.elem());
                }
                Struct st = (Struct) u;
                int fi = r.index().get(k);
                off += Sizes.offsetsof(st)[fi];
                t = st.fields().get(fi).type();
            }
            x.set(Mode.CONSTANT, Universe.UINTPTR);
            x.val = ConstOps.ofLong(off);
            return;
        }
        List<Operand> args = new ArrayList<>();
        for (Expr a : argExprs) {
            Operand o = new Operand();
            if (argExprs.size() == 1) c.exprs.multiExpr(o, a, scope);
            else c.exprs.expr(o, a, scope);
            if (o.mode == Mode.COMMAOK) o.mode = Mode.VALUE;
            if (o.invalid()) {
                x.invalidate();
                return;
            }
            if (o.type instanceof Tuple t && argExprs.size() == 1) {
                for (int i = 0; i < t.size(); i++) {
                    Operand z = new Operand();
                    z.set(Mode.VALUE, t.at(i));
                    z.expr = a;
                    args.add(z);
                }
                continue;
            }
            c.exprs.singleValue(o);
            if (o.invalid()) {
                x.invalidate();
                return;
            }
            args.add(o);
        }
        int[] arity = switch (id) {
            case APPEND -> new int[]{1, -1};
            case CAP, LEN, CLOSE, IMAG, REAL, PANIC, ALIGNOF, SIZEOF -> new int[]{1, 1};
            case COMPLEX, COPY, DELETE, ADD, SLICE -> new int[]{2, 2};
            case PRINT, PRINTLN -> new int[]{0, -1};
            case RECOVER -> new int[]{0, 0};
            default -> new int[]{0, -1};
        };
        if (id == Builtin.Id.APPEND && call.hasDots() && args.size() != 2 && !args.isEmpty()) {
            // checked like a call of func(s S, x ...E) S
            Type st = args.get(0).type;
            Type et = Types.coreType(st) instanceof Slice sl ? sl.elem() : Universe.INVALID;
            Signature sig = Signature.of(new Tuple(List.of(Var.param(call.pos(), c.pkg, "", st),
                    Var.param(call.pos(), c.pkg, "", new Slice(et)))), Tuple.EMPTY, true);
            c.calls.countError(call, sig, args, args.size() < 2);
            x.invalidate();
            return;
        }
        if (args.size() < arity[0] || arity[1] >= 0 && args.size() > arity[1]) {
            boolean few = args.size() < arity[0];
            c.errorAt(call, "invalid operation: " + (few ? "not enough" : "too many") + " arguments for " + ExprString.of(call)
                    + " (expected " + (few ? arity[0] : arity[1]) + ", found " + args.size() + ")");
            x.invalidate();
            return;
        }
        Operand a0 = args.isEmpty() ? null : args.get(0);
        switch (id) {
            case LEN, CAP -> lenCap(x, a0, id);
            case APPEND -> {
                Type core = Types.coreType(a0.type);
                if (a0.isNil()) {
                    c.errorOp(a0, "first argument to append must be a typed slice; found untyped nil");
                    x.invalidate();
                    return;
                }
                if (!(core instanceof Slice s)) {
                    c.errorOp(a0, "invalid argument: " + c.str(a0) + " (" + (Types.isUntyped(a0.type) ? "untyped" : "") + "is not a slice)");
                    x.invalidate();
                    return;
                }
                if (call.hasDots()) {
                    if (args.size() != 2) {
                        c.errorAt(call, "can only use ... with final argument in list");
                        x.invalidate();
                        return;
                    }
                    Operand a1 = args.get(1);
                    Type src = Types.coreString(a1.type);
                    if (src != null && Types.isString(src) && Types.identical(s.elem(), Universe.UINT8)) {
                        // append([]byte, string...) also for a string|[]byte type set
                        if (Types.isUntyped(a1.type)) c.exprs.assignment(a1, Universe.STRING, "argument to append");
                    } else {
                        // the spread argument is assigned to []E, E the first argument's element type
                        c.exprs.assignment(a1, new Slice(s.elem()), "argument to append");
                    }
                } else {
                    for (int i = 1; i < args.size(); i++) c.exprs.assignment(args.get(i), s.elem(), "argument to append");
                }
                x.set(Mode.VALUE, a0.type);
            }
            case CLOSE -> {
                if (!(Types.coreType(a0.type) instanceof Chan ch)) {
                    c.errorOp(a0, "invalid operation: cannot close non-channel " + c.str(a0));
                    x.invalidate();
                    return;
                }
                if (ch.dir() == Chan.Dir.RECV) {
                    c.errorOp(a0, "invalid operation: cannot close receive-only channel " + c.str(a0));
                    x.invalidate();
                    return;
                }
                x.set(Mode.NOVALUE, Tuple.EMPTY);
            }
            case COPY -> {
                Type dst = Types.coreType(a0.type);
                Type src = Types.coreString(args.get(1).type);
                Type se = src instanceof Slice ss ? ss.elem() : src != null && Types.isString(src) ? Universe.BYTE : null;
                if (!(dst instanceof Slice ds) || se == null) {
                    c.errorOp(a0, "invalid argument: copy expects slice arguments; found " + c.str(a0) + " and " + c.str(args.get(1)));
                    x.invalidate();
                    return;
                }
                if (!Types.identical(ds.elem(), se)) {
                    c.errorOp(a0, "invalid argument: arguments to copy " + c.str(a0) + " and " + c.str(args.get(1))
                            + " have different element types " + c.str(ds.elem()) + " and " + c.str(se));
                    x.invalidate();
                    return;
                }
                if (Types.isUntyped(args.get(1).type)) c.exprs.assignment(args.get(1), Universe.STRING, "argument to copy");
                x.set(Mode.VALUE, Universe.INT);
            }
            case DELETE -> {
                if (!(Types.coreType(a0.type) instanceof MapType mt)) {
                    c.errorOp(a0, "invalid argument: " + c.str(a0) + " is not a map");
                    x.invalidate();
                    return;
                }
                c.exprs.assignment(args.get(1), mt.key(), "argument to delete");
                x.set(Mode.NOVALUE, Tuple.EMPTY);
            }
            case PANIC -> {
                c.exprs.assignment(a0, Universe.ANY, "argument to panic");
                x.set(Mode.NOVALUE, Tuple.EMPTY);
            }
            case PRINT, PRINTLN -> {
                for (Operand a : args) {
                    c.exprs.assignment(a, null, "argument to " + bname);
                }
                x.set(Mode.NOVALUE, Tuple.EMPTY);
            }
            case RECOVER -> {
                if (c.fctx != null && c.fctx.func != null) c.fctx.func.usesRecover = true;
                x.set(Mode.VALUE, Universe.ANY);
            }
            case COMPLEX -> complex(x, a0, args.get(1), call);
            case REAL, IMAG -> realImag(x, a0, id);
            case SIZEOF, ALIGNOF -> {
                c.exprs.assignment(a0, null, "argument to " + bname);
                if (a0.invalid()) {
                    x.invalidate();
                    return;
                }
                x.set(Mode.CONSTANT, Universe.UINTPTR);
                x.val = ConstOps.ofLong(id == Builtin.Id.SIZEOF ? Sizes.sizeof(a0.type) : Sizes.alignof(a0.type));
            }
            case ADD -> {
                c.exprs.assignment(a0, Universe.UNSAFE_POINTER, "argument to unsafe.Add");
                index(args.get(1), "length", true);
                x.set(Mode.VALUE, Universe.UNSAFE_POINTER);
            }
            case SLICE -> {
                if (!(Types.under(a0.type) instanceof Pointer p)) {
                    c.errorOp(a0, "invalid argument: " + c.str(a0) + " is not a pointer");
                    x.invalidate();
                    return;
                }
                index(args.get(1), "length", false);
                x.set(Mode.VALUE, new Slice(p.elem()));
            }
            default -> throw c.unsupported("builtin " + bname, call.pos());
        }
    }

    private void lenCap(Operand x, Operand a, Builtin.Id id) {
        Type t = a.type;
        Type u = Types.under(t);
        if (u instanceof Pointer p && Types.under(p.elem()) instanceof Array) u = Types.under(p.elem());
        boolean constant = false;
        boolean ok;
        if (u instanceof Basic b && b.isString() && id == Builtin.Id.LEN) {
            ok = true;
            if (a.mode == Mode.CONSTANT) {
                constant = true;
                x.val = ConstOps.ofLong(a.val.bytes().length);
            }
        } else if (u instanceof Array arr) {
            ok = true;
            if (!containsCallsOrReceives(a.expr)) {
                constant = true;
                x.val = ConstOps.ofLong(arr.len());
            }
        } else {
            ok = u instanceof Slice || u instanceof Chan || (u instanceof MapType && id == Builtin.Id.LEN)
                    || t instanceof TypeParam && Types.coreType(t) != null;
        }
        if (!ok) {
            c.errorOp(a, "invalid argument: " + c.str(a) + " for " + id.name().toLowerCase());
            x.invalidate();
            return;
        }
        if (Types.isUntyped(a.type)) c.exprs.updateExprType(a.expr, Universe.STRING, true);
        x.set(constant ? Mode.CONSTANT : Mode.VALUE, Universe.INT);
        if (!constant) x.val = null;
    }

    private boolean containsCallsOrReceives(Expr e) {
        if (e == null) return false;
        if (e instanceof Expr.Call call) {
            TypeAndValue tv = c.info.types.get(call.fun());
            return tv == null || tv.mode() != Mode.TYPEXPR;
        }
        if (e instanceof Expr.Unary u) return u.op() == gojc.syntax.Token.ARROW || containsCallsOrReceives(u.x());
        if (e instanceof Expr.Paren p) return containsCallsOrReceives(p.x());
        if (e instanceof Expr.Selector s) return containsCallsOrReceives(s.x());
        if (e instanceof Expr.Index i) return containsCallsOrReceives(i.x()) || i.indices().stream().anyMatch(this::containsCallsOrReceives);
        if (e instanceof Expr.Star s) return containsCallsOrReceives(s.x());
        if (e instanceof Expr.Binary b) return containsCallsOrReceives(b.x()) || containsCallsOrReceives(b.y());
        if (e instanceof Expr.CompositeLit cl) return cl.elts().stream().anyMatch(this::containsCallsOrReceives);
        if (e instanceof Expr.KeyValue kv) return containsCallsOrReceives(kv.value());
        return false;
    }

    private void complex(Operand x, Operand re, Operand im, Expr.Call call) {
        // untyped constant parts are floats; untyped non-constant ones (shifts) become float64
        for (Operand o : List.of(re, im)) {
            if (o.mode == Mode.CONSTANT && Types.isUntyped(o.type) && Types.isNumeric(o.type)
                    && ConstOps.sign(ConstOps.imag(o.val)) == 0) {
                o.type = Universe.UNTYPED_FLOAT;
            }
        }
        if (Types.isUntyped(re.type) && Types.isUntyped(im.type) && !(re.mode == Mode.CONSTANT && im.mode == Mode.CONSTANT)) {
            c.exprs.convertUntyped(re, Universe.FLOAT64);
            c.exprs.convertUntyped(im, Universe.FLOAT64);
        }
        c.exprs.matchTypes(re, im);
        if (re.invalid() || im.invalid()) {
            x.invalidate();
            return;
        }
        if (!Types.identical(re.type, im.type)) {
            c.errorOp(re, "invalid operation: " + ExprString.of(call) + " (mismatched types " + c.str(re.type) + " and " + c.str(im.type) + ")");
            x.invalidate();
            return;
        }
        Type t = re.type;
        Type res;
        if (Types.isUntyped(t)) {
            res = Universe.UNTYPED_COMPLEX;
        } else if (Types.basic(t) != null && Types.basic(t).kind == Basic.Kind.FLOAT32) {
            res = Universe.COMPLEX64;
        } else if (Types.basic(t) != null && Types.basic(t).kind == Basic.Kind.FLOAT64) {
            res = Universe.COMPLEX128;
        } else {
            c.errorOp(re, "invalid argument: arguments have type " + c.str(t) + ", expected floating-point");
            x.invalidate();
            return;
        }
        if (re.mode == Mode.CONSTANT && im.mode == Mode.CONSTANT) {
            x.set(Mode.CONSTANT, res);
            x.val = ConstOps.complex(ConstOps.toFloat(re.val), ConstOps.toFloat(im.val));
        } else {
            x.set(Mode.VALUE, res);
        }
    }

    private void realImag(Operand x, Operand a, Builtin.Id id) {
        if (Types.isUntyped(a.type) && a.mode != Mode.CONSTANT) {
            c.exprs.convertUntyped(a, Universe.COMPLEX128); // a pending shift: reports "shift of type complex128"
            if (a.invalid()) {
                x.invalidate();
                return;
            }
        }
        Type t = a.type;
        Type res;
        if (Types.isUntyped(t) && Types.isNumeric(t)) {
            res = Universe.UNTYPED_FLOAT;
        } else if (Types.basic(t) != null && Types.basic(t).kind == Basic.Kind.COMPLEX64) {
            res = Universe.FLOAT32;
        } else if (Types.basic(t) != null && Types.basic(t).kind == Basic.Kind.COMPLEX128) {
            res = Universe.FLOAT64;
        } else {
            c.errorOp(a, "invalid argument: argument has type " + c.str(t) + ", expected complex number");
            x.invalidate();
            return;
        }
        if (a.mode == Mode.CONSTANT) {
            x.set(Mode.CONSTANT, res);
            x.val = id == Builtin.Id.REAL ? ConstOps.real(a.val) : ConstOps.imag(a.val);
        } else {
            x.set(Mode.VALUE, res);
        }
    }

    /** types2's isValidIndex: an integer operand, non-negative and fitting int if constant. */
    boolean validIndex(Operand x, String what, boolean allowNegative) {
        if (x.invalid()) return false;
        c.exprs.convertUntyped(x, Universe.INT);
        if (x.invalid()) return false;
        if (!Types.isInteger(x.type)) {
            c.errorOp(x, "invalid argument: " + what + " " + c.str(x) + " must be integer");
            x.invalidate();
            return false;
        }
        if (x.mode == Mode.CONSTANT && !ConstOps.isUnknown(x.val)) {
            if (!allowNegative && ConstOps.sign(x.val) < 0) {
                c.errorOp(x, "invalid argument: " + what + " " + c.str(x) + " must not be negative");
                x.invalidate();
                return false;
            }
            if (!ConstOps.representable(x.val, Universe.INT).ok()) {
                c.errorOp(x, "invalid argument: " + what + " " + c.str(x) + " overflows int");
                x.invalidate();
                return false;
            }
        }
        return true;
    }

    /** A length argument of unsafe.Add (which may be negative) or unsafe.Slice. */
    void index(Operand s, String what, boolean allowNegative) {
        validIndex(s, what, allowNegative);
    }
}
