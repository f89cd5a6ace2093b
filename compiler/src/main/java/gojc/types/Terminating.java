package gojc.types;

import gojc.syntax.Expr;
import gojc.syntax.Stmt;
import gojc.syntax.Token;

import java.util.List;

/** The spec's terminating statements, for "missing return". */
final class Terminating {
    private Terminating() {}

    /** The Info of the package being checked, to tell the builtin panic from a shadowing one. */
    static final ThreadLocal<Info> INFO = new ThreadLocal<>();

    static boolean isTerminatingList(List<Stmt> list, String label) {
        // trailing empty statements are ignored
        int i = list.size() - 1;
        while (i >= 0 && list.get(i) instanceof Stmt.Empty) i--;
        return i >= 0 && isTerminating(list.get(i), label);
    }

    static boolean isTerminating(Stmt s, String label) {
        if (s instanceof Stmt.Return) return true;
        if (s instanceof Stmt.Branch b) return b.tok() == Token.GOTO || b.tok() == Token.FALLTHROUGH;
        if (s instanceof Stmt.ExprStmt es && Expr.unparen(es.x()) instanceof Expr.Call call
                && Expr.unparen(call.fun()) instanceof Expr.Ident id && id.name().equals("panic")
                && (INFO.get() == null || INFO.get().uses.get(id) instanceof Builtin)) {
            return true;
        }
        if (s instanceof Stmt.Block b) return isTerminatingList(b.stmts(), null);
        if (s instanceof Stmt.If i) {
            return i.els() != null && isTerminatingList(i.body().stmts(), null) && isTerminating(i.els(), null);
        }
        if (s instanceof Stmt.Labeled l) return isTerminating(l.stmt(), l.label().name());
        if (s instanceof Stmt.For f) {
            return f.cond() == null && !hasBreak(f.body(), label, true);
        }
        if (s instanceof Stmt.Switch sw) {
            boolean hasDefault = false;
            for (Stmt.CaseClause cc : sw.clauses()) {
                if (cc.isDefault()) hasDefault = true;
                if (!isTerminatingList(cc.body(), null) && !endsInFallthrough(cc.body()) || hasBreakList(cc.body(), label, true)) {
                    return false;
                }
            }
            return hasDefault;
        }
        if (s instanceof Stmt.TypeSwitch sw) {
            boolean hasDefault = false;
            for (Stmt.CaseClause cc : sw.clauses()) {
                if (cc.isDefault()) hasDefault = true;
                if (!isTerminatingList(cc.body(), null) || hasBreakList(cc.body(), label, true)) return false;
            }
            return hasDefault;
        }
        if (s instanceof Stmt.Select sel) {
            for (Stmt.CommClause cc : sel.clauses()) {
                if (!isTerminatingList(cc.body(), null) || hasBreakList(cc.body(), label, true)) return false;
            }
            return true;
        }
        return false;
    }

    private static boolean endsInFallthrough(List<Stmt> body) {
        return !body.isEmpty() && body.get(body.size() - 1) instanceof Stmt.Branch b && b.tok() == Token.FALLTHROUGH;
    }

    private static boolean hasBreakList(List<Stmt> list, String label, boolean implicit) {
        for (Stmt s : list) if (hasBreak(s, label, implicit)) return true;
        return false;
    }

    /** Whether s contains a break that targets the enclosing statement (unlabeled if implicit). */
    private static boolean hasBreak(Stmt s, String label, boolean implicit) {
        if (s instanceof Stmt.Branch b) {
            if (b.tok() != Token.BREAK) return false;
            if (b.label() == null) return implicit;
            return b.label().name().equals(label);
        }
        if (s instanceof Stmt.Block b) return hasBreakList(b.stmts(), label, implicit);
        if (s instanceof Stmt.Labeled l) return hasBreak(l.stmt(), label, implicit);
        if (s instanceof Stmt.If i) {
            return hasBreakList(i.body().stmts(), label, implicit) || i.els() != null && hasBreak(i.els(), label, implicit);
        }
        if (s instanceof Stmt.CaseClause cc) return hasBreakList(cc.body(), label, implicit);
        if (s instanceof Stmt.CommClause cc) return hasBreakList(cc.body(), label, implicit);
        // nested breakable statements: an unlabeled break targets them, not us
        if (label == null) return false;
        if (s instanceof Stmt.For f) return hasBreak(f.body(), label, false);
        if (s instanceof Stmt.Range r) return hasBreak(r.body(), label, false);
        if (s instanceof Stmt.Switch sw) {
            for (Stmt.CaseClause cc : sw.clauses()) if (hasBreakList(cc.body(), label, false)) return true;
        }
        if (s instanceof Stmt.TypeSwitch sw) {
            for (Stmt.CaseClause cc : sw.clauses()) if (hasBreakList(cc.body(), label, false)) return true;
        }
        if (s instanceof Stmt.Select sel) {
            for (Stmt.CommClause cc : sel.clauses()) if (hasBreakList(cc.body(), label, false)) return true;
        }
        return false;
    }
}
