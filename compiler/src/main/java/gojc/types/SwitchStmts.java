package gojc.types;

import gojc.syntax.Expr;
import gojc.syntax.Stmt;
import gojc.syntax.Token;

import java.util.ArrayList;
import java.util.List;

/** Expression and type switches. */
final class SwitchStmts {
    private final Checker c;
    private final Stmts stmts;

    SwitchStmts(Checker c, Stmts stmts) {
        this.c = c;
        this.stmts = stmts;
    }

    void exprSwitch(Stmt.Switch sw, Scope scope) {
        Scope ss = stmts.openScope(scope, sw, "switch");
        if (sw.init() != null) stmts.stmt(sw.init(), ss);
        Operand tag = new Operand();
        if (sw.tag() != null) {
            c.exprs.expr(tag, sw.tag(), ss);
            if (!tag.invalid()) c.exprs.assignment(tag, null, "switch expression");
            if (!tag.invalid() && !Types.comparable(tag.type) && !Types.hasNil(tag.type)) {
                c.errorOp(tag, "cannot switch on " + c.str(tag) + " (" + c.str(tag.type) + " is not comparable)");
                tag.invalidate();
            }
        } else {
            tag.set(Mode.CONSTANT, Universe.BOOL);
            tag.val = ConstOps.bool(true);
            tag.expr = new Expr.Ident(sw.pos(), "true");
        }
        boolean seenDefault = false;
        List<Operand> seen = new ArrayList<>();
        for (int i = 0; i < sw.clauses().size(); i++) {
            Stmt.CaseClause cc = sw.clauses().get(i);
            if (cc.isDefault()) {
                if (seenDefault) c.error(cc.pos(), "multiple defaults in switch");
                seenDefault = true;
            }
            for (Expr e : cc.list()) {
                Operand v = new Operand();
                c.exprs.expr(v, e, ss);
                if (v.invalid() || tag.invalid()) continue;
                c.exprs.convertUntyped(v, tag.type);
                if (v.invalid()) continue;
                Operand res = new Operand();
                res.copyFrom(v);
                c.exprs.comparison(res, tag, Token.EQL, true);
                if (res.invalid() || v.mode != Mode.CONSTANT || v.val == null || ConstOps.isUnknown(v.val)
                        || Types.isBoolean(v.type) || Types.isComplex(v.type)) {
                    continue;
                }
                for (Operand prev : seen) {
                    if (Types.identical(prev.type, v.type) && ConstOps.compare(prev.val, Token.EQL, v.val)) {
                        c.errorOp(v, "duplicate case " + c.str(v) + " in expression switch\n\t"
                                + ExprString.start(prev.expr) + ": previous case");
                        break;
                    }
                }
                seen.add(v);
            }
            Scope cs = stmts.openScope(ss, cc, "case");
            List<Stmt> body = cc.body();
            for (int k = 0; k < body.size(); k++) {
                Stmt s = body.get(k);
                if (s instanceof Stmt.Branch b && b.tok() == Token.FALLTHROUGH) {
                    stmts.placedFallthrough.add(b);
                    if (k != body.size() - 1) c.error(b.pos(), "fallthrough statement out of place");
                    else if (i == sw.clauses().size() - 1) c.error(b.pos(), "cannot fallthrough final case in switch");
                }
            }
            stmts.stmtList(body, cs);
        }
    }

    void typeSwitch(Stmt.TypeSwitch sw, Scope scope) {
        Scope ss = stmts.openScope(scope, sw, "type switch");
        if (sw.init() != null) stmts.stmt(sw.init(), ss);
        Operand x = new Operand();
        c.exprs.expr(x, sw.x(), ss);
        Interface xi = null;
        if (sw.bind() != null && sw.bind().isBlank()) c.error(sw.bind().pos(), "no new variable on left side of :=");
        if (!x.invalid()) {
            if (x.type instanceof TypeParam) {
                c.errorOp(x, "cannot use type switch on type parameter value " + c.str(x));
            } else if (Types.under(x.type) instanceof Interface i) {
                xi = i;
            } else {
                c.errorOp(x, c.str(x) + " is not an interface");
            }
        }
        List<Var> bound = new ArrayList<>();
        List<Type> seenTypes = new ArrayList<>();
        List<Expr> seenExprs = new ArrayList<>();
        Expr nilCase = null;
        boolean seenDefault = false;
        for (Stmt.CaseClause cc : sw.clauses()) {
            if (cc.isDefault()) {
                if (seenDefault) c.error(cc.pos(), "multiple defaults in switch");
                seenDefault = true;
            }
            Type single = null;
            for (Expr e : cc.list()) {
                Type t;
                if (Expr.unparen(e) instanceof Expr.Ident id && id.name().equals("nil") && c.lookup(ss, id) instanceof Nil) {
                    c.info.uses.put(id, Universe.NIL);
                    c.info.types.put(e, new TypeAndValue(Mode.VALUE, Universe.UNTYPED_NIL, null));
                    t = Universe.UNTYPED_NIL;
                    if (nilCase != null) {
                        c.errorAt(e, "duplicate case nil in type switch\n\t" + ExprString.start(nilCase) + ": previous case");
                    } else {
                        nilCase = e;
                    }
                } else {
                    t = c.typexprs.typ(e, ss);
                    if (xi != null && !Types.isInvalid(t)) c.exprs.typeAssertion(e, x, xi, t, true);
                    if (!Types.isInvalid(t)) {
                        for (int k = 0; k < seenTypes.size(); k++) {
                            if (Types.identical(seenTypes.get(k), t)) {
                                c.errorAt(e, "duplicate case " + c.str(t) + " in type switch\n\t"
                                        + ExprString.start(seenExprs.get(k)) + ": previous case");
                                break;
                            }
                        }
                        seenTypes.add(t);
                        seenExprs.add(e);
                    }
                }
                single = cc.list().size() == 1 ? t : null;
            }
            Scope cs = stmts.openScope(ss, cc, "case");
            if (sw.bind() != null) {
                Type vt = xi == null ? Universe.INVALID : single != null && single != Universe.UNTYPED_NIL ? single : x.type;
                Var v = new Var(sw.bind().pos(), c.pkg, sw.bind().name(), vt, Var.Kind.LOCAL, false);
                v.owner = c.fctx == null ? null : c.fctx.owner;
                cs.insert(v);
                c.info.implicits.put(cc, v);
                bound.add(v);
            }
            for (Stmt s : cc.body()) {
                if (s instanceof Stmt.Branch b && b.tok() == Token.FALLTHROUGH) {
                    stmts.placedFallthrough.add(b);
                    c.error(b.pos(), "cannot fallthrough in type switch");
                }
            }
            stmts.stmtList(cc.body(), cs);
        }
        if (sw.bind() != null) {
            Var any = new Var(sw.bind().pos(), c.pkg, sw.bind().name(), x.type, Var.Kind.LOCAL, false);
            c.info.defs.put(sw.bind(), null);
            boolean used = bound.stream().anyMatch(Var::used);
            if (!used && !sw.bind().isBlank()) {
                c.error(sw.bind().pos(), sw.bind().name() + " declared but not used");
            }
            any.used = true;
        }
    }
}
