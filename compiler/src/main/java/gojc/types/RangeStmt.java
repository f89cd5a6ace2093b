package gojc.types;

import gojc.syntax.Expr;
import gojc.syntax.Stmt;
import gojc.syntax.Token;

import java.util.ArrayList;
import java.util.List;

/** for k, v := range x. */
final class RangeStmt {
    private final Checker c;
    private final Stmts stmts;

    RangeStmt(Checker c, Stmts stmts) {
        this.c = c;
        this.stmts = stmts;
    }

    void range(Stmt.Range r, Scope scope) {
        Scope rs = stmts.openScope(scope, r, "range");
        Operand x = new Operand();
        c.exprs.expr(x, r.x(), scope);
        Type key = null, val = null;
        if (!x.invalid()) {
            Type u = Types.coreString(x.type);
            if (u instanceof Basic b && b.isString()) {
                key = Universe.INT;
                val = Universe.RUNE;
                if (Types.isUntyped(x.type)) c.exprs.updateExprType(r.x(), Universe.STRING, true);
            } else if (u instanceof Array a) {
                key = Universe.INT;
                val = a.elem();
            } else if (u instanceof Pointer p && Types.under(p.elem()) instanceof Array a) {
                key = Universe.INT;
                val = a.elem();
            } else if (u instanceof Slice s) {
                key = Universe.INT;
                val = s.elem();
            } else if (u instanceof MapType m) {
                key = m.key();
                val = m.elem();
            } else if (u instanceof Chan ch) {
                key = ch.elem();
                if (ch.dir() == Chan.Dir.SEND) {
                    c.errorOp(x, "invalid operation: range " + ExprString.of(r.x()) + " receive from send-only channel " + c.str(x.type));
                }
                if (r.value() != null) {
                    c.errorAt(r.value(), "range over " + c.str(x) + " permits only one iteration variable");
                }
            } else {
                c.errorOp(x, "cannot range over " + c.str(x));
            }
        }
        Expr[] lhs = {r.key(), r.value()};
        Type[] rhs = {key, val};
        if (r.tok() == Token.DEFINE) {
            List<Var> vars = new ArrayList<>();
            List<Expr.Ident> ids = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                if (lhs[i] == null) continue;
                if (!(lhs[i] instanceof Expr.Ident id)) {
                    c.errorAt(lhs[i], "non-name " + ExprString.of(lhs[i]) + " on left side of :=");
                    continue;
                }
                Var v = new Var(id.pos(), c.pkg, id.name(), rhs[i] == null ? Universe.INVALID : rhs[i], Var.Kind.LOCAL, false);
                vars.add(v);
                ids.add(id);
            }
            for (int i = 0; i < vars.size(); i++) {
                c.declare(rs, ids.get(i), vars.get(i));
                stmts.declaredVar(vars.get(i));
            }
        } else if (r.tok() == Token.ASSIGN) {
            for (int i = 0; i < 2; i++) {
                if (lhs[i] == null || rhs[i] == null) continue;
                Operand l = new Operand();
                if (c.isBlank(lhs[i])) continue;
                c.exprs.expr(l, lhs[i], scope);
                if (l.invalid()) continue;
                stmts.countAssignment(lhs[i]);
                Operand v = new Operand();
                v.set(Mode.VALUE, rhs[i]);
                v.expr = lhs[i];
                if (!c.exprs.assignableTo(v, l.type, null)) {
                    c.errorAt(lhs[i], "cannot assign " + c.str(rhs[i]) + " to " + c.str(l) + " in range");
                }
            }
        }
        stmts.stmtList(r.body().stmts(), stmts.openScope(rs, r.body(), "block"));
    }
}
