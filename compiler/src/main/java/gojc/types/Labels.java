package gojc.types;

import gojc.syntax.Stmt;
import gojc.syntax.Token;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Labels of one function body: declarations, uses by goto/break/continue, misplaced branches. */
final class Labels {
    private final Checker c;
    private final Map<String, Label> labels = new HashMap<>();

    Labels(Checker c) {
        this.c = c;
    }

    void check(Stmt.Block body) {
        collect(body.stmts());
        branches(body.stmts(), null, false, false);
        new Gotos().check(body);
        for (Label l : labels.values()) {
            if (!l.used) c.error(l.pos, "label " + l.name + " defined and not used");
        }
    }

    private void collect(List<Stmt> list) {
        for (Stmt s : list) collect(s);
    }

    private void collect(Stmt s) {
        if (s instanceof Stmt.Labeled l) {
            String n = l.label().name();
            if (!n.equals("_")) {
                Label lab = new Label(l.label().pos(), c.pkg, n);
                Label prev = labels.putIfAbsent(n, lab);
                if (prev != null) {
                    c.error(lab.pos, "label " + n + " already defined at " + prev.pos);
                } else {
                    c.info.defs.put(l.label(), lab);
                }
            }
            collect(l.stmt());
        } else if (s instanceof Stmt.Block b) {
            collect(b.stmts());
        } else if (s instanceof Stmt.If i) {
            collect(i.body());
            if (i.els() != null) collect(i.els());
        } else if (s instanceof Stmt.For f) {
            collect(f.body());
        } else if (s instanceof Stmt.Range r) {
            collect(r.body());
        } else if (s instanceof Stmt.Switch sw) {
            for (Stmt.CaseClause cc : sw.clauses()) collect(cc.body());
        } else if (s instanceof Stmt.TypeSwitch sw) {
            for (Stmt.CaseClause cc : sw.clauses()) collect(cc.body());
        } else if (s instanceof Stmt.Select sel) {
            for (Stmt.CommClause cc : sel.clauses()) collect(cc.body());
        }
    }

    /** Checks branch statements; {@code enclosing} is the label of the innermost labeled statement. */
    private void branches(List<Stmt> list, String enclosing, boolean inLoop, boolean inBreakable) {
        for (Stmt s : list) branch(s, null, inLoop, inBreakable, enclosingLabels);
    }

    private final java.util.Deque<String[]> enclosingLabels = new java.util.ArrayDeque<>();

    private void branch(Stmt s, String label, boolean inLoop, boolean inBreakable, java.util.Deque<String[]> encl) {
        if (s instanceof Stmt.Labeled l) {
            branch(l.stmt(), l.label().name(), inLoop, inBreakable, encl);
            return;
        }
        if (s instanceof Stmt.Branch b) {
            String what = b.tok().text;
            if (b.label() != null) {
                Label lab = labels.get(b.label().name());
                if (lab == null) {
                    String n = b.label().name();
                    c.error(b.label().pos(), switch (b.tok()) {
                        case BREAK -> "break label not defined: " + n;
                        case CONTINUE -> "continue label not defined: " + n;
                        default -> "label " + n + " not defined";
                    });
                    return;
                }
                lab.used = true;
                c.info.uses.put(b.label(), lab);
                if (b.tok() == Token.GOTO) return;
                for (String[] e : encl) {
                    if (e[0].equals(b.label().name())) {
                        if (b.tok() == Token.CONTINUE && !e[1].equals("loop")) {
                            c.error(b.label().pos(), "invalid continue label " + b.label().name());
                        }
                        return;
                    }
                }
                c.error(b.label().pos(), "invalid " + what + " label " + b.label().name());
                return;
            }
            if (b.tok() == Token.BREAK && !inBreakable) c.error(b.pos(), "break is not in a loop, switch, or select");
            if (b.tok() == Token.CONTINUE && !inLoop) c.error(b.pos(), "continue is not in a loop");
            return;
        }
        if (s instanceof Stmt.Block b) {
            for (Stmt t : b.stmts()) branch(t, null, inLoop, inBreakable, encl);
        } else if (s instanceof Stmt.If i) {
            branch(i.body(), null, inLoop, inBreakable, encl);
            if (i.els() != null) branch(i.els(), null, inLoop, inBreakable, encl);
        } else if (s instanceof Stmt.For || s instanceof Stmt.Range) {
            if (label != null) encl.push(new String[]{label, "loop"});
            Stmt.Block body = s instanceof Stmt.For f ? f.body() : ((Stmt.Range) s).body();
            branch(body, null, true, true, encl);
            if (label != null) encl.pop();
        } else if (s instanceof Stmt.Switch || s instanceof Stmt.TypeSwitch || s instanceof Stmt.Select) {
            if (label != null) encl.push(new String[]{label, "switch"});
            if (s instanceof Stmt.Switch sw) {
                for (Stmt.CaseClause cc : sw.clauses()) for (Stmt t : cc.body()) branch(t, null, inLoop, true, encl);
            } else if (s instanceof Stmt.TypeSwitch sw) {
                for (Stmt.CaseClause cc : sw.clauses()) for (Stmt t : cc.body()) branch(t, null, inLoop, true, encl);
            } else {
                for (Stmt.CommClause cc : ((Stmt.Select) s).clauses()) for (Stmt t : cc.body()) branch(t, null, inLoop, true, encl);
            }
            if (label != null) encl.pop();
        }
    }

    /** goto may not jump into a block or over a variable declaration in the label's block. */
    private final class Gotos {
        private record Frame(List<Stmt> stmts, gojc.syntax.Pos start, Frame parent) {}

        private record Site(Frame frame, int index) {}

        private final Map<String, Site> labelSites = new HashMap<>();
        private final List<Object[]> gotoSites = new java.util.ArrayList<>();

        void check(Stmt.Block body) {
            walk(new Frame(body.stmts(), body.pos(), null));
            for (Object[] g : gotoSites) {
                Stmt.Branch b = (Stmt.Branch) g[0];
                List<Site> chain = (List<Site>) g[1];
                Site target = labelSites.get(b.label().name());
                if (target == null) continue;
                Site mine = null;
                for (Site s : chain) if (s.frame == target.frame) mine = s;
                String l = b.label().name();
                if (mine == null) {
                    c.error(b.label().pos(), "goto " + l + " jumps into block starting at " + target.frame.start);
                    continue;
                }
                String last = null;
                gojc.syntax.Pos lastAt = null;
                for (int i = mine.index + 1; i < target.index; i++) {
                    gojc.syntax.Pos[] at = new gojc.syntax.Pos[1];
                    String v = declaredVar(target.frame.stmts.get(i), at);
                    if (v != null) {
                        last = v;
                        lastAt = at[0];
                    }
                }
                if (last != null) {
                    c.error(b.label().pos(), "goto " + l + " jumps over declaration of " + last + " at " + lastAt);
                }
            }
        }

        private String declaredVar(Stmt s, gojc.syntax.Pos[] at) {
            if (s instanceof Stmt.Labeled l) return declaredVar(l.stmt(), at);
            if (s instanceof Stmt.DeclStmt d && d.decl().tok() == Token.VAR) {
                for (gojc.syntax.Decl.Spec spec : d.decl().specs()) {
                    if (spec instanceof gojc.syntax.Decl.ValueSpec vs && !vs.names().isEmpty()) {
                        at[0] = vs.names().get(0).pos();
                        return vs.names().get(0).name();
                    }
                }
            }
            if (s instanceof Stmt.Assign a && a.tok() == Token.DEFINE) {
                for (gojc.syntax.Expr e : a.lhs()) {
                    if (e instanceof gojc.syntax.Expr.Ident id && c.info.defs.get(id) instanceof Var) {
                        at[0] = a.pos();
                        return id.name();
                    }
                }
            }
            return null;
        }

        private final java.util.ArrayDeque<Site> chain = new java.util.ArrayDeque<>();

        private void walk(Frame f) {
            for (int i = 0; i < f.stmts.size(); i++) {
                Site site = new Site(f, i);
                chain.push(site);
                stmt(f.stmts.get(i), f, i);
                chain.pop();
            }
        }

        private void stmt(Stmt s, Frame f, int i) {
            if (s instanceof Stmt.Labeled l) {
                labelSites.putIfAbsent(l.label().name(), new Site(f, i));
                stmt(l.stmt(), f, i);
            } else if (s instanceof Stmt.Branch b && b.tok() == Token.GOTO && b.label() != null) {
                gotoSites.add(new Object[]{b, new java.util.ArrayList<>(chain)});
            } else if (s instanceof Stmt.Block b) {
                walk(new Frame(b.stmts(), b.pos(), f));
            } else if (s instanceof Stmt.If is) {
                walk(new Frame(is.body().stmts(), is.body().pos(), f));
                if (is.els() != null) {
                    if (is.els() instanceof Stmt.Block eb) walk(new Frame(eb.stmts(), eb.pos(), f));
                    else walk(new Frame(List.of(is.els()), is.els().pos(), f));
                }
            } else if (s instanceof Stmt.For fs) {
                walk(new Frame(fs.body().stmts(), fs.body().pos(), f));
            } else if (s instanceof Stmt.Range r) {
                walk(new Frame(r.body().stmts(), r.body().pos(), f));
            } else if (s instanceof Stmt.Switch sw) {
                for (Stmt.CaseClause cc : sw.clauses()) walk(new Frame(cc.body(), cc.pos(), f));
            } else if (s instanceof Stmt.TypeSwitch sw) {
                for (Stmt.CaseClause cc : sw.clauses()) walk(new Frame(cc.body(), cc.pos(), f));
            } else if (s instanceof Stmt.Select sel) {
                for (Stmt.CommClause cc : sel.clauses()) walk(new Frame(cc.body(), cc.pos(), f));
            }
        }
    }
}
