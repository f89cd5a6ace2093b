package gojc.ir;

import gojc.syntax.Expr;
import gojc.syntax.Pos;
import gojc.syntax.Stmt;
import gojc.syntax.Token;
import gojc.types.Types;

import java.util.ArrayList;
import java.util.List;

/**
 * Lowering of labels, goto, break, continue and switch (with fallthrough): switch becomes a
 * test chain jumping to case bodies laid out in source order, so fallthrough simply falls into
 * the next body; break out of a switch jumps to its end.
 */
final class LowerBranches {
    private final Lower l;

    LowerBranches(Lower l) {
        this.l = l;
    }

    private IrStmt.LabelId gotoLabel(String name) {
        return l.gotoLabels.computeIfAbsent(name, IrStmt.LabelId::new);
    }

    IrStmt labeled(Stmt.Labeled lab) {
        String name = lab.label().name();
        List<IrStmt> out = new ArrayList<>();
        out.add(new IrStmt.Label(lab.pos(), gotoLabel(name)));
        Stmt s = lab.stmt();
        if (s instanceof Stmt.For f) {
            out.add(l.forStmt(f, name));
        } else if (s instanceof Stmt.Switch sw) {
            out.add(switchStmt(sw, name));
        } else if (s instanceof Stmt.TypeSwitch ts) {
            out.add(l.iface.typeSwitch(ts, name));
        } else if (s instanceof Stmt.Select sel) {
            out.add(l.chans.select(sel, name));
        } else if (s instanceof Stmt.Range r) {
            out.add(l.comp.range(r, name));
        } else {
            out.add(l.stmt(s));
        }
        return new IrStmt.Block(lab.pos(), out);
    }

    IrStmt branch(Stmt.Branch b) {
        if (b.tok() == Token.GOTO) return new IrStmt.Goto(b.pos(), gotoLabel(b.label().name()));
        if (b.tok() == Token.FALLTHROUGH) throw new NotSupported("misplaced fallthrough", b.pos());
        IrStmt.LoopId target = null;
        if (b.label() != null) {
            target = l.labels.get(b.label().name());
            if (target == null) throw new NotSupported(b.tok().text + " to label " + b.label().name(), b.pos());
        } else {
            for (int i = l.loops.size() - 1; i >= 0 && target == null; i--) {
                IrStmt.LoopId t = l.loops.get(i);
                if (b.tok() == Token.BREAK || !(t instanceof IrStmt.SwitchId)) target = t;
            }
            if (target == null) throw new NotSupported(b.tok().text + " outside a loop", b.pos());
        }
        if (b.tok() == Token.BREAK) {
            if (target instanceof IrStmt.SwitchId sw) return new IrStmt.Goto(b.pos(), sw.end);
            return new IrStmt.Break(b.pos(), target);
        }
        return new IrStmt.Continue(b.pos(), target);
    }

    IrStmt switchStmt(Stmt.Switch sw, String label) {
        IrStmt.SwitchId id = new IrStmt.SwitchId();
        if (label != null) l.labels.put(label, id);
        List<IrStmt> out = new ArrayList<>();
        if (sw.init() != null) out.add(l.stmt(sw.init()));
        Variable tag = null;
        if (sw.tag() != null) {
            tag = l.temp(IrType.of(Types.defaultType(l.info.typeOf(sw.tag()).type()), sw.pos()));
            out.add(new IrStmt.Store(sw.pos(), tag, l.expr(sw.tag(), tag.type)));
        }
        List<IrStmt.LabelId> bodies = new ArrayList<>();
        IrStmt.LabelId dflt = null;
        IrType bool = IrType.of(gojc.types.Universe.BOOL, sw.pos());
        // The tests, in source order, each jumping to its clause's body.
        for (Stmt.CaseClause cc : sw.clauses()) {
            IrStmt.LabelId body = new IrStmt.LabelId("$case");
            bodies.add(body);
            if (cc.isDefault()) {
                dflt = body;
                continue;
            }
            for (Expr e : cc.list()) {
                IrExpr c;
                if (tag == null && LowerIface.isInterface(l.info.typeOf(e).type())) {
                    // switch { case i: }, i an interface: i == true
                    IrType it = IrType.of(l.info.typeOf(e).type(), e.pos());
                    IrExpr t = LowerIface.convert(new IrExpr.Const(bool, gojc.constant.ConstValue.makeBool(true)), it);
                    c = new IrExpr.Compare(Token.EQL, l.expr(e, null), t, bool);
                } else if (tag == null) {
                    c = l.cond(e);
                } else if (!LowerIface.isInterface(tag.type) && LowerIface.isInterface(l.info.typeOf(e).type())) {
                    // switch x { case i: }, i an interface: the tag converted to i's type
                    IrType it = IrType.of(l.info.typeOf(e).type(), e.pos());
                    c = new IrExpr.Compare(Token.EQL, LowerIface.convert(new IrExpr.Load(tag), it), l.expr(e, null), bool);
                } else {
                    c = new IrExpr.Compare(Token.EQL, new IrExpr.Load(tag), l.expr(e, tag.type), bool);
                }
                out.add(new IrStmt.If(e.pos(), c, new IrStmt.Goto(e.pos(), body), null));
            }
        }
        out.add(new IrStmt.Goto(sw.pos(), dflt != null ? dflt : id.end));
        l.loops.add(id);
        try {
            for (int i = 0; i < sw.clauses().size(); i++) {
                Stmt.CaseClause cc = sw.clauses().get(i);
                out.add(new IrStmt.Label(cc.pos(), bodies.get(i)));
                List<Stmt> stmts = cc.body();
                boolean fall = !stmts.isEmpty() && stmts.get(stmts.size() - 1) instanceof Stmt.Branch b
                        && b.tok() == Token.FALLTHROUGH;
                List<IrStmt> body = new ArrayList<>();
                for (int j = 0; j < stmts.size() - (fall ? 1 : 0); j++) body.add(l.stmt(stmts.get(j)));
                out.add(new IrStmt.Block(cc.pos(), body));
                if (!fall) out.add(new IrStmt.Goto(end(cc, sw), id.end));
            }
        } finally {
            l.loops.remove(l.loops.size() - 1);
        }
        out.add(new IrStmt.Label(sw.rbrace(), id.end));
        return new IrStmt.Block(sw.pos(), out);
    }

    private static Pos end(Stmt.CaseClause cc, Stmt.Switch sw) {
        return cc.body().isEmpty() ? cc.pos() : cc.body().get(cc.body().size() - 1).pos();
    }
}
