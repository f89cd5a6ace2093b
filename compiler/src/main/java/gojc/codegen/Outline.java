package gojc.codegen;

import gojc.constant.ConstValue;
import gojc.ir.FuncRef;
import gojc.ir.IrExpr;
import gojc.ir.IrFunc;
import gojc.ir.IrStmt;
import gojc.ir.IrType;
import gojc.ir.Repr;
import gojc.ir.Variable;
import gojc.syntax.Pos;
import gojc.syntax.Token;
import gojc.types.Universe;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits a function body too large for one JVM method (64 KB of bytecode, after the
 * continuation transform has added its save and restore code) into the function and helper
 * methods, each running a run of consecutive statements of one block (docs/architecture.md,
 * "Method size").
 *
 * <p>A helper takes the variables its statements share with the rest of the function as
 * arguments: by value when the helper only reads them, as their heap cell when it writes them
 * (such variables live in a cell for the whole call, created at entry: a variable no closure
 * captures behaves the same in one cell per call). Variables only the run uses become the
 * helper's own. A run that leaves by {@code return}, {@code goto}, {@code break} or
 * {@code continue} to somewhere outside it returns the number of that exit (0 for falling
 * through), results stored in cells first, and the caller takes the exit. Statements with
 * defer or recover stay in the function; so do labels that code outside the statement jumps to.
 */
final class Outline {
    /**
     * Bodies with more IR nodes than this are split at once (far beyond 64 KB); smaller ones
     * only when their method turned out too large, so working methods are left as they are.
     */
    static final int SPLIT_MIN = 20000;
    /** IR nodes per helper at level 0: usually well under 64 KB even after the transform. */
    static final int CHUNK = 1200;
    /** Runs smaller than this stay in place: a call would cost about as much. */
    static final int RUN_MIN = 40;

    private static final IrType INT = IrType.of(Universe.INT32, Pos.NONE);
    private static final IrType BOOL = IrType.of(Universe.BOOL, Pos.NONE);

    private final IrFunc fn;
    /** IR nodes per run. */
    private final int chunk;
    private final String prefix;
    /** Variables that must keep their place: closure captures by value, defer frames, recover tokens. */
    private final Set<Variable> pinned = identitySet();
    /** How many gotos target each label, in the whole function. */
    private final Map<IrStmt.LabelId, Integer> gotos = new IdentityHashMap<>();
    /** How many nodes name each variable, in the whole function. */
    private Map<Variable, Integer> uses;
    private final List<Run> runs = new ArrayList<>();
    private final List<Variable> mainLocals;
    private final List<Variable> resultCells = new ArrayList<>();

    /** One run of statements to move into a helper; {@code marker} holds its place meanwhile. */
    private static final class Run {
        final List<IrStmt> stmts;
        final IrStmt marker;
        final Set<Variable> vars = identitySet();
        final Set<Variable> written = identitySet();

        Run(List<IrStmt> stmts, Pos pos) {
            this.stmts = stmts;
            this.marker = new IrStmt.Block(pos, List.of());
        }
    }

    private Outline(IrFunc fn, int chunk) {
        this.fn = fn;
        this.chunk = chunk;
        this.prefix = fn.ref().owner() + "$" + fn.ref().name();
        this.mainLocals = new ArrayList<>(fn.locals());
    }

    /** How many times each function (owner.name) was split again because a piece was still too large. */
    private static final ThreadLocal<Map<String, Integer>> LEVELS = ThreadLocal.withInitial(Map::of);
    static final int MAX_LEVEL = 4;

    /** Runs a package's compilation with the given split levels in force. */
    static <T> T withLevels(Map<String, Integer> levels, java.util.function.Supplier<T> compile) {
        Map<String, Integer> before = LEVELS.get();
        LEVELS.set(levels);
        try {
            return compile.get();
        } finally {
            LEVELS.set(before);
        }
    }

    /** The function (owner.name) a generated method belongs to: itself, or the one it is a run of. */
    static String functionOf(String className, String methodName) {
        String run = "$" + methodName + "$run";
        int at = className.lastIndexOf(run);
        if (at > 0 && className.substring(at + run.length()).chars().allMatch(Character::isDigit)) {
            className = className.substring(0, at);
        }
        return className + "." + methodName;
    }

    /**
     * f itself when it is small enough; else f with runs moved out, then the helpers. Level 0
     * splits only bodies over SPLIT_MIN nodes; each further level (set after a method was still
     * over 64 KB) splits the function whatever its size, into runs half as large.
     */
    static List<IrFunc> split(IrFunc f) {
        int level = LEVELS.get().getOrDefault(f.ref().owner() + "." + f.ref().name(), 0);
        int count = BigCode.count(f.body());
        if (level == 0 && count <= SPLIT_MIN) return List.of(f);
        int chunk = level == 0 ? CHUNK : Math.max(RUN_MIN * 2, Math.min(CHUNK, count / 2) >> (level - 1));
        List<IrFunc> out = new Outline(f, chunk).run();
        if (System.getenv("GOJC_OUTLINE") != null) {
            System.err.println("outline " + f.ref().owner() + "." + f.ref().name() + " level " + level + ": " + count
                    + " nodes -> " + out.stream().map(x -> String.valueOf(BigCode.count(x.body()))).toList());
        }
        return out;
    }

    private List<IrFunc> run() {
        IrStmt.Block body = copyWrittenParams(fn.body());
        BigCode.walk(body, n -> {
            if (n instanceof IrExpr.MakeClosure m) {
                for (Variable v : m.captures()) if (!v.boxed) pinned.add(v);
            } else if (n instanceof IrExpr.Recover r) {
                pinned.add(r.token());
            } else if (n instanceof IrStmt.Defer d) {
                pinned.add(d.frame());
            } else if (n instanceof IrStmt.DeferScope d) {
                pinned.add(d.frame());
            } else if (n instanceof IrStmt.Goto g) {
                gotos.merge(g.target(), 1, Integer::sum);
            }
        });
        uses = uses(body);
        IrStmt.Block planned = block(body);
        if (runs.isEmpty()) return List.of(fn);

        // which variables each run shares with the rest of the function
        Set<Variable> inMain = variables(planned);
        inMain.addAll(fn.params());
        Map<Variable, Integer> runsUsing = new IdentityHashMap<>();
        for (Run r : runs) {
            collect(r.stmts, r.vars, r.written);
            for (Variable v : r.vars) runsUsing.merge(v, 1, Integer::sum);
        }
        Set<Variable> toBox = identitySet();
        for (Run r : runs) {
            for (Variable v : r.written) {
                if (!v.boxed && shared(v, inMain, runsUsing)) toBox.add(v);
            }
        }
        List<IrStmt> entry = new ArrayList<>();
        for (Variable v : toBox) {
            v.boxed = true;
            entry.add(new IrStmt.NewCell(fn.pos(), v));
        }
        List<IrFunc> helpers = new ArrayList<>();
        Map<IrStmt, IrStmt> calls = new IdentityHashMap<>();
        for (Run r : runs) {
            calls.put(r.marker, helper(r, inMain, runsUsing, helpers, entry));
        }
        IrStmt.Block rebuilt = (IrStmt.Block) BigCode.rewrite(planned, n -> n instanceof IrStmt s && calls.containsKey(s) ? calls.get(s) : n);
        List<IrStmt> stmts = new ArrayList<>(entry);
        stmts.addAll(rebuilt.stmts());
        // a void body ending in a moved return falls through once the dispatch is done
        if (fn.ref().result().repr() == Repr.VOID) stmts.add(new IrStmt.Return(fn.pos(), List.of()));
        List<IrFunc> out = new ArrayList<>();
        out.add(new IrFunc(fn.ref(), fn.pos(), fn.params(), mainLocals, new IrStmt.Block(body.pos(), stmts)));
        out.addAll(helpers);
        return out;
    }

    private static boolean shared(Variable v, Set<Variable> inMain, Map<Variable, Integer> runsUsing) {
        return inMain.contains(v) || runsUsing.getOrDefault(v, 0) > 1;
    }

    /**
     * Parameters the body assigns become locals copied at entry, so that a helper writing one
     * can share it in a cell (a parameter's slot holds the caller's value, never a cell).
     */
    private IrStmt.Block copyWrittenParams(IrStmt.Block body) {
        Set<Variable> written = identitySet();
        collect(body, identitySet(), written);
        Map<Variable, Variable> copies = new IdentityHashMap<>();
        List<IrStmt> entry = new ArrayList<>();
        for (Variable p : fn.params()) {
            if (!written.contains(p) || p.boxed) continue;
            Variable c = new Variable(p.name, p.type);
            copies.put(p, c);
            mainLocals.add(c);
            entry.add(new IrStmt.Store(fn.pos(), c, new IrExpr.Load(p)));
        }
        if (copies.isEmpty()) return body;
        IrStmt.Block b = (IrStmt.Block) BigCode.rewrite(body, n -> {
            if (n instanceof IrExpr.Load l && copies.containsKey(l.var())) return new IrExpr.Load(copies.get(l.var()));
            if (n instanceof IrStmt.Store s && copies.containsKey(s.var())) return new IrStmt.Store(s.pos(), copies.get(s.var()), s.value());
            return n;
        });
        entry.addAll(b.stmts());
        return new IrStmt.Block(b.pos(), entry);
    }

    // ---- Choosing runs ----

    /** The block with its runs replaced by markers; statements too large for a run are split inside. */
    private IrStmt.Block block(IrStmt.Block b) {
        List<IrStmt> out = new ArrayList<>();
        List<IrStmt> run = new ArrayList<>();
        int size = 0;
        for (IrStmt s : b.stmts()) {
            int n = BigCode.count(s);
            // s reads the results of the call just before: both stay in one method
            boolean follows = readsEarlierResults(s);
            if (!movable(s) || n > chunk) {
                IrStmt last = follows && !run.isEmpty() ? run.remove(run.size() - 1) : null;
                flush(run, out);
                if (last != null) out.add(last);
                run = new ArrayList<>();
                size = 0;
                out.add(n > chunk ? inside(s) : s);
                continue;
            }
            if (follows && run.isEmpty()) {
                out.add(s);
                continue;
            }
            if (size + n > chunk && !follows) {
                flush(run, out);
                run = new ArrayList<>();
                size = 0;
            }
            run.add(s);
            size += n;
        }
        flush(run, out);
        return new IrStmt.Block(b.pos(), out);
    }

    private void flush(List<IrStmt> run, List<IrStmt> out) {
        if (BigCode.count(run) < RUN_MIN) {
            out.addAll(run);
            return;
        }
        Run r = new Run(List.copyOf(run), run.get(0).pos());
        runs.add(r);
        out.add(r.marker);
    }

    /** A statement too large for one run: its nested blocks are split. */
    private IrStmt inside(IrStmt s) {
        if (s instanceof IrStmt.Block b) return block(b);
        if (s instanceof IrStmt.If i) {
            return new IrStmt.If(i.pos(), i.cond(), inside(i.then()), i.els() == null ? null : inside(i.els()));
        }
        if (s instanceof IrStmt.Loop l) {
            return new IrStmt.Loop(l.pos(), l.id(), l.cond(), inside(l.body()), l.post(), l.counted());
        }
        if (s instanceof IrStmt.DeferScope d) {
            return new IrStmt.DeferScope(d.pos(), d.frame(), inside(d.body()), d.exit(), d.ret());
        }
        return s;
    }

    /**
     * Whether s may run in another method: no defer, recover or pinned variable written, no
     * label that code outside s jumps to, no cell created for a variable used outside s.
     */
    private boolean movable(IrStmt s) {
        if (s instanceof IrStmt.Label) return false;
        boolean[] ok = {true};
        Map<IrStmt.LabelId, Integer> inner = new IdentityHashMap<>();
        List<IrStmt.LabelId> defined = new ArrayList<>();
        // variables s creates a cell for or writes while they must stay put: s must hold all their uses
        Set<Variable> own = identitySet();
        BigCode.walk(s, n -> {
            if (n instanceof IrStmt.Defer || n instanceof IrStmt.DeferScope || n instanceof IrExpr.Recover) {
                ok[0] = false;
            } else if (n instanceof IrStmt.NewCell c) {
                own.add(c.var());
            } else if (n instanceof IrStmt.Store st && pinned.contains(st.var())) {
                own.add(st.var());
            } else if (n instanceof IrStmt.Label l) {
                defined.add(l.id());
            } else if (n instanceof IrStmt.Goto g) {
                inner.merge(g.target(), 1, Integer::sum);
            }
        });
        for (IrStmt.LabelId l : defined) {
            if (!inner.getOrDefault(l, 0).equals(gotos.getOrDefault(l, 0))) return false;
        }
        if (!own.isEmpty()) {
            Map<Variable, Integer> here = uses(s);
            for (Variable v : own) {
                if (!here.get(v).equals(uses.get(v))) return false;
            }
        }
        return ok[0];
    }

    /** Whether s reads the extra results of a call made before it (see IrExpr.ExtraResult). */
    private static boolean readsEarlierResults(IrStmt s) {
        boolean[] call = {false};
        boolean[] reads = {false};
        BigCode.walk(s, n -> {
            if (n instanceof IrExpr.ExtraResult && !call[0]) reads[0] = true;
            if (n instanceof IrExpr.Call || n instanceof IrExpr.CallValue || n instanceof IrExpr.IfaceCall
                    || n instanceof IrExpr.RtCall) call[0] = true;
        });
        return reads[0];
    }

    // ---- Building helpers ----

    /** The helper for r, added to helpers; returns the statements that call it and take its exits. */
    private IrStmt helper(Run r, Set<Variable> inMain, Map<Variable, Integer> runsUsing, List<IrFunc> helpers,
                          List<IrStmt> entry) {
        Pos pos = r.stmts.get(0).pos();
        List<Variable> params = new ArrayList<>();
        List<IrType> paramTypes = new ArrayList<>();
        List<IrExpr> args = new ArrayList<>();
        List<Variable> locals = new ArrayList<>();
        for (Variable v : r.vars) {
            if (!shared(v, inMain, runsUsing)) {
                locals.add(v);
                continue;
            }
            params.add(v);
            if (v.boxed) {
                paramTypes.add(cellType(v));
                args.add(new IrExpr.CellOf(v, cellType(v)));
            } else {
                paramTypes.add(v.type);
                args.add(new IrExpr.Load(v));
            }
        }
        // exits to outside the run
        Set<Object> inside = identitySet();
        BigCode.walk(r.stmts, n -> {
            if (n instanceof IrStmt.Label l) inside.add(l.id());
            if (n instanceof IrStmt.Loop l) inside.add(l.id());
        });
        List<IrStmt> exits = new ArrayList<>();
        List<IrStmt> body = new ArrayList<>();
        for (IrStmt s : r.stmts) {
            body.add((IrStmt) BigCode.rewrite(s, n -> exit(n, inside, exits, params, paramTypes, args, entry)));
        }
        int slots = 0;
        for (IrType t : paramTypes) slots += Math.max(1, t.repr().slots());
        if (slots > 255) {
            throw new gojc.ir.NotSupported("a piece of a function over 64 KB sharing " + slots
                    + " parameter slots with the rest (the JVM allows 255)", pos);
        }
        boolean coded = !exits.isEmpty();
        IrType result = coded ? INT : IrType.VOID;
        body.add(new IrStmt.Return(pos, coded ? List.of(intConst(0)) : List.of()));
        FuncRef ref = new FuncRef(prefix + "$run" + (helpers.size() + 1), fn.ref().name(), paramTypes, result);
        helpers.add(new IrFunc(ref, pos, params, locals, new IrStmt.Block(pos, body)));
        IrExpr call = new IrExpr.Call(ref, args, result);
        if (!coded) return new IrStmt.Eval(pos, call);
        Variable code = new Variable("$exit", INT);
        mainLocals.add(code);
        List<IrStmt> out = new ArrayList<>();
        out.add(new IrStmt.Store(pos, code, call));
        for (int i = 0; i < exits.size(); i++) {
            IrExpr is = new IrExpr.Compare(Token.EQL, new IrExpr.Load(code), intConst(i + 1), BOOL);
            out.add(new IrStmt.If(pos, is, exits.get(i), null));
        }
        return new IrStmt.Block(pos, out);
    }

    /**
     * n inside a helper: a jump or return leaving the run becomes {@code return code}; the
     * statement the caller runs for that code goes into exits.
     */
    private Object exit(Object n, Set<Object> inside, List<IrStmt> exits,
                        List<Variable> params, List<IrType> paramTypes, List<IrExpr> args, List<IrStmt> entry) {
        IrStmt leave = null;
        List<IrStmt> before = new ArrayList<>();
        if (n instanceof IrStmt.Goto g && !inside.contains(g.target())) {
            leave = g;
        } else if (n instanceof IrStmt.Break b && !inside.contains(b.loop())) {
            leave = b;
        } else if (n instanceof IrStmt.Continue c && !inside.contains(c.loop())) {
            leave = c;
        } else if (n instanceof IrStmt.Return ret) {
            // results go through cells of the function, created at entry
            List<IrExpr> loads = new ArrayList<>();
            for (int i = 0; i < ret.results().size(); i++) {
                IrExpr x = ret.results().get(i);
                Variable cell = resultCell(i, x.type(), entry);
                if (!params.contains(cell)) {
                    params.add(cell);
                    paramTypes.add(cellType(cell));
                    args.add(new IrExpr.CellOf(cell, cellType(cell)));
                }
                before.add(new IrStmt.Store(ret.pos(), cell, x));
                loads.add(new IrExpr.Load(cell));
            }
            leave = new IrStmt.Return(ret.pos(), loads);
        }
        if (leave == null) return n;
        int code = sameJump(exits, leave) + 1;
        if (code == 0) {
            exits.add(leave);
            code = exits.size();
        }
        before.add(new IrStmt.Return(((IrStmt) n).pos(), List.of(intConst(code))));
        return new IrStmt.Block(((IrStmt) n).pos(), before);
    }

    /** The cell that carries result i of type t out of helpers: one per result and type. */
    private Variable resultCell(int i, IrType t, List<IrStmt> entry) {
        for (Variable c : resultCells) {
            if (c.name.equals("$result" + i) && c.type.equals(t)) return c;
        }
        Variable cell = new Variable("$result" + i, t);
        cell.boxed = true;
        mainLocals.add(cell);
        entry.add(new IrStmt.NewCell(fn.pos(), cell));
        resultCells.add(cell);
        return cell;
    }

    /** The index of an exit jumping where leave jumps, or -1: such jumps share one code. */
    private static int sameJump(List<IrStmt> exits, IrStmt leave) {
        for (int i = 0; i < exits.size(); i++) {
            IrStmt e = exits.get(i);
            if (e instanceof IrStmt.Return a0 && leave instanceof IrStmt.Return b0 && sameCells(a0, b0)
                    || e instanceof IrStmt.Goto a && leave instanceof IrStmt.Goto b && a.target() == b.target()
                    || e instanceof IrStmt.Break a2 && leave instanceof IrStmt.Break b2 && a2.loop() == b2.loop()
                    || e instanceof IrStmt.Continue a3 && leave instanceof IrStmt.Continue b3 && a3.loop() == b3.loop()) {
                return i;
            }
        }
        return -1;
    }

    private static boolean sameCells(IrStmt.Return a, IrStmt.Return b) {
        if (a.results().size() != b.results().size()) return false;
        for (int i = 0; i < a.results().size(); i++) {
            if (((IrExpr.Load) a.results().get(i)).var() != ((IrExpr.Load) b.results().get(i)).var()) return false;
        }
        return true;
    }

    private static IrType cellType(Variable v) {
        return new IrType(null, Repr.REF, null, CallGen.rawDescriptor(v));
    }

    private static IrExpr intConst(int v) {
        return new IrExpr.Const(INT, ConstValue.makeInt64(v));
    }

    // ---- Variables ----

    /** How many nodes of tree name each variable. */
    private static Map<Variable, Integer> uses(Object tree) {
        Map<Variable, Integer> n = new IdentityHashMap<>();
        BigCode.walk(tree, x -> {
            Set<Variable> vs = identitySet();
            collect(x, vs, identitySet(), false);
            for (Variable v : vs) n.merge(v, 1, Integer::sum);
        });
        return n;
    }

    private static Set<Variable> variables(Object tree) {
        Set<Variable> vs = identitySet();
        collect(tree, vs, identitySet());
        return vs;
    }

    /** Adds the variables tree uses to used, those it assigns to written. */
    private static void collect(Object tree, Set<Variable> used, Set<Variable> written) {
        collect(tree, used, written, true);
    }

    /** deep: the whole tree; else only the node itself. */
    private static void collect(Object tree, Set<Variable> used, Set<Variable> written, boolean deep) {
        java.util.function.Consumer<Object> visit = n -> {
            if (n instanceof IrExpr.Load l) {
                used.add(l.var());
            } else if (n instanceof IrExpr.CellOf c) {
                used.add(c.var());
            } else if (n instanceof IrStmt.Store s) {
                used.add(s.var());
                written.add(s.var());
            } else if (n instanceof IrStmt.NewCell c) {
                used.add(c.var());
                written.add(c.var());
            } else if (n instanceof IrExpr.MakeClosure m) {
                used.addAll(m.captures());
            } else if (n instanceof IrExpr.Recover r) {
                used.add(r.token());
            } else if (n instanceof IrStmt.Defer d) {
                used.add(d.frame());
            } else if (n instanceof IrStmt.DeferScope d) {
                used.add(d.frame());
            }
        };
        if (deep) BigCode.walk(tree, visit);
        else visit.accept(tree);
    }

    /** IR objects compare by identity; insertion order keeps the generated code deterministic. */
    private static <T> Set<T> identitySet() {
        return new LinkedHashSet<>();
    }
}
