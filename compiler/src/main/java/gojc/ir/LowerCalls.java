package gojc.ir;

import gojc.syntax.Expr;
import gojc.syntax.Pos;
import gojc.syntax.Stmt;
import gojc.types.Basic;
import gojc.types.Builtin;
import gojc.types.Func;
import gojc.types.Interface;
import gojc.types.Pointer;
import gojc.types.Selection;
import gojc.types.Signature;
import gojc.types.Tuple;
import gojc.types.Type;
import gojc.types.Types;
import gojc.types.Var;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Lowering of everything about functions: calls (static, through func values, methods),
 * multiple results, returns, function literals and their captures, func values of functions
 * and methods, defer, panic and recover, and function bodies themselves.
 */
final class LowerCalls {
    static final IrType OBJECT = new IrType(gojc.types.Universe.ANY, Repr.REF, null, "Ljava/lang/Object;");
    static final IrType FUNCV = new IrType(null, Repr.REF, null, "Lgojc/rt/FuncV;");
    static final IrType RT_FUNC = new IrType(null, Repr.REF, null, "Lgojc/rt/Func;");
    static final IrType DEFER_FRAME = new IrType(null, Repr.REF, null, "Lgojc/rt/DeferFrame;");
    static final IrType BOOL = new IrType(gojc.types.Universe.BOOL, Repr.BOOL, null, null);

    private final Lower l;
    /** The results living in heap cells (their address is taken), by index. */
    private final java.util.Map<Integer, Var> cellResults = new java.util.HashMap<>();

    LowerCalls(Lower l) {
        this.l = l;
    }

    // ---- Function bodies ----

    /**
     * Lowers a function body: parameters (receiver first), results (variables when named or when
     * the function defers), the statements, and for a function that defers the scope running its
     * deferred calls. {@code takeToken} makes the function take the recover token at entry
     * (top-level functions and methods the checker saw calling recover; literals decide by their
     * own body).
     */
    IrFunc lowerBody(FuncRef ref, Pos pos, List<Var> params, List<Var> results, Stmt.Block body, boolean takeToken) {
        l.body = body;
        List<Variable> ps = new ArrayList<>();
        List<IrStmt> prologue = new ArrayList<>();
        for (Var p : params) {
            Variable v = new Variable(p.name, IrType.of(p.type(), p.pos));
            ps.add(v);
            if (LowerComposite.needsCell(p)) {
                // an address-taken parameter moves into a heap cell on entry
                prologue.add(l.comp.initCell(p.pos, p, new IrExpr.Load(v)));
            } else if (p.captured()) {
                prologue.add(l.declare(p.pos, l.local(p), new IrExpr.Load(v)));
            } else {
                l.vars.put(p, v);
                l.narrowing.declared(p, v);
            }
        }
        boolean defers = hasDefer(body.stmts());
        List<IrType> rtypes = new ArrayList<>();
        boolean named = false;
        for (Var r : results) {
            rtypes.add(IrType.of(r.type(), r.pos));
            named |= !r.name.isEmpty();
        }
        l.resultTypes = rtypes;
        List<Variable> rs = new ArrayList<>();
        if (named || defers) {
            for (Var r : results) {
                if (LowerComposite.needsCell(r)) {
                    // an address-taken result lives in a heap cell like other such variables;
                    // returns and the deferred-call exit read it from there
                    prologue.add(l.comp.initCell(r.pos, r, Lower.zero(IrType.of(r.type(), r.pos))));
                    cellResults.put(rs.size(), r);
                    rs.add(null);
                    continue;
                }
                Variable v = r.name.isEmpty() || r.name.equals("_") ? l.temp(IrType.of(r.type(), r.pos)) : l.local(r);
                prologue.add(l.declare(r.pos, v, Lower.zero(v.type)));
                rs.add(v);
            }
        }
        l.namedResults = rs;
        if (takeToken) l.recoverToken = l.temp(OBJECT);
        if (defers) {
            l.deferFrame = l.temp(DEFER_FRAME);
            l.deferExit = new IrStmt.LabelId("$exit");
        }
        List<IrStmt> stmts = new ArrayList<>();
        for (Stmt s : body.stmts()) stmts.add(l.stmt(s));
        Pos end = body.rbrace();
        IrStmt main;
        if (defers) {
            stmts.add(new IrStmt.Goto(end, l.deferExit));
            List<IrExpr> loads = new ArrayList<>();
            for (int i = 0; i < rs.size(); i++) loads.add(loadResult(i, end));
            main = new IrStmt.DeferScope(pos, l.deferFrame, new IrStmt.Block(body.pos(), stmts), l.deferExit,
                    new IrStmt.Return(end, loads));
        } else {
            if (results.isEmpty()) stmts.add(new IrStmt.Return(end, List.of()));
            main = new IrStmt.Block(body.pos(), stmts);
        }
        if (l.recoverToken != null) {
            prologue.add(0, new IrStmt.Store(pos, l.recoverToken,
                    new IrExpr.Call(new FuncRef("gojc/rt/Defers", "enter", List.of(), OBJECT), List.of(), OBJECT)));
        }
        prologue.add(main);
        return new IrFunc(ref, pos, ps, l.locals, new IrStmt.Block(pos, prologue));
    }

    /** Whether a body contains defer (function literals inside are bodies of their own). */
    static boolean hasDefer(List<Stmt> stmts) {
        for (Stmt s : stmts) {
            if (hasDefer(s)) return true;
        }
        return false;
    }

    private static boolean hasDefer(Stmt s) {
        if (s == null) return false;
        if (s instanceof Stmt.Defer) return true;
        if (s instanceof Stmt.Block b) return hasDefer(b.stmts());
        if (s instanceof Stmt.If i) return hasDefer(i.body()) || hasDefer(i.els());
        if (s instanceof Stmt.For f) return hasDefer(f.body());
        if (s instanceof Stmt.Range r) return hasDefer(r.body());
        if (s instanceof Stmt.Labeled lb) return hasDefer(lb.stmt());
        if (s instanceof Stmt.CaseClause cc) return hasDefer(cc.body());
        if (s instanceof Stmt.Switch sw) return sw.clauses().stream().anyMatch(LowerCalls::hasDefer);
        if (s instanceof Stmt.TypeSwitch sw) return sw.clauses().stream().anyMatch(LowerCalls::hasDefer);
        if (s instanceof Stmt.Select sel) return sel.clauses().stream().anyMatch(c -> hasDefer(c.body()));
        return false;
    }

    // ---- Returns ----

    IrStmt ret(Stmt.Return r) {
        List<IrStmt> out = new ArrayList<>();
        List<IrExpr> vals = null;
        List<IrType> rts = l.resultTypes;
        if (r.results().size() == 1 && rts.size() > 1) {
            vals = new ArrayList<>(multiValue((Expr.Call) Expr.unparen(r.results().get(0)), out));
            for (int i = 0; i < vals.size(); i++) vals.set(i, passedAs(vals.get(i), rts.get(i)));
        } else if (!r.results().isEmpty()) {
            vals = new ArrayList<>();
            for (int i = 0; i < r.results().size(); i++) vals.add(LowerComposite.copyIfValue(l.expr(r.results().get(i), rts.get(i))));
        }
        if (l.deferFrame != null) {
            if (vals != null) {
                // All results are evaluated before any is assigned (return b, a swaps).
                vals = simple(vals, out, r.pos(), true);
                for (int i = 0; i < vals.size(); i++) out.add(storeResult(r.pos(), i, vals.get(i)));
            }
            out.add(new IrStmt.Goto(r.pos(), l.deferExit));
            return new IrStmt.Block(r.pos(), out);
        }
        if (vals == null) {
            vals = new ArrayList<>();
            for (int i = 0; i < l.namedResults.size(); i++) vals.add(loadResult(i, r.pos()));
        }
        // Results beyond the first go to the result area just before the return: nothing
        // evaluated after them may call another multi-result function.
        if (vals.size() > 1) vals = simple(vals, out, r.pos(), false);
        out.add(new IrStmt.Return(r.pos(), vals));
        return new IrStmt.Block(r.pos(), out);
    }

    /** Result i of the function (named, or a temporary when the function defers). */
    private IrExpr loadResult(int i, Pos pos) {
        Var cell = cellResults.get(i);
        return cell != null ? l.comp.loadCell(cell, pos) : new IrExpr.Load(l.namedResults.get(i));
    }

    private IrStmt storeResult(Pos pos, int i, IrExpr value) {
        Var cell = cellResults.get(i);
        return cell != null ? l.comp.storeCell(pos, cell, value) : new IrStmt.Store(pos, l.namedResults.get(i), value);
    }

    /** Evaluates values into temporaries (all of them, or those that are not constants or loads). */
    private List<IrExpr> simple(List<IrExpr> vals, List<IrStmt> out, Pos pos, boolean all) {
        List<IrExpr> res = new ArrayList<>();
        for (IrExpr v : vals) {
            if (v instanceof IrExpr.Const || (!all && v instanceof IrExpr.Load ld && ld.var().field == null)) {
                res.add(v);
            } else {
                Variable t = l.temp(v.type());
                out.add(new IrStmt.Store(pos, t, v));
                res.add(new IrExpr.Load(t));
            }
        }
        return res;
    }

    // ---- Calls ----

    /** What a call calls: a static method (function or method) or a func value. */
    private record Callee(FuncRef ref, Func func, IrExpr recv, IrExpr value, FuncShape shape) {}

    private Callee callee(Expr fun) {
        fun = Expr.unparen(fun);
        Expr.Ident generic = genericFunc(fun);
        if (generic != null) fun = generic;
        if (fun instanceof Expr.Ident id && l.info.objectOf(id) instanceof Func f && f.signature().recv() == null) {
            return new Callee(Generics.ref(l, f, id, id.pos()), f, null, null, null);
        }
        if (fun instanceof Expr.Selector sel) {
            Selection s = l.info.selections.get(sel);
            if (s == null && l.info.uses.get(sel.sel()) instanceof Func f) {
                return new Callee(Generics.ref(l, f, sel.sel(), sel.pos()), f, null, null, null);
            }
            if (s != null && s.obj() instanceof Func m && !isInterface(m.signature().recv().type())) {
                if (s.kind() == Selection.Kind.METHOD_VAL) {
                    return new Callee(Generics.ref(l, m, sel.sel(), sel.pos()), m, receiver(sel, s, m), null, null);
                }
                if (s.kind() == Selection.Kind.METHOD_EXPR && s.index().size() == 1 && pointerRecv(m) == (l.info.typeOf(sel.x()).type() instanceof Pointer)) {
                    return new Callee(Generics.ref(l, m, sel.sel(), sel.pos()), m, null, null, null);
                }
            }
        }
        Type t = l.info.typeOf(fun).type();
        if (!(t.underlying() instanceof Signature sig)) throw new NotSupported("call of " + t, fun.pos());
        return new Callee(null, null, null, l.expr(fun, null), FuncShape.of(sig, fun.pos()));
    }

    private static boolean isInterface(Type t) {
        if (t instanceof Pointer p) t = p.elem();
        return t.underlying() instanceof Interface;
    }

    private static boolean pointerRecv(Func m) {
        return m.signature().recv().type() instanceof Pointer;
    }

    /**
     * The receiver argument of a static method call {@code x.m(...)}: through the embedded
     * fields of a promoted method, then {@code &x} for a pointer method on an addressable value
     * or {@code *x} (a copy) for a value method called through a pointer.
     */
    private IrExpr receiver(Expr.Selector sel, Selection s, Func m) {
        Type t = l.info.typeOf(sel.x()).type();
        List<Integer> path = s.index().subList(0, s.index().size() - 1);
        boolean wantPtr = pointerRecv(m);
        if (path.isEmpty() && wantPtr && !(t.underlying() instanceof Pointer)) {
            return l.comp.addressOf(sel.x(), IrType.of(new Pointer(t), sel.pos()), sel.pos());
        }
        return promotedReceiver(l.expr(sel.x(), null), t, path, m, sel.pos());
    }

    /** The receiver m takes, reached from x of type t through the embedded fields of path. */
    private IrExpr promotedReceiver(IrExpr x, Type t, List<Integer> path, Func m, Pos pos) {
        boolean wantPtr = pointerRecv(m);
        if (!path.isEmpty() && wantPtr) {
            // a pointer method promoted from an embedded non-struct value: its FieldPtr
            IrExpr fp = LowerIface.embeddedFieldPointer(l, x, t, path, pos);
            if (fp != null) return fp;
        }
        if (!path.isEmpty()) {
            // a promoted method: the receiver is the embedded field
            x = l.comp.fieldPath(x, t, path, pos);
            t = LowerIface.fieldType(t, path);
        }
        if (wantPtr && !(t.underlying() instanceof Pointer) && LowerComposite.isValue(x.type())) {
            // A promoted pointer method on an embedded struct value: its address (the object).
            return new IrExpr.Convert(x instanceof IrExpr.Copy c ? c.x() : x, IrType.of(m.signature().recv().type(), pos));
        }
        return LowerIface.adaptReceiver(x, t, m, pos);
    }

    /** The parameter types a callee takes, receiver first for static method calls. */
    private static List<IrType> paramTypes(Callee c) {
        return c.ref != null ? c.ref.params() : c.shape.params();
    }

    /** Lowers a call that is not a conversion. */
    IrExpr call(Expr.Call c) {
        Builtin b = l.builtin(c.fun());
        if (b != null) {
            if (b.id == Builtin.Id.RECOVER) {
                if (l.recoverToken == null) l.recoverToken = l.temp(OBJECT);
                return new IrExpr.Recover(l.recoverToken, OBJECT);
            }
            if (isSpread(c)) return spreadBuiltin(c);
            IrExpr r = LowerUnsafe.builtin(l, c, b);
            if (r == null) r = l.chans.builtin(c, b);
            if (r == null) r = l.comp.builtin(c, b);
            if (r == null) r = LowerComplex.builtin(l, c, b);
            if (r != null) return r;
            throw new NotSupported("builtin " + b.name + " here", c.pos());
        }
        IrExpr intrinsic = LowerIntrinsics.call(l, c);
        if (intrinsic != null) return intrinsic;
        List<IrStmt> pre = new ArrayList<>();
        IrExpr x = callInto(c, pre);
        return pre.isEmpty() ? x : new IrExpr.Seq(pre, x);
    }

    /**
     * A builtin applied to a multi-value call, copy(f()) or complex(f()): the results go to fresh
     * locals, and the builtin is lowered as applied to identifiers naming them.
     */
    private IrExpr spreadBuiltin(Expr.Call c) {
        Expr.Call inner = (Expr.Call) Expr.unparen(c.args().get(0));
        Tuple tuple = (Tuple) l.info.typeOf(inner).type();
        List<IrStmt> pre = new ArrayList<>();
        List<IrExpr> vals = multiValue(inner, pre);
        List<Expr> args = new ArrayList<>();
        for (int i = 0; i < vals.size(); i++) {
            Var v = new Var(c.pos(), null, "$arg" + i, tuple.at(i), Var.Kind.LOCAL, false);
            Expr.Ident id = new Expr.Ident(c.pos(), v.name);
            l.info.uses.put(id, v);
            l.info.types.put(id, new gojc.types.TypeAndValue(gojc.types.Mode.VARIABLE, tuple.at(i), null));
            pre.add(l.declare(c.pos(), l.local(v), vals.get(i)));
            args.add(id);
        }
        Expr.Call spread = new Expr.Call(c.pos(), c.fun(), args, false, c.rparen());
        l.info.types.put(spread, l.info.typeOf(c));
        return new IrExpr.Seq(pre, call(spread));
    }

    /** The call itself; statements it needs first (a multi-value argument) go to pre. */
    private IrExpr callInto(Expr.Call c, List<IrStmt> pre) {
        Func im = l.iface.ifaceMethod(c.fun());
        if (im != null) {
            IrExpr recv = l.iface.ifaceReceiver(c.fun());
            if (!c.args().isEmpty()) {
                // the receiver is evaluated before the arguments
                Variable r = l.temp(recv.type());
                pre.add(new IrStmt.Store(c.pos(), r, recv));
                recv = new IrExpr.Load(r);
            }
            List<IrExpr> args = arguments(c, FuncShape.of(im.signature(), c.pos()).params(), pre);
            return LowerIface.call(im, recv, args, c.pos());
        }
        Callee callee = callee(c.fun());
        List<IrExpr> args = new ArrayList<>();
        List<IrType> pts = paramTypes(callee);
        int skip = 0;
        if (callee.recv != null) {
            IrExpr recv = callee.recv;
            if (Expr.unparen(c.fun()) instanceof Expr.Selector sel && hasCall(sel.x()) && c.args().stream().anyMatch(LowerCalls::hasCall)) {
                // the receiver is evaluated before the arguments, f().m(g())
                Variable r = l.temp(recv.type());
                pre.add(new IrStmt.Store(c.pos(), r, recv));
                recv = new IrExpr.Load(r);
            }
            args.add(recv);
            skip = 1;
        }
        if (callee.value != null && !c.args().isEmpty()) {
            // The func value is evaluated before the arguments.
            Variable f = l.temp(callee.value.type());
            pre.add(new IrStmt.Store(c.pos(), f, callee.value));
            callee = new Callee(null, null, null, new IrExpr.Load(f), callee.shape);
        }
        args.addAll(arguments(c, pts.subList(skip, pts.size()), pre));
        if (callee.ref != null) return new IrExpr.Call(callee.ref, args, callee.ref.result());
        return new IrExpr.CallValue(callee.value, callee.shape, args, full(callee.shape.result0()));
    }

    /** Whether evaluating e calls a function or receives from a channel (conversions count too). */
    static boolean hasCall(Expr e) {
        if (e == null) return false;
        if (e instanceof Expr.Call) return true;
        if (e instanceof Expr.Unary u) return u.op() == gojc.syntax.Token.ARROW || hasCall(u.x());
        if (e instanceof Expr.Paren p) return hasCall(p.x());
        if (e instanceof Expr.Selector s) return hasCall(s.x());
        if (e instanceof Expr.Star s) return hasCall(s.x());
        if (e instanceof Expr.TypeAssert t) return hasCall(t.x());
        if (e instanceof Expr.Binary b) return hasCall(b.x()) || hasCall(b.y());
        if (e instanceof Expr.Slice s) return hasCall(s.x()) || hasCall(s.low()) || hasCall(s.high()) || hasCall(s.max());
        if (e instanceof Expr.Index ix) return hasCall(ix.x()) || ix.indices().stream().anyMatch(LowerCalls::hasCall);
        if (e instanceof Expr.KeyValue kv) return hasCall(kv.key()) || hasCall(kv.value());
        if (e instanceof Expr.CompositeLit c) return c.elts().stream().anyMatch(LowerCalls::hasCall);
        return false;
    }

    /** Whether the call's only argument is a call with several results, f(g()). */
    boolean isSpread(Expr.Call c) {
        return c.args().size() == 1 && l.info.typeOf(c.args().get(0)).type() instanceof Tuple;
    }

    private List<IrExpr> arguments(Expr.Call c, List<IrType> pts, List<IrStmt> pre) {
        Type ft = l.info.typeOf(c.fun()).type();
        boolean variadic = ft.underlying() instanceof Signature sig && sig.variadic() && !c.hasDots();
        boolean spread = c.args().size() == 1 && l.info.typeOf(c.args().get(0)).type() instanceof Tuple;
        if (variadic) {
            // The arguments beyond the fixed parameters are packed into a new slice (nil if none).
            int fixed = pts.size() - 1;
            List<IrExpr> all = new ArrayList<>();
            IrType et = IrType.of(((gojc.types.Slice) pts.get(fixed).go().underlying()).elem(), c.pos());
            if (spread) {
                List<IrExpr> vs = multiValue((Expr.Call) Expr.unparen(c.args().get(0)), pre);
                for (int i = 0; i < vs.size(); i++) all.add(passedAs(vs.get(i), i < fixed ? pts.get(i) : et));
            } else {
                for (int i = 0; i < c.args().size(); i++) all.add(l.expr(c.args().get(i), i < fixed ? pts.get(i) : et));
            }
            List<IrExpr> args = new ArrayList<>(all.subList(0, fixed));
            List<IrExpr> rest = all.subList(fixed, all.size());
            args.add(rest.isEmpty() ? new IrExpr.Nil(pts.get(fixed)) : l.comp.sliceOf(rest, pts.get(fixed), c.pos()));
            return args;
        }
        if (spread) {
            List<IrExpr> vs = multiValue((Expr.Call) Expr.unparen(c.args().get(0)), pre);
            List<IrExpr> args = new ArrayList<>();
            for (int i = 0; i < vs.size(); i++) args.add(passedAs(vs.get(i), pts.get(i)));
            return args;
        }
        List<IrExpr> args = new ArrayList<>();
        for (int i = 0; i < c.args().size(); i++) args.add(LowerComposite.copyIfValue(l.expr(c.args().get(i), pts.get(i))));
        return args;
    }

    /** A result of f() passed on by g(f()) as a parameter of type t: converted to an interface t. */
    static IrExpr passedAs(IrExpr v, IrType t) {
        if (LowerIface.isInterface(t) && !LowerIface.isInterface(v.type())) return LowerIface.convert(v, t);
        return v;
    }

    /**
     * The values of a call with several results, stored into temporaries right after the call
     * (the results beyond the first are only valid until the next call).
     */
    List<IrExpr> multiValue(Expr.Call c, List<IrStmt> out) {
        Type t = l.info.typeOf(c).type();
        if (!(t instanceof Tuple tuple)) throw new NotSupported("multi-value expression", c.pos());
        List<IrExpr> intrinsic = LowerIntrinsics.multiValue(l, c, out);
        if (intrinsic != null) return intrinsic;
        IrExpr first = callInto(c, out);
        List<IrExpr> vals = new ArrayList<>();
        for (int i = 0; i < tuple.size(); i++) {
            IrType ti = IrType.of(tuple.at(i), c.pos());
            Variable tmp = l.temp(ti);
            out.add(new IrStmt.Store(c.pos(), tmp, i == 0 ? first : new IrExpr.ExtraResult(i, ti)));
            vals.add(new IrExpr.Load(tmp));
        }
        return vals;
    }

    // ---- Func values ----

    /** A function literal: a closure class whose fields are the captured variables. */
    IrExpr funcLit(Expr.FuncLit f) {
        Signature sig = (Signature) l.info.typeOf(f).type();
        String cls = l.closures.newName();
        Lower child = new Lower(l.info);
        child.parent = l;
        child.closureClass = cls;
        child.closures = l.closures;
        child.goName = l.nextLitName();
        FuncShape shape = FuncShape.of(sig, f.pos());
        FuncRef ref = new FuncRef(cls, "call", shape.params(), shape.result0());
        IrFunc body = child.calls.lowerBody(ref, f.pos(), sig.params().vars(), sig.results().vars(), f.body(), false);
        IrClosure c = new IrClosure(cls, shape, body, child.captureFields, child.recoverToken != null);
        l.closures.add(c);
        return new IrExpr.MakeClosure(c, child.captureSources, IrType.of(sig, f.pos()));
    }

    /** A top-level function used as a value. */
    IrExpr funcValue(Func f, Pos pos) {
        return funcValue(f, null, pos);
    }

    /** A top-level function used as a value at {@code id} (which tells a generic's instance). */
    IrExpr funcValue(Func f, Expr.Ident id, Pos pos) {
        FuncRef target = Generics.ref(l, f, id, pos);
        Signature sig = id != null && l.info.instances.get(id) != null ? (Signature) l.info.instances.get(id).type() : f.signature();
        FuncShape shape = FuncShape.of(sig, pos);
        IrClosure c = forwarder(target.owner() + "$" + target.name() + "$fv", shape, List.of(), target, f.usesRecover(), pos);
        return new IrExpr.MakeClosure(c, List.of(), IrType.of(sig, pos));
    }

    /** For {@code F[T...]} naming a generic function, the identifier F; otherwise null. */
    Expr.Ident genericFunc(Expr e) {
        e = Expr.unparen(e);
        if (e instanceof Expr.Index ix) {
            Expr x = Expr.unparen(ix.x());
            Expr.Ident id = x instanceof Expr.Ident i ? i : l.qualified(x);
            if (id != null && l.info.objectOf(id) instanceof Func) return id;
        }
        return null;
    }

    /** A method value {@code x.m} (receiver evaluated and bound now) or expression {@code T.m}. */
    IrExpr selector(Expr.Selector sel) {
        Selection s = l.info.selections.get(sel);
        IrType t = l.type(sel);
        if (!(s.obj() instanceof Func m)) throw new NotSupported("selector " + sel.sel().name(), sel.pos());
        if (isInterface(m.signature().recv().type())) return ifaceMethodValue(sel, s, m, t);
        FuncRef target = Generics.ref(l, m, sel.sel(), sel.pos());
        FuncShape shape = FuncShape.of((Signature) l.info.typeOf(sel).type().underlying(), sel.pos());
        if (s.kind() == Selection.Kind.METHOD_VAL) {
            IrExpr recv = receiver(sel, s, m);
            Variable r = l.temp(recv.type());
            String cls = l.closures.newName();
            IrClosure c = forwarder(cls, shape, List.of(r.type), target, m.usesRecover(), sel.pos());
            return new IrExpr.Seq(List.of(new IrStmt.Store(sel.pos(), r, recv)), new IrExpr.MakeClosure(c, List.of(r), t));
        }
        if (s.index().size() > 1) {
            // T.m of a promoted method: the func takes a T and reaches the embedded receiver
            Type rt = l.info.typeOf(sel.x()).type();
            List<Integer> path = s.index().subList(0, s.index().size() - 1);
            IrClosure c = forwarder(l.closures.newName(), shape, List.of(), args -> {
                List<IrExpr> as = new ArrayList<>(args);
                as.set(0, promotedReceiver(as.get(0), rt, path, m, sel.pos()));
                return new IrExpr.Call(target, as, target.result());
            }, target.result(), m.usesRecover(), sel.pos(), null);
            return new IrExpr.MakeClosure(c, List.of(), t);
        }
        if (pointerRecv(m) == (l.info.typeOf(sel.x()).type() instanceof Pointer)) {
            IrClosure c = forwarder(target.owner() + "$" + target.name() + "$fv", shape, List.of(), target, m.usesRecover(), sel.pos());
            return new IrExpr.MakeClosure(c, List.of(), t);
        }
        // (*T).m of a value method: the func takes *T and passes a copy of *p.
        IrClosure c = forwarder(target.owner() + "$" + target.name() + "$pfv", shape, List.of(), target, m.usesRecover(), sel.pos(),
                IrType.of(m.signature().recv().type(), sel.pos()));
        return new IrExpr.MakeClosure(c, List.of(), t);
    }

    /**
     * A method value {@code i.M} (i evaluated and nil-checked now) or method expression
     * {@code I.M} of an interface method: a closure calling through the interface.
     */
    private IrExpr ifaceMethodValue(Expr.Selector sel, Selection s, Func m, IrType t) {
        FuncShape shape = FuncShape.of((Signature) l.info.typeOf(sel).type().underlying(), sel.pos());
        String cls = l.closures.newName();
        if (s.kind() == Selection.Kind.METHOD_VAL) {
            IrExpr recv = l.expr(sel.x(), null);
            if (s.index().size() > 1) {
                // promoted from an embedded interface field: bound to that field's value
                recv = l.comp.fieldPath(recv, l.info.typeOf(sel.x()).type(), s.index().subList(0, s.index().size() - 1), sel.pos());
            }
            Variable r = l.temp(recv.type());
            IrClosure c = forwarder(cls, shape, List.of(r.type), args -> LowerIface.call(m, args.get(0), args.subList(1, args.size()), sel.pos()),
                    shape.result0(), false, sel.pos(), null);
            return new IrExpr.Seq(List.of(new IrStmt.Store(sel.pos(), r, new IrExpr.NilCheck(recv, recv.type()))),
                    new IrExpr.MakeClosure(c, List.of(r), t));
        }
        IrClosure c = forwarder(cls, shape, List.of(), args -> LowerIface.call(m, args.get(0), args.subList(1, args.size()), sel.pos()),
                shape.result0(), false, sel.pos(), null);
        return new IrExpr.MakeClosure(c, List.of(), t);
    }

    /** A closure class calling {@code target} with its bound fields, then its own parameters. */
    private IrClosure forwarder(String cls, FuncShape shape, List<IrType> bound, FuncRef target, boolean usesRecover, Pos pos) {
        return forwarder(cls, shape, bound, target, usesRecover, pos, null);
    }

    /** derefRecv non-null: the first parameter is a pointer whose target (of that type) is passed. */
    private IrClosure forwarder(String cls, FuncShape shape, List<IrType> bound, FuncRef target, boolean usesRecover, Pos pos,
                                IrType derefRecv) {
        return forwarder(cls, shape, bound, args -> new IrExpr.Call(target, args, target.result()), target.result(), usesRecover, pos,
                derefRecv);
    }

    /**
     * A closure class whose call passes its bound fields, then its parameters, to makeCall's call;
     * derefRecv non-null: the first parameter is a pointer whose target (of that type) is passed.
     */
    private IrClosure forwarder(String cls, FuncShape shape, List<IrType> bound,
                                java.util.function.Function<List<IrExpr>, IrExpr> makeCall, IrType result, boolean usesRecover, Pos pos,
                                IrType derefRecv) {
        List<Variable> fields = new ArrayList<>();
        List<IrExpr> args = new ArrayList<>();
        for (int i = 0; i < bound.size(); i++) {
            Variable f = new Variable("b" + i, bound.get(i));
            f.field = "b" + i;
            f.fieldOwner = cls;
            fields.add(f);
            args.add(new IrExpr.Load(f));
        }
        List<Variable> params = new ArrayList<>();
        for (int i = 0; i < shape.params().size(); i++) {
            Variable p = new Variable("p" + i, full(shape.params().get(i)));
            params.add(p);
            IrExpr a = new IrExpr.Load(p);
            if (i == 0 && derefRecv != null) {
                a = LowerComposite.isValue(derefRecv) ? new IrExpr.Copy(new IrExpr.NilCheck(a, derefRecv), derefRecv)
                        : LowerComposite.rt("gojc/rt/Ptr", "load", "(Lgojc/rt/Ptr;)Ljava/lang/Object;", derefRecv, a);
            }
            args.add(a);
        }
        IrExpr call = makeCall.apply(args);
        // The target leaves results beyond the first in the result area: return only the first.
        IrStmt body = result.repr() == Repr.VOID
                ? new IrStmt.Block(pos, List.of(new IrStmt.Eval(pos, call), new IrStmt.Return(pos, List.of())))
                : new IrStmt.Return(pos, List.of(call));
        IrFunc fn = new IrFunc(new FuncRef(cls, "call", shape.params(), shape.result0()), pos, params, List.of(),
                new IrStmt.Block(pos, List.of(body)));
        IrClosure c = new IrClosure(cls, shape, fn, fields, usesRecover);
        l.closures.add(c);
        return c;
    }

    /** A shape member's own type (func types are erased in shapes). */
    static IrType full(IrType t) {
        return t.refDescriptor() != null && t.refDescriptor().equals(FuncShape.ERASED) ? IrType.of(t.go(), null) : t;
    }

    // ---- defer, panic ----

    /**
     * {@code defer f(args)}: the function value and arguments are evaluated now into
     * temporaries, which a generated func() closure binds; the frame runs it at exit.
     */
    IrStmt deferStmt(Stmt.Defer d) {
        List<IrStmt> out = new ArrayList<>();
        BoundCall bc = boundCall(d.call(), d.pos(), out, true);
        out.add(new IrStmt.Defer(d.pos(), l.deferFrame, bc.closure(), bc.usesRecover()));
        return new IrStmt.Block(d.pos(), out);
    }

    /**
     * The call of a defer or go statement, evaluated now: a func() closure binding the function
     * value (null when static) and the arguments; {@code usesRecover} tells defer whether the
     * callee takes the recover token.
     */
    record BoundCall(IrExpr closure, IrExpr usesRecover, Variable funcValue) {}

    BoundCall boundCall(Expr.Call c, Pos pos, List<IrStmt> out) {
        return boundCall(c, pos, out, false);
    }

    private BoundCall boundCall(Expr.Call c, Pos pos, List<IrStmt> out, boolean deferred) {
        List<Variable> bound = new ArrayList<>();
        Variable funcValue = null;
        Function<List<IrExpr>, IrStmt> body;
        IrExpr usesRecover = new IrExpr.Const(BOOL, gojc.constant.ConstValue.makeBool(false));
        Builtin b = l.builtin(c.fun());
        if (b != null) {
            switch (b.id) {
                case PRINT, PRINTLN -> {
                    if (isSpread(c)) {
                        for (IrExpr v : multiValue((Expr.Call) Expr.unparen(c.args().get(0)), out)) bound.add(bind(v, out, pos));
                    } else {
                        for (Expr a : c.args()) bound.add(bind(l.expr(a, null), out, pos));
                    }
                    boolean nl = b.id == Builtin.Id.PRINTLN;
                    body = vs -> new IrStmt.Print(pos, vs, nl);
                }
                case PANIC -> {
                    bound.add(bind(toAny(c.args().get(0)), out, pos));
                    body = vs -> new IrStmt.Panic(pos, vs.get(0));
                }
                case DELETE -> {
                    gojc.types.MapType mt = (gojc.types.MapType) l.info.typeOf(c.args().get(0)).type().underlying();
                    bound.add(bind(l.expr(c.args().get(0), null), out, pos));
                    bound.add(bind(l.expr(c.args().get(1), IrType.of(mt.key(), pos)), out, pos));
                    body = vs -> new IrStmt.Eval(pos, new IrExpr.RtCall(CompositeTypes.GOMAP, "delete",
                            "(L" + CompositeTypes.GOMAP + ";Ljava/lang/Object;)V", List.of(vs.get(0), vs.get(1)), IrType.VOID));
                }
                case RECOVER -> {
                    if (deferred) {
                        // defer recover(): run as this function's own call of recover when its
                        // deferred calls run at a normal return, a no-op when a panic runs them
                        if (l.recoverToken == null) l.recoverToken = l.temp(OBJECT);
                        bound.add(bind(new IrExpr.Load(l.deferFrame), out, pos));
                        bound.add(bind(new IrExpr.Load(l.recoverToken), out, pos));
                        body = vs -> new IrStmt.Eval(pos, new IrExpr.RtCall("gojc/rt/DeferFrame", "recoverDeferred",
                                "(Lgojc/rt/DeferFrame;Ljava/lang/Object;)V", vs, IrType.VOID));
                    } else {
                        // go recover(): not called by a deferred function, it recovers nothing
                        body = vs -> new IrStmt.Block(pos, List.of());
                    }
                }
                default -> {
                    // close, copy: the builtin's runtime call with its operands evaluated now
                    IrExpr x = l.expr(c, null);
                    if (!(x instanceof IrExpr.RtCall rc)) throw new NotSupported("defer or go of builtin " + b.name, pos);
                    for (IrExpr a : rc.args()) bound.add(bind(a, out, pos));
                    body = vs -> new IrStmt.Eval(pos, new IrExpr.RtCall(rc.owner(), rc.name(), rc.desc(), vs, rc.type()));
                }
            }
        } else if (ifaceMethodCall(c.fun()) != null) {
            // i.M(args): the callee is the dynamic type's method, which decides whether the
            // deferred call takes the recover token
            Expr.Selector sel = (Expr.Selector) Expr.unparen(c.fun());
            Selection s = l.info.selections.get(sel);
            Func m = (Func) s.obj();
            IrExpr recv = l.expr(sel.x(), null);
            if (s.index().size() > 1) {
                recv = l.comp.fieldPath(recv, l.info.typeOf(sel.x()).type(), s.index().subList(0, s.index().size() - 1), sel.pos());
            }
            Variable r = bind(new IrExpr.NilCheck(recv, recv.type()), out, pos);
            bound.add(r);
            IrType str = new IrType(null, Repr.REF, null, "Ljava/lang/String;");
            usesRecover = new IrExpr.RtCall("gojc/rt/Defers", "methodUsesRecover",
                    "(Ljava/lang/Object;Ljava/lang/String;Ljava/lang/String;)Z",
                    List.of(new IrExpr.Load(r), new IrExpr.Const(str, gojc.constant.ConstValue.makeString(m.name)),
                            new IrExpr.Const(str, gojc.constant.ConstValue.makeString(IfaceTypes.pkgPathOf(m)))), BOOL);
            FuncShape shape = FuncShape.of(m.signature(), pos);
            for (IrExpr a : arguments(c, shape.params(), out)) bound.add(bind(a, out, pos));
            body = vs -> new IrStmt.Eval(pos, LowerIface.call(m, vs.get(0), vs.subList(1, vs.size()), pos));
        } else {
            Callee callee = callee(c.fun());
            List<IrType> pts = paramTypes(callee);
            int skip = 0;
            if (callee.value != null) {
                Variable f = bind(callee.value, out, pos);
                funcValue = f;
                bound.add(f);
                usesRecover = new IrExpr.Call(new FuncRef("gojc/rt/Func", "usesRecover", List.of(RT_FUNC), BOOL),
                        List.of(new IrExpr.Load(f)), BOOL);
            } else {
                usesRecover = new IrExpr.Const(BOOL, gojc.constant.ConstValue.makeBool(callee.func.usesRecover()));
            }
            if (callee.recv != null) {
                bound.add(bind(callee.recv, out, pos));
                skip = 1;
            }
            for (IrExpr a : arguments(c, pts.subList(skip, pts.size()), out)) bound.add(bind(a, out, pos));
            Callee fc = callee;
            body = vs -> {
                IrExpr call = fc.ref != null
                        ? new IrExpr.Call(fc.ref, vs, fc.ref.result())
                        : new IrExpr.CallValue(vs.get(0), fc.shape, vs.subList(1, vs.size()), fc.shape.result0());
                return new IrStmt.Eval(pos, call);
            };
        }
        String cls = l.closures.newWrapperName();
        List<Variable> fields = new ArrayList<>();
        List<IrExpr> loads = new ArrayList<>();
        for (int i = 0; i < bound.size(); i++) {
            Variable f = new Variable("a" + i, bound.get(i).type);
            f.field = "a" + i;
            f.fieldOwner = cls;
            fields.add(f);
            loads.add(new IrExpr.Load(f));
        }
        FuncShape shape = new FuncShape(List.of(), List.of());
        IrFunc fn = new IrFunc(new FuncRef(cls, "call", List.of(), IrType.VOID), pos, List.of(), List.of(),
                new IrStmt.Block(pos, List.of(body.apply(loads), new IrStmt.Return(pos, List.of()))));
        IrClosure wrapper = new IrClosure(cls, shape, fn, fields, false);
        l.closures.add(wrapper);
        return new BoundCall(new IrExpr.MakeClosure(wrapper, bound, FUNCV), usesRecover, funcValue);
    }

    /** The interface method when fun is a method value {@code i.M} of an interface, else null. */
    private Func ifaceMethodCall(Expr fun) {
        fun = Expr.unparen(fun);
        if (!(fun instanceof Expr.Selector sel)) return null;
        Selection s = l.info.selections.get(sel);
        if (s == null || s.kind() != Selection.Kind.METHOD_VAL || !(s.obj() instanceof Func m)) return null;
        return isInterface(m.signature().recv().type()) ? m : null;
    }

    private Variable bind(IrExpr x, List<IrStmt> out, Pos pos) {
        Variable t = l.temp(x.type());
        out.add(new IrStmt.Store(pos, t, x));
        return t;
    }

    /** An operand converted to interface{}, as panic takes it. */
    IrExpr toAny(Expr e) {
        return l.iface.toIface(e, OBJECT);
    }
}
