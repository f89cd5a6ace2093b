package gojc.ir;

import gojc.constant.ConstValue;
import gojc.syntax.Expr;
import gojc.syntax.Pos;
import gojc.syntax.Stmt;
import gojc.syntax.Token;
import gojc.types.Builtin;
import gojc.types.Chan;
import gojc.types.Type;
import gojc.types.Universe;

import java.util.ArrayList;
import java.util.List;

/**
 * Lowering of goroutines and channels: go statements, channel operations (send, receive,
 * comma-ok receive, close, len, cap, make), range over a channel, and select. Each blocking
 * operation is a runtime call taking the current goroutine ({@code Sched.getg()}, which the
 * continuation transform hoists into a local); elements travel boxed as Objects.
 */
final class LowerChan {
    static final String CHAN = "gojc/rt/sched/Chan";
    static final String CHAN_D = "L" + CHAN + ";";
    static final String LANG = "gojc/rt/sched/Lang";
    static final String G_D = "Lgojc/rt/sched/G;";
    static final String OBJ = "Ljava/lang/Object;";
    static final IrType G_T = LowerComposite.jvm(G_D);
    static final IrType OBJS_T = LowerComposite.jvm("[Ljava/lang/Object;");

    private final Lower l;

    LowerChan(Lower l) {
        this.l = l;
    }

    /** gc's name of a function or method: main.f, main.T.m, main.(*T).m. */
    static String goFuncName(gojc.types.Func f) {
        String pkg = f.pkg == null ? "?" : f.pkg.name().equals("main") ? "main" : f.pkg.path();
        gojc.types.Signature sig = f.signature();
        if (sig.recv() == null) return pkg + "." + f.name;
        Type rt = sig.recv().type();
        if (rt instanceof gojc.types.Pointer p && p.elem() instanceof gojc.types.Named n) return pkg + ".(*" + n.obj.name + ")." + f.name;
        if (rt instanceof gojc.types.Named n) return pkg + "." + n.obj.name + "." + f.name;
        return pkg + "." + f.name;
    }

    private static IrExpr rt(String owner, String name, String desc, IrType t, IrExpr... args) {
        return new IrExpr.RtCall(owner, name, desc, List.of(args), t);
    }

    private static IrType boolT() {
        return IrType.of(Universe.BOOL, null);
    }

    private static IrType intT() {
        return IrType.of(Universe.INT, null);
    }

    /** The current goroutine. */
    static IrExpr g() {
        return rt("gojc/rt/sched/Sched", "curg", "()" + G_D, G_T);
    }

    static boolean isChan(Type t) {
        return t != null && t.underlying() instanceof Chan;
    }

    private Type elemOf(Expr ch) {
        return ((Chan) l.info.typeOf(ch).type().underlying()).elem();
    }

    // ---- go ----

    /** {@code go f(x)}: f and x are evaluated here, the call runs in a new goroutine. */
    IrStmt goStmt(Stmt.Go s) {
        List<IrStmt> out = new ArrayList<>();
        LowerCalls.BoundCall bc = l.calls.boundCall(s.call(), s.pos(), out);
        String createdBy = l.goName() + "\t" + (s.pos().source() == null ? "?" : s.pos().source().path().toAbsolutePath()) + ":" + s.pos().line();
        IrExpr where = new IrExpr.Const(IrType.of(Universe.STRING, null), ConstValue.makeString(createdBy));
        // the continuation transform makes every function that may block able to unwind
        IrExpr unwind = new IrExpr.Const(boolT(), ConstValue.makeBool(true));
        if (bc.funcValue() != null) {
            out.add(new IrStmt.Eval(s.pos(), rt(LANG, "goValue", "(" + G_D + OBJ + "Lgojc/rt/FuncV;ZLjava/lang/String;)V", IrType.VOID,
                    g(), new IrExpr.Load(bc.funcValue()), bc.closure(), unwind, where)));
        } else {
            out.add(new IrStmt.Eval(s.pos(), rt(LANG, "go", "(" + G_D + "Lgojc/rt/FuncV;ZLjava/lang/String;)V", IrType.VOID,
                    g(), bc.closure(), unwind, where)));
        }
        return new IrStmt.Block(s.pos(), out);
    }

    // ---- channel operations ----

    IrStmt send(Stmt.Send s) {
        IrType et = IrType.of(elemOf(s.chan()), s.pos());
        IrExpr ch = l.expr(s.chan(), null);
        IrExpr v = LowerComposite.copyIfValue(l.expr(s.value(), et));
        return new IrStmt.Eval(s.pos(), rt(CHAN, "send", "(" + G_D + CHAN_D + OBJ + ")V", IrType.VOID, g(), ch, v));
    }

    /** {@code <-c}; null when u is another unary operator. */
    IrExpr recv(Expr.Unary u) {
        if (u.op() != Token.ARROW) return null;
        IrType et = IrType.of(elemOf(u.x()), u.pos());
        return received(rt(CHAN, "recv", "(" + G_D + CHAN_D + ")" + OBJ, et, g(), l.expr(u.x(), null)));
    }

    /**
     * A received struct or array value is copied: a closed channel hands out one shared zero
     * object, and the receiver owns what it stores.
     */
    private static IrExpr received(IrExpr x) {
        return LowerComposite.isValue(x.type()) ? new IrExpr.Copy(x, x.type()) : x;
    }

    /** The receive operand of {@code v, ok = <-c} (parentheses allowed), or null. */
    static Expr.Unary recvOperand(Expr e) {
        return Expr.unparen(e) instanceof Expr.Unary u && u.op() == Token.ARROW ? u : null;
    }

    /** {@code v, ok = <-c} or {@code v, ok := <-c}; null when rhs is not a receive. */
    IrStmt commaOk(Pos pos, List<Expr> lhs, Expr rhs, boolean define) {
        Expr.Unary u = recvOperand(rhs);
        if (u == null) return null;
        List<IrStmt> out = new ArrayList<>();
        List<Variable> vs = recv2(u, out);
        out.add(l.storeTo(pos, lhs.get(0), new IrExpr.Load(vs.get(0)), define));
        out.add(l.storeTo(pos, lhs.get(1), new IrExpr.Load(vs.get(1)), define));
        return new IrStmt.Block(pos, out);
    }

    /** Receives with ok into two temporaries. */
    List<Variable> recv2(Expr.Unary u, List<IrStmt> out) {
        IrType et = IrType.of(elemOf(u.x()), u.pos());
        Variable tv = l.temp(et);
        Variable tok = l.temp(boolT());
        out.add(new IrStmt.Store(u.pos(), tv, received(rt(CHAN, "recv2", "(" + G_D + CHAN_D + ")" + OBJ, et, g(), l.expr(u.x(), null)))));
        out.add(new IrStmt.Store(u.pos(), tok, rt(LANG, "recvOk", "(" + G_D + ")Z", boolT(), g())));
        return List.of(tv, tok);
    }

    /** close, len, cap and make of channels; null for other builtins or operands. */
    IrExpr builtin(Expr.Call c, Builtin b) {
        List<Expr> args = c.args();
        switch (b.id) {
            case CLOSE -> {
                return rt(CHAN, "close", "(" + CHAN_D + ")V", IrType.VOID, l.expr(args.get(0), null));
            }
            case LEN, CAP -> {
                if (!isChan(l.info.typeOf(args.get(0)).type())) return null;
                return rt(CHAN, b.id == Builtin.Id.LEN ? "len" : "cap", "(" + CHAN_D + ")I", intT(), l.expr(args.get(0), null));
            }
            case MAKE -> {
                Type t = l.info.typeOf(args.get(0)).type();
                if (!isChan(t)) return null;
                IrType ct = IrType.of(t, c.pos());
                IrType et = IrType.of(((Chan) t.underlying()).elem(), c.pos());
                IrExpr size = args.size() > 1 ? l.expr(args.get(1), intT()) : new IrExpr.Const(intT(), ConstValue.makeInt64(0));
                return rt(CHAN, "make", "(J" + OBJ + ")" + CHAN_D, ct, size, LowerComposite.zeroOf(et));
            }
            default -> {
                return null;
            }
        }
    }

    // ---- range ----

    /** {@code for v := range c}: receives until c is closed and drained. */
    IrStmt range(Stmt.Range r, String label) {
        IrStmt.LoopId id = new IrStmt.LoopId();
        if (label != null) l.labels.put(label, id);
        Pos pos = r.pos();
        boolean define = r.tok() == Token.DEFINE;
        Expr key = r.key() != null && !(r.key() instanceof Expr.Ident k && k.isBlank()) ? r.key() : null;
        List<IrStmt> out = new ArrayList<>();
        IrExpr x = l.expr(r.x(), null);
        Variable xs = l.temp(x.type());
        out.add(new IrStmt.Store(pos, xs, x));
        IrType et = IrType.of(elemOf(r.x()), pos);
        if (define && key != null) out.add(l.storeTo(pos, key, LowerComposite.zeroOf(l.lhsVarType(key)), true));
        l.loops.add(id);
        try {
            List<IrStmt> body = new ArrayList<>();
            Variable tv = l.temp(et);
            body.add(new IrStmt.Store(pos, tv, received(rt(CHAN, "recv2", "(" + G_D + CHAN_D + ")" + OBJ, et, g(), new IrExpr.Load(xs)))));
            IrExpr ok = rt(LANG, "recvOk", "(" + G_D + ")Z", boolT(), g());
            body.add(new IrStmt.If(pos, new IrExpr.Unary(Token.NOT, ok, boolT()), new IrStmt.Break(pos, id), null));
            if (define && key != null) {
                IrStmt fresh = LoopVars.fresh(l, pos, LoopVars.declared(l, List.of(key)));
                if (fresh != null) body.add(fresh);
            }
            if (key != null) body.add(l.storeTo(pos, key, new IrExpr.Load(tv), false));
            body.add(l.block(r.body()));
            out.add(new IrStmt.Loop(pos, id, null, new IrStmt.Block(pos, body), null));
        } finally {
            l.loops.remove(l.loops.size() - 1);
        }
        return new IrStmt.Block(pos, out);
    }

    // ---- select ----

    /** One communication clause: its channel (and send value) temporaries and its case index. */
    private record Case(Stmt.CommClause clause, Variable chan, Variable value, Expr.Unary recv, boolean send) {}

    /**
     * select: the channel operands and sent values are evaluated once in source order, then
     * one runtime call picks a case (send cases first in its arrays) and an if-chain runs it.
     */
    IrStmt select(Stmt.Select sel, String label) {
        IrStmt.SwitchId id = new IrStmt.SwitchId();
        if (label != null) l.labels.put(label, id);
        Pos pos = sel.pos();
        List<IrStmt> out = new ArrayList<>();
        List<Case> sends = new ArrayList<>();
        List<Case> recvs = new ArrayList<>();
        Stmt.CommClause dflt = null;
        for (Stmt.CommClause cc : sel.clauses()) {
            Stmt comm = cc.comm();
            if (comm == null) {
                dflt = cc;
            } else if (comm instanceof Stmt.Send s) {
                IrType et = IrType.of(elemOf(s.chan()), s.pos());
                Variable ch = l.temp(l.type(s.chan()));
                out.add(new IrStmt.Store(s.pos(), ch, l.expr(s.chan(), null)));
                Variable v = l.temp(et);
                out.add(new IrStmt.Store(s.pos(), v, LowerComposite.copyIfValue(l.expr(s.value(), et))));
                sends.add(new Case(cc, ch, v, null, true));
            } else {
                Expr rx = comm instanceof Stmt.ExprStmt e ? e.x()
                        : comm instanceof Stmt.Assign a ? a.rhs().get(0) : null;
                Expr.Unary u = rx == null ? null : recvOperand(rx);
                if (u == null) throw new NotSupported("select case " + comm.getClass().getSimpleName(), comm.pos());
                Variable ch = l.temp(l.type(u.x()));
                out.add(new IrStmt.Store(u.pos(), ch, l.expr(u.x(), null)));
                recvs.add(new Case(cc, ch, null, u, false));
            }
        }
        List<Case> all = new ArrayList<>(sends);
        all.addAll(recvs);
        List<IrExpr> chans = new ArrayList<>();
        List<IrExpr> vals = new ArrayList<>();
        for (Case c : all) {
            chans.add(new IrExpr.Load(c.chan()));
            if (c.send()) vals.add(boxed(new IrExpr.Load(c.value())));
        }
        Variable idx = l.temp(IrType.of(Universe.INT32, null));
        out.add(new IrStmt.Store(pos, idx, rt(LANG, "select", "(" + G_D + "[" + OBJ + "[" + OBJ + "IZ)I", idx.type, g(),
                objects(chans), objects(vals), new IrExpr.Const(idx.type, ConstValue.makeInt64(sends.size())),
                new IrExpr.Const(boolT(), ConstValue.makeBool(dflt == null)))));
        l.loops.add(id);
        try {
            for (int i = 0; i < all.size(); i++) {
                Case c = all.get(i);
                IrStmt body = clause(c);
                out.add(new IrStmt.If(c.clause().pos(), new IrExpr.Compare(Token.EQL, new IrExpr.Load(idx),
                        new IrExpr.Const(idx.type, ConstValue.makeInt64(i)), boolT()), body, null));
            }
            if (dflt != null) out.add(body(dflt, new ArrayList<>(), id));
        } finally {
            l.loops.remove(l.loops.size() - 1);
        }
        out.add(new IrStmt.Label(sel.rbrace(), id.end));
        return new IrStmt.Block(pos, out);
    }

    private IrStmt clause(Case c) {
        List<IrStmt> out = new ArrayList<>();
        Stmt comm = c.clause().comm();
        if (!c.send() && comm instanceof Stmt.Assign a) {
            IrType et = IrType.of(elemOf(c.recv().x()), c.recv().pos());
            Variable tv = l.temp(et);
            out.add(new IrStmt.Store(a.pos(), tv, received(rt(LANG, "recvValue", "(" + G_D + ")" + OBJ, et, g()))));
            boolean define = a.tok() == Token.DEFINE;
            if (a.lhs().size() == 2) {
                Variable tok = l.temp(boolT());
                out.add(new IrStmt.Store(a.pos(), tok, rt(LANG, "recvOk", "(" + G_D + ")Z", boolT(), g())));
                out.add(l.storeTo(a.pos(), a.lhs().get(0), new IrExpr.Load(tv), define));
                out.add(l.storeTo(a.pos(), a.lhs().get(1), new IrExpr.Load(tok), define));
            } else {
                out.add(l.storeTo(a.pos(), a.lhs().get(0), new IrExpr.Load(tv), define));
            }
        } else if (!c.send()) {
            // the value is dropped, but the slot is cleared for the collector
            out.add(new IrStmt.Eval(comm.pos(), rt(LANG, "recvValue", "(" + G_D + ")" + OBJ, LowerComposite.OBJ_T, g())));
        }
        return body(c.clause(), out, null);
    }

    private IrStmt body(Stmt.CommClause cc, List<IrStmt> out, IrStmt.SwitchId unused) {
        for (Stmt s : cc.body()) out.add(l.stmt(s));
        IrStmt.LoopId id = l.loops.get(l.loops.size() - 1);
        out.add(new IrStmt.Goto(cc.pos(), ((IrStmt.SwitchId) id).end));
        return new IrStmt.Block(cc.pos(), out);
    }

    /** x as an Object (primitives boxed by the call's argument adaptation). */
    private static IrExpr boxed(IrExpr x) {
        return rt(LANG, "box", "(" + OBJ + ")" + OBJ, LowerComposite.OBJ_T, x);
    }

    /** A new Object[] holding the values (boxed). */
    private static IrExpr objects(List<IrExpr> xs) {
        if (xs.isEmpty()) return new IrExpr.Nil(OBJS_T);
        return new IrExpr.ArrayLit(new ArrayList<>(xs), OBJS_T);
    }
}
