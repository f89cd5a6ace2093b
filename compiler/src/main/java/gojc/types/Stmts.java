package gojc.types;

import gojc.syntax.Expr;
import gojc.syntax.Stmt;
import gojc.syntax.Token;

import java.util.ArrayList;
import java.util.List;

/** Function bodies and statements. */
final class Stmts {
    private final Checker c;
    /** Locals declared in the function being checked, for "declared but not used". */
    private List<Var> locals = new ArrayList<>();
    /** Fallthrough statements directly in a switch clause, judged by {@link SwitchStmts}; any other is out of place. */
    final java.util.Set<Stmt> placedFallthrough = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    Stmts(Checker c) {
        this.c = c;
    }

    void funcBody(Func f, Signature sig, Scope scope, Stmt.Block body) {
        Checker.FuncCtx saved = c.fctx;
        List<Var> savedLocals = locals;
        c.fctx = new Checker.FuncCtx(f, sig, f.decl == null ? (Object) body : f.decl.type());
        locals = new ArrayList<>();
        try {
            if (sig.recv() != null) sig.recv().owner = c.fctx.owner;
            for (Var v : sig.params().vars()) v.owner = c.fctx.owner;
            for (Var v : sig.results().vars()) v.owner = c.fctx.owner;
            c.info.scopes.put(body, scope);
            stmtList(body.stmts(), scope);
            new Labels(c).check(body);
            if (sig.results().size() > 0 && !Terminating.isTerminatingList(body.stmts(), null)) {
                c.error(body.rbrace(), "missing return");
            }
            reportUnused();
        } finally {
            c.fctx = saved;
            locals = savedLocals;
        }
    }

    void funcLitBody(Func enclosing, Signature sig, Scope scope, Expr.FuncLit lit, Stmt.Block body) {
        Checker.FuncCtx saved = c.fctx;
        List<Var> savedLocals = locals;
        c.fctx = new Checker.FuncCtx(enclosing, sig, lit.type());
        locals = savedLocals;
        try {
            for (Var v : sig.params().vars()) v.owner = lit.type();
            for (Var v : sig.results().vars()) v.owner = lit.type();
            c.info.scopes.put(body, scope);
            stmtList(body.stmts(), scope);
            new Labels(c).check(body);
            if (sig.results().size() > 0 && !Terminating.isTerminatingList(body.stmts(), null)) {
                c.error(body.rbrace(), "missing return");
            }
            if (saved == null) reportUnused();
        } finally {
            c.fctx = saved;
        }
    }

    private void reportUnused() {
        for (Var v : locals) {
            // variables of invalid type are not reported: their declaration had an error already
            if (!v.used && !v.name.equals("_") && !Types.isInvalid(v.type)) c.error(v.pos, v.name + " declared but not used");
        }
        locals = new ArrayList<>();
    }

    void declaredVar(Var v) {
        if (v.kind == Var.Kind.LOCAL) {
            v.owner = c.fctx == null ? null : c.fctx.owner;
            locals.add(v);
        }
    }

    Scope openScope(Scope parent, gojc.syntax.Node n, String what) {
        Scope s = new Scope(parent, n.pos(), what, false);
        s.local = true;
        c.info.scopes.put(n, s);
        return s;
    }

    void stmtList(List<Stmt> list, Scope scope) {
        for (Stmt s : list) stmt(s, scope);
    }

    /** Whether the statement being checked is in a generic function or a method of a generic type. */
    private boolean inGenericFunc() {
        Func f = c.fctx == null ? null : c.fctx.func;
        if (f == null || !(f.type instanceof Signature sig)) return false;
        return !sig.typeParams().isEmpty() || !sig.recvTypeParams().isEmpty();
    }

    void stmt(Stmt s, Scope scope) {
        if (s instanceof Stmt.Empty || s instanceof Stmt.Bad) return;
        if (s instanceof Stmt.DeclStmt d) {
            if (d.decl().tok() == Token.TYPE && inGenericFunc()) {
                // gc 1.19's restriction (issue 47631)
                c.error(d.pos(), "type declarations inside generic functions are not currently supported");
            }
            new Decls(c).localDecl(d.decl(), scope);
        } else if (s instanceof Stmt.Labeled l) {
            stmt(l.stmt(), scope);
        } else if (s instanceof Stmt.ExprStmt es) {
            exprStmt(es, scope);
        } else if (s instanceof Stmt.Send send) {
            Operand ch = new Operand(), v = new Operand();
            c.exprs.expr(ch, send.chan(), scope);
            c.exprs.expr(v, send.value(), scope);
            if (ch.invalid() || v.invalid()) return;
            if (!(Types.coreType(ch.type) instanceof Chan ct)) {
                c.error(s.pos(), "invalid operation: cannot send to non-channel " + c.str(ch));
                return;
            }
            if (ct.dir() == Chan.Dir.RECV) {
                c.error(s.pos(), "invalid operation: cannot send to receive-only channel " + c.str(ch));
                return;
            }
            c.exprs.assignment(v, ct.elem(), "send");
        } else if (s instanceof Stmt.IncDec id) {
            Operand x = new Operand();
            c.exprs.expr(x, id.x(), scope);
            if (x.invalid()) return;
            if (!Types.isNumeric(x.type)) {
                c.errorAt(id.x(), "invalid operation: " + ExprString.of(id.x()) + id.tok().text + " (non-numeric type " + c.str(x.type) + ")");
                return;
            }
            assignable(x, id.x());
        } else if (s instanceof Stmt.Assign a) {
            assign(a, scope);
        } else if (s instanceof Stmt.Go g) {
            callStmt(g.call(), scope, "go");
        } else if (s instanceof Stmt.Defer d) {
            callStmt(d.call(), scope, "defer");
        } else if (s instanceof Stmt.Return r) {
            returnStmt(r, scope);
        } else if (s instanceof Stmt.Branch b) {
            // labels are checked by Labels
            if (b.tok() == Token.FALLTHROUGH && !placedFallthrough.contains(b)) c.error(b.pos(), "fallthrough statement out of place");
        } else if (s instanceof Stmt.Block b) {
            stmtList(b.stmts(), openScope(scope, b, "block"));
        } else if (s instanceof Stmt.If i) {
            Scope is = openScope(scope, i, "if");
            if (i.init() != null) stmt(i.init(), is);
            Operand x = new Operand();
            c.exprs.expr(x, i.cond(), is);
            if (!x.invalid() && !Types.isBoolean(x.type)) {
                c.errorAt(i.cond(), "non-boolean condition in if statement");
            }
            stmtList(i.body().stmts(), openScope(is, i.body(), "block"));
            if (i.els() != null) stmt(i.els(), is);
        } else if (s instanceof Stmt.For f) {
            Scope fs = openScope(scope, f, "for");
            if (f.init() != null) stmt(f.init(), fs);
            if (f.cond() != null) {
                Operand x = new Operand();
                c.exprs.expr(x, f.cond(), fs);
                if (!x.invalid() && !Types.isBoolean(x.type)) {
                    c.errorAt(f.cond(), "non-boolean condition in for statement");
                }
            }
            if (f.post() != null) {
                if (f.post() instanceof Stmt.Assign pa && pa.tok() == Token.DEFINE) {
                    c.errorAt(pa.lhs().get(0), "cannot declare in post statement of for loop");
                }
                stmt(f.post(), fs);
            }
            stmtList(f.body().stmts(), openScope(fs, f.body(), "block"));
        } else if (s instanceof Stmt.Range r) {
            new RangeStmt(c, this).range(r, scope);
        } else if (s instanceof Stmt.Switch sw) {
            new SwitchStmts(c, this).exprSwitch(sw, scope);
        } else if (s instanceof Stmt.TypeSwitch ts) {
            new SwitchStmts(c, this).typeSwitch(ts, scope);
        } else if (s instanceof Stmt.Select sel) {
            for (Stmt.CommClause cc : sel.clauses()) {
                Scope cs = openScope(scope, cc, "case");
                if (cc.comm() != null) {
                    boolean ok = cc.comm() instanceof Stmt.Send || isRecv(cc.comm());
                    if (!ok) c.errorAt(commExpr(cc.comm()), "select case must be send or receive (possibly with assignment)");
                    else stmt(cc.comm(), cs);
                }
                stmtList(cc.body(), cs);
            }
        } else {
            throw c.unsupported("statement " + s.getClass().getSimpleName(), s.pos());
        }
    }

    private Expr commExpr(Stmt s) {
        if (s instanceof Stmt.ExprStmt e) return e.x();
        if (s instanceof Stmt.Assign a) return a.rhs().isEmpty() ? a.lhs().get(0) : a.rhs().get(0);
        return new Expr.Bad(s.pos());
    }

    private boolean isRecv(Stmt s) {
        Expr e = null;
        if (s instanceof Stmt.ExprStmt es) e = es.x();
        if (s instanceof Stmt.Assign a && a.rhs().size() == 1 && (a.tok() == Token.ASSIGN || a.tok() == Token.DEFINE)) e = a.rhs().get(0);
        return e != null && Expr.unparen(e) instanceof Expr.Unary u && u.op() == Token.ARROW;
    }

    private void exprStmt(Stmt.ExprStmt es, Scope scope) {
        Operand x = new Operand();
        c.exprs.rawExpr(x, es.x(), scope, null, false);
        if (x.invalid()) return;
        Expr e = Expr.unparen(es.x());
        String msg = null;
        switch (x.mode) {
            case NOVALUE:
                return;
            case BUILTIN:
                msg = "must be called";
                break;
            case TYPEXPR:
                msg = "is not an expression";
                break;
            default:
                if (e instanceof Expr.Call call) {
                    TypeAndValue ft = c.info.types.get(call.fun());
                    if (ft != null && ft.mode() == Mode.BUILTIN) {
                        String n = ExprString.of(Expr.unparen(call.fun()));
                        if (n.equals("copy") || n.equals("recover")) return;
                        msg = "is not used";
                    } else if (ft != null && ft.mode() == Mode.TYPEXPR) {
                        msg = "is not used";
                    } else {
                        return;
                    }
                } else if (e instanceof Expr.Unary u && u.op() == Token.ARROW) {
                    return;
                } else {
                    msg = "is not used";
                }
        }
        c.errorOp(x, c.str(x) + " " + msg);
    }

    private void callStmt(Expr.Call call, Scope scope, String what) {
        Operand x = new Operand();
        c.exprs.rawExpr(x, call, scope, null, false);
        if (x.invalid()) return;
        TypeAndValue ft = c.info.types.get(call.fun());
        if (ft != null && ft.mode() == Mode.TYPEXPR) {
            c.errorAt(call, what + " requires function call, not conversion");
        } else if (ft != null && ft.mode() == Mode.BUILTIN) {
            String n = ExprString.of(call.fun());
            if (!(n.equals("panic") || n.equals("print") || n.equals("println") || n.equals("recover")
                    || n.equals("close") || n.equals("copy") || n.equals("delete"))) {
                c.errorAt(call, what + " discards result of " + ExprString.of(call));
            }
        }
    }

    private void returnStmt(Stmt.Return r, Scope scope) {
        Tuple results = c.fctx.sig.results();
        if (r.results().isEmpty()) {
            if (results.size() > 0 && results.vars().get(0).name.isEmpty()) {
                c.error(r.pos(), "not enough return values\n\thave ()\n\twant " + tupleTypes(results));
            } else if (results.size() > 0) {
                for (Var v : results.vars()) {
                    Obj o = scope.lookupParent(v.name);
                    if (o != null && o != v && !v.name.equals("_")) {
                        c.error(r.pos(), "result parameter " + v.name + " not in scope at return\n\t" + o.pos + ": inner declaration of " + o.name);
                    }
                }
            }
            return;
        }
        if (results.size() == 0) {
            List<Operand> xs = operands(r.results(), scope);
            for (Operand x : xs) if (x.invalid()) return;
            c.errorAt(r.results().get(0), "too many return values\n\thave " + haveTypes(xs) + "\n\twant ()");
            return;
        }
        assignValues(results.vars(), r.results(), scope, "return statement", r);
    }

    private String tupleTypes(Tuple t) {
        List<Type> ts = new ArrayList<>();
        for (Var v : t.vars()) ts.add(v.type);
        return c.calls.typesSummary(ts, false);
    }

    private String haveTypes(List<Operand> xs) {
        return c.calls.summary(xs);
    }

    /** Evaluates rhs expressions; a single call with several results is spread. */
    List<Operand> operands(List<Expr> rhs, Scope scope) {
        List<Operand> xs = new ArrayList<>();
        if (rhs.size() == 1) {
            Operand x = new Operand();
            c.exprs.multiExpr(x, rhs.get(0), scope);
            if (x.mode == Mode.VALUE && x.type instanceof Tuple t) {
                for (int i = 0; i < t.size(); i++) {
                    Operand z = new Operand();
                    z.set(Mode.VALUE, t.at(i));
                    z.expr = rhs.get(0);
                    xs.add(z);
                }
                return xs;
            }
            xs.add(x);
            return xs;
        }
        for (Expr e : rhs) {
            Operand x = new Operand();
            c.exprs.expr(x, e, scope);
            xs.add(x);
        }
        return xs;
    }

    /** Return values against result variables (types only). */
    private void assignValues(List<Var> lhs, List<Expr> rhs, Scope scope, String context, Stmt.Return r) {
        List<Operand> xs = operands(rhs, scope);
        for (Operand x : xs) if (x.invalid()) return;
        if (xs.size() != lhs.size()) {
            String have = haveTypes(xs);
            Tuple want = c.fctx.sig.results();
            if (xs.size() < lhs.size()) {
                c.errorAt(rhs.get(rhs.size() - 1), "not enough return values\n\thave " + have + "\n\twant " + tupleTypes(want));
            } else {
                c.errorAt(rhs.get(Math.min(lhs.size(), rhs.size() - 1)), "too many return values\n\thave " + have + "\n\twant " + tupleTypes(want));
            }
            return;
        }
        for (int i = 0; i < xs.size(); i++) {
            Operand x = xs.get(i);
            if (x.mode == Mode.COMMAOK) x.mode = Mode.VALUE;
            c.exprs.assignment(x, lhs.get(i).type, context);
        }
    }

    /** Initializes vars from rhs (var declarations and :=), with gc's count-mismatch messages. */
    void initVars(List<Var> lhs, List<Expr> rhs, Stmt at, Scope scope) {
        boolean commaOk = lhs.size() == 2 && rhs.size() == 1;
        List<Operand> xs;
        if (commaOk) {
            Operand x = new Operand();
            c.exprs.multiExpr(x, rhs.get(0), scope);
            if (x.mode == Mode.COMMAOK || x.mode == Mode.MAPINDEX) {
                new Decls(c).initVar(lhs.get(0), withMode(x), "assignment");
                Operand ok = new Operand();
                ok.set(Mode.VALUE, Universe.UNTYPED_BOOL);
                ok.expr = rhs.get(0);
                new Decls(c).initVar(lhs.get(1), ok, "assignment");
                recordCommaOk(x);
                return;
            }
            xs = new ArrayList<>();
            if (x.mode == Mode.VALUE && x.type instanceof Tuple t) {
                for (int i = 0; i < t.size(); i++) {
                    Operand z = new Operand();
                    z.set(Mode.VALUE, t.at(i));
                    z.expr = rhs.get(0);
                    xs.add(z);
                }
            } else {
                xs.add(x);
            }
        } else {
            xs = operands(rhs, scope);
        }
        boolean bad = false;
        for (Operand x : xs) bad |= x.invalid();
        if (bad || xs.size() != lhs.size()) {
            for (Var v : lhs) {
                if (v.type == null) v.type = Universe.INVALID;
                v.used = true;
            }
            if (!bad) mismatch(lhs.size(), xs.size(), rhs, lhs.get(0).pos);
            return;
        }
        for (int i = 0; i < lhs.size(); i++) {
            Operand x = xs.get(i);
            if (x.mode == Mode.COMMAOK || x.mode == Mode.MAPINDEX) x.mode = Mode.VALUE;
            new Decls(c).initVar(lhs.get(i), x, rhs.size() == 1 && xs.size() > 1 ? "assignment" : "assignment");
        }
    }

    private Operand withMode(Operand x) {
        if (x.mode == Mode.COMMAOK || x.mode == Mode.MAPINDEX) x.mode = Mode.VALUE;
        return x;
    }

    private void recordCommaOk(Operand x) {
        TypeAndValue tv = c.info.types.get(x.expr);
        if (tv != null) {
            List<Var> vs = List.of(new Var(x.expr.pos(), c.pkg, "", x.type, Var.Kind.LOCAL, false),
                    new Var(x.expr.pos(), c.pkg, "", Universe.BOOL, Var.Kind.LOCAL, false));
            c.info.types.put(x.expr, new TypeAndValue(Mode.COMMAOK, new Tuple(vs), null));
        }
    }

    private void mismatch(int nl, int nr, List<Expr> rhs, gojc.syntax.Pos at) {
        String vars = nl + " variable" + (nl == 1 ? "" : "s");
        if (rhs.size() == 1 && Expr.unparen(rhs.get(0)) instanceof Expr.Call call) {
            c.errorAt(rhs.get(0), "assignment mismatch: " + vars + " but " + ExprString.of(call.fun()) + " returns " + nr + " value" + (nr == 1 ? "" : "s"));
        } else {
            c.errorAt(rhs.get(0), "assignment mismatch: " + vars + " but " + nr + " value" + (nr == 1 ? "" : "s"));
        }
    }

    private void assign(Stmt.Assign a, Scope scope) {
        if (a.tok() == Token.DEFINE) {
            shortVarDecl(a, scope);
            return;
        }
        if (a.tok() != Token.ASSIGN) {
            // op-assign
            Operand x = new Operand();
            c.exprs.binary(x, a.lhs().get(0), a.lhs().get(0), a.rhs().get(0), a.tok().binaryOfAssign(), scope);
            if (x.invalid()) return;
            Operand lhs = new Operand();
            c.exprs.expr(lhs, a.lhs().get(0), scope);
            if (lhs.invalid()) return;
            assignable(lhs, a.lhs().get(0));
            c.exprs.assignment(x, lhs.type, "assignment");
            return;
        }
        List<Operand> ls = new ArrayList<>();
        for (Expr l : a.lhs()) {
            Operand lx = new Operand();
            if (c.isBlank(l)) {
                c.info.defs.put((Expr.Ident) l, null);
                lx.set(Mode.VARIABLE, null);
                lx.expr = l;
            } else {
                lhsExpr(lx, l, scope);
            }
            ls.add(lx);
        }
        boolean commaOk = a.lhs().size() == 2 && a.rhs().size() == 1;
        List<Operand> xs;
        if (commaOk) {
            Operand x = new Operand();
            c.exprs.multiExpr(x, a.rhs().get(0), scope);
            if (x.mode == Mode.COMMAOK || x.mode == Mode.MAPINDEX) {
                x.mode = Mode.VALUE;
                assignTo(ls.get(0), x);
                Operand ok = new Operand();
                ok.set(Mode.VALUE, Universe.UNTYPED_BOOL);
                ok.expr = a.rhs().get(0);
                assignTo(ls.get(1), ok);
                recordCommaOk(x);
                return;
            }
            xs = new ArrayList<>();
            if (x.mode == Mode.VALUE && x.type instanceof Tuple t) {
                for (int i = 0; i < t.size(); i++) {
                    Operand z = new Operand();
                    z.set(Mode.VALUE, t.at(i));
                    z.expr = a.rhs().get(0);
                    xs.add(z);
                }
            } else {
                xs.add(x);
            }
        } else {
            xs = operands(a.rhs(), scope);
        }
        boolean bad = false;
        for (Operand x : xs) bad |= x.invalid();
        if (!bad && xs.size() != ls.size()) {
            mismatch(ls.size(), xs.size(), a.rhs(), ExprString.start(a.lhs().get(0)));
            bad = true;
        }
        if (bad) {
            useLhs(a.lhs(), scope);
            return;
        }
        boolean failed = false;
        for (int i = 0; i < xs.size(); i++) {
            Operand x = xs.get(i);
            if (x.mode == Mode.COMMAOK || x.mode == Mode.MAPINDEX) x.mode = Mode.VALUE;
            assignTo(ls.get(i), x);
            failed |= x.invalid();
        }
        if (failed) useLhs(a.lhs(), scope);
    }

    /** Counts an assignment to a variable named by l (Var.assignments). */
    void countAssignment(Expr l) {
        if (Expr.unparen(l) instanceof Expr.Ident id && c.info.objectOf(id) instanceof Var v) v.assignments++;
    }

    /** After a failed assignment the left-hand variables count as used (no follow-on errors). */
    private void useLhs(List<Expr> lhs, Scope scope) {
        for (Expr l : lhs) {
            if (Expr.unparen(l) instanceof Expr.Ident id && c.lookup(scope, id) instanceof Var v) v.used = true;
        }
    }

    /** Checks an assignment's left operand without counting it as a use of a variable. */
    private void lhsExpr(Operand lx, Expr l, Scope scope) {
        Var v = null;
        boolean wasUsed = false;
        if (Expr.unparen(l) instanceof Expr.Ident id) {
            Obj o = c.lookup(scope, id);
            if (o instanceof Var ov && ov.pkg == c.pkg) {
                v = ov;
                wasUsed = ov.used;
            }
        }
        c.exprs.expr(lx, l, scope);
        if (v != null) v.used = wasUsed;
        if (!lx.invalid()) assignable(lx, l);
    }

    private void assignTo(Operand lhs, Operand x) {
        if (lhs.invalid()) {
            return;
        }
        if (lhs.type == null) {
            // blank identifier
            c.exprs.assignment(x, null, "assignment");
            return;
        }
        c.exprs.assignment(x, lhs.type, "assignment");
    }

    /** Reports left-hand sides that cannot be assigned to. */
    private void assignable(Operand x, Expr l) {
        countAssignment(l);
        if (x.mode == Mode.VARIABLE || x.mode == Mode.MAPINDEX) return;
        Expr u = Expr.unparen(l);
        if (u instanceof Expr.Selector sel) {
            Selection s = c.info.selections.get(sel);
            TypeAndValue tv = c.info.types.get(sel.x());
            if (s != null && s.kind() == Selection.Kind.FIELD_VAL && tv != null && tv.mode() == Mode.MAPINDEX) {
                c.errorAt(l, "cannot assign to struct field " + ExprString.of(l) + " in map");
                x.invalidate();
                return;
            }
        }
        String what = x.mode == Mode.CONSTANT || x.mode == Mode.VALUE && Types.isString(x.type) && u instanceof Expr.Index
                ? "" : "";
        if (u instanceof Expr.Index ix && Types.isString(c.info.types.get(ix.x()) == null ? Universe.INVALID : c.info.types.get(ix.x()).type())) {
            c.errorAt(l, "cannot assign to " + ExprString.of(l) + " (value of type byte)");
        } else if (x.mode == Mode.CONSTANT) {
            c.errorAt(l, "cannot assign to " + ExprString.of(l) + " (neither addressable nor a map index expression)");
        } else {
            c.errorAt(l, "cannot assign to " + c.str(x) + " (neither addressable nor a map index expression)" + what);
        }
        x.invalidate();
    }

    private void shortVarDecl(Stmt.Assign a, Scope scope) {
        List<Var> lhs = new ArrayList<>();
        List<Var> fresh = new ArrayList<>();
        List<Expr.Ident> freshIds = new ArrayList<>();
        boolean bad = false;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Expr l : a.lhs()) {
            if (!(l instanceof Expr.Ident id)) {
                c.errorAt(l, "non-name " + ExprString.of(l) + " on left side of :=");
                bad = true;
                continue;
            }
            if (!id.isBlank() && !seen.add(id.name())) {
                c.errorAt(l, id.name() + " repeated on left side of :=");
                Var dup = new Var(id.pos(), c.pkg, "_", null, Var.Kind.LOCAL, false);
                lhs.add(dup);
                continue;
            }
            Obj alt = scope.lookup(id.name());
            if (alt instanceof Var av && !id.isBlank()) {
                c.info.uses.put(id, av);
                av.assignments++;
                lhs.add(av);
            } else {
                Var v = new Var(id.pos(), c.pkg, id.name(), null, Var.Kind.LOCAL, false);
                lhs.add(v);
                if (!id.isBlank()) {
                    fresh.add(v);
                    freshIds.add(id);
                } else {
                    c.info.defs.put(id, v);
                }
            }
        }
        if (bad) {
            for (Expr r : a.rhs()) {
                Operand x = new Operand();
                c.exprs.multiExpr(x, r, scope);
            }
            return;
        }
        // Redeclared variables keep their type; new ones get the value's type.
        List<Var> targets = new ArrayList<>();
        for (Var v : lhs) {
            if (fresh.contains(v) || v.name.equals("_")) {
                targets.add(v);
            } else {
                Var t = new Var(v.pos, v.pkg, v.name, v.type, Var.Kind.LOCAL, false);
                targets.add(t);
            }
        }
        initVars(targets, a.rhs(), a, scope);
        for (Var v : lhs) {
            if (v.type == null) v.type = Universe.INVALID;
        }
        for (int i = 0; i < fresh.size(); i++) {
            Var v = fresh.get(i);
            c.declare(scope, freshIds.get(i), v);
            declaredVar(v);
        }
        if (fresh.isEmpty() && !a.lhs().stream().allMatch(c::isBlank) || fresh.isEmpty()) {
            c.error(a.pos(), "no new variables on left side of :=");
        }
    }
}
