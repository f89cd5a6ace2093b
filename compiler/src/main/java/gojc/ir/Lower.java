package gojc.ir;

import gojc.constant.ConstValue;
import gojc.syntax.Decl;
import gojc.syntax.Expr;
import gojc.syntax.Pos;
import gojc.syntax.Stmt;
import gojc.syntax.Token;
import gojc.types.Builtin;
import gojc.types.Const;
import gojc.types.Func;
import gojc.types.Info;
import gojc.types.Mode;
import gojc.types.Obj;
import gojc.types.Signature;
import gojc.types.TypeAndValue;
import gojc.types.TypeName;
import gojc.types.Var;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lowers one checked function body to the IR: identifiers become variables, globals or
 * constants, untyped operands typed ones, op-assignments and inc/dec plain stores, switch an if
 * chain. What it does not handle yet stops the build with {@link NotSupported}.
 */
public final class Lower {
    final Info info;
    final Map<Var, Variable> vars = new IdentityHashMap<>();
    final List<Variable> locals = new ArrayList<>();
    /** Labels of for loops and switches (a {@link IrStmt.SwitchId}) for break and continue. */
    final Map<String, IrStmt.LoopId> labels = new HashMap<>();
    /** Enclosing loops and switches, innermost last. */
    final ArrayList<IrStmt.LoopId> loops = new ArrayList<>();
    /** Goto targets by label name. */
    final Map<String, IrStmt.LabelId> gotoLabels = new HashMap<>();
    /** The function's results (named, or temporaries when it defers); bare returns read them. */
    List<Variable> namedResults = List.of();
    /** The function's result types. */
    List<IrType> resultTypes = List.of();
    /** Function literal context: the enclosing function's lowering, this closure's captures. */
    Lower parent;
    String closureClass;
    final List<Variable> captureFields = new ArrayList<>();
    final List<Variable> captureSources = new ArrayList<>();
    /** Where closure classes go, shared by a top-level function and its literals. */
    Closures closures;
    /** Set when the function contains defer: its frame and the exit where results return. */
    Variable deferFrame;
    IrStmt.LabelId deferExit;
    /** The recover token taken at entry, when the body calls recover. */
    Variable recoverToken;
    final LowerComposite comp = new LowerComposite(this);
    final LoopNarrowing narrowing = new LoopNarrowing(this);
    final LowerIface iface = new LowerIface(this);
    final LowerCalls calls = new LowerCalls(this);
    final LowerBranches branches = new LowerBranches(this);
    final LowerChan chans = new LowerChan(this);
    final ArrayPtrViews views = new ArrayPtrViews(this);
    /** The body being lowered (null for a package's init task). */
    Stmt.Block body;
    /** The Go name of the function being lowered (main.f, main.(*T).m, main.f.func1), for tracebacks. */
    String goName = "?";
    private int funcLits;

    String goName() {
        return goName;
    }

    /** The name gc gives the next function literal of this function: outer.funcN. */
    String nextLitName() {
        Lower root = this;
        String base = goName;
        return base + ".func" + (++root.funcLits);
    }

    Lower(Info info) {
        this.info = info;
    }

    /** The JVM method a Go function compiles to. */
    public static FuncRef ref(Func f, String name) {
        Signature sig = f.signature();
        List<IrType> params = new ArrayList<>();
        if (sig.recv() != null) {
            // Methods are static methods T$m(recv, params...) of their file's class.
            params.add(IrType.of(sig.recv().type(), f.pos));
            name = Names.recvTypeName(sig.recv().type()) + "$" + f.name;
        }
        for (Var p : sig.params().vars()) params.add(IrType.of(p.type(), f.pos));
        // Results beyond the first travel in the result area (gojc.rt.Results).
        IrType result = sig.results().size() == 0 ? IrType.VOID : IrType.of(sig.results().at(0), f.pos);
        String owner = Names.funcOwner(f);
        if (owner.startsWith("gojc/rt/std/")) name = Names.javaNativeName(name);
        return new FuncRef(owner, name, params, result);
    }

    /** A package's init task body: its variables in the checker's order, then its init funcs. */
    public static IrFunc packageInit(Info info, FuncRef ref, List<FuncRef> initFuncs, Pos pos) {
        return packageInit(info, ref, initFuncs, pos, new Closures(ref.owner() + "$init"));
    }

    public static IrFunc packageInit(Info info, FuncRef ref, List<FuncRef> initFuncs, Pos pos, Closures closures) {
        Lower l = new Lower(info);
        l.closures = closures;
        List<IrStmt> body = new ArrayList<>();
        for (var init : info.initOrder) {
            if (init.lhs().size() != 1 && Expr.unparen(init.rhs()) instanceof Expr.Call c) {
                List<IrExpr> vals = l.calls.multiValue(c, body);
                for (int i = 0; i < init.lhs().size(); i++) {
                    Var v = init.lhs().get(i);
                    if (v.name.equals("_")) continue;
                    IrExpr x = vals.get(i);
                    if (LowerIface.isInterface(v.type()) && !LowerIface.isInterface(x.type())) x = LowerIface.convert(x, IrType.of(v.type(), v.pos));
                    body.add(new IrStmt.StoreGlobal(v.pos, Names.global(v, IrType.of(v.type(), v.pos)), x));
                }
                continue;
            }
            if (init.lhs().size() == 2) {
                // var v, ok = m[k] / x.(T) / <-c: the comma-ok forms store into the package variables
                List<Expr> lhs = l.definingIdents(init.lhs());
                IrStmt ok = l.iface.commaOk(pos, lhs, init.rhs(), false);
                if (ok == null) ok = l.chans.commaOk(pos, lhs, init.rhs(), false);
                if (ok == null) ok = l.comp.commaOk(pos, lhs, init.rhs(), false);
                if (ok != null) {
                    body.add(ok);
                    continue;
                }
            }
            if (init.lhs().size() != 1) throw new NotSupported("multi-value package variable initialization", pos);
            Var v = init.lhs().get(0);
            IrExpr x = l.expr(init.rhs(), IrType.of(v.type(), v.pos));
            if (v.name.equals("_")) {
                body.add(new IrStmt.Eval(v.pos, x));
            } else {
                body.add(new IrStmt.StoreGlobal(v.pos, Names.global(v, ArrayPtrViews.globalType(v, v.pos)),
                        ArrayPtrViews.globalInit(v, LowerComposite.copyIfValue(x))));
            }
        }
        for (FuncRef f : initFuncs) body.add(new IrStmt.Eval(pos, new IrExpr.Call(f, List.of(), IrType.VOID)));
        body.add(new IrStmt.Return(pos, List.of()));
        return new IrFunc(ref, pos, List.of(), l.locals, new IrStmt.Block(pos, body));
    }

    /** The identifiers declaring package variables vs (a fresh blank identifier for _). */
    private List<Expr> definingIdents(List<Var> vs) {
        List<Expr> ids = new ArrayList<>();
        for (Var v : vs) {
            Expr.Ident found = new Expr.Ident(v.pos, "_");
            if (!v.name.equals("_")) {
                for (var d : info.defs.entrySet()) {
                    if (d.getValue() == v) found = d.getKey();
                }
            }
            ids.add(found);
        }
        return ids;
    }

    Variable local(Var v) {
        Variable x = views.isView(v) ? views.local(v) : new Variable(v.name, IrType.of(v.type(), v.pos));
        x.boxed = v.captured();
        vars.put(v, x);
        locals.add(x);
        narrowing.declared(v, x);
        return x;
    }

    /**
     * The variable for a local Go variable: this function's own, or (in a function literal) a
     * field of the closure capturing the enclosing function's variable.
     */
    Variable resolve(Var v, Pos pos) {
        Variable x = vars.get(v);
        if (x != null) return x;
        if (parent == null) throw new NotSupported("variable " + v.name + " from an enclosing function", pos);
        Variable f = capture(parent.resolve(v, pos), v.name);
        vars.put(v, f);
        return f;
    }

    /** A field of this closure holding what the enclosing function's variable outer holds. */
    Variable capture(Variable outer, String name) {
        Variable f = new Variable(name, outer.type);
        f.boxed = outer.boxed;
        f.field = "c" + captureFields.size() + "$" + name;
        f.fieldOwner = closureClass;
        captureFields.add(f);
        captureSources.add(outer);
        return f;
    }

    /** Declares a local: a fresh heap cell first when closures capture it. */
    /** Declares the Go local v with its first value (a cell when its address is taken). */
    IrStmt declareVar(Pos pos, Var v, IrExpr init) {
        if (LowerComposite.needsCell(v)) {
            if (v.captured()) throw new NotSupported("captured address-taken variable " + v.name, pos);
            return comp.initCell(pos, v, init);
        }
        return declare(pos, local(v), LowerComposite.copyIfValue(init));
    }

    IrStmt declare(Pos pos, Variable x, IrExpr init) {
        init = views.declared(x, init);
        narrowing.initialized(x, init);
        if (!x.boxed) return new IrStmt.Store(pos, x, init);
        return new IrStmt.Block(pos, List.of(new IrStmt.NewCell(pos, x), new IrStmt.Store(pos, x, init)));
    }

    /** A compiler temporary; {@code $} keeps it apart from Go names. */
    Variable temp(IrType t) {
        Variable v = new Variable("$t" + locals.size(), t);
        locals.add(v);
        return v;
    }

    static IrExpr zero(IrType t) {
        return switch (t.repr()) {
            case BOOL -> new IrExpr.Const(t, ConstValue.makeBool(false));
            case INT, LONG, FLOAT, DOUBLE -> new IrExpr.Const(t, ConstValue.makeInt64(0));
            case REF -> {
                if (t.isString()) yield new IrExpr.Const(t, ConstValue.makeString(""));
                if (t.isFunc() || t.refDescriptor().equals("Ljava/lang/Object;")) yield new IrExpr.Nil(t);
                yield new IrExpr.Zero(t);
            }
            case VOID -> throw new IllegalArgumentException("void zero");
        };
    }

    // ---- Statements ----

    IrStmt stmt(Stmt s) {
        if (s instanceof Stmt.ExprStmt e) return exprStmt(e);
        if (s instanceof Stmt.Defer d) return calls.deferStmt(d);
        if (s instanceof Stmt.Assign a) return assign(a);
        if (s instanceof Stmt.IncDec d) return incDec(d);
        if (s instanceof Stmt.Block b) return block(b);
        if (s instanceof Stmt.If i) return ifStmt(i);
        if (s instanceof Stmt.For f) return forStmt(f, null);
        if (s instanceof Stmt.Labeled lab) return labeled(lab);
        if (s instanceof Stmt.Branch b) return branch(b);
        if (s instanceof Stmt.Return r) return ret(r);
        if (s instanceof Stmt.DeclStmt d) return declStmt(d);
        if (s instanceof Stmt.Switch sw) return switchStmt(sw);
        if (s instanceof Stmt.Range r) return comp.range(r, null);
        if (s instanceof Stmt.TypeSwitch ts) return iface.typeSwitch(ts, null);
        if (s instanceof Stmt.Empty e) return new IrStmt.Block(e.pos(), List.of());
        if (s instanceof Stmt.Send send) return chans.send(send);
        if (s instanceof Stmt.Go g) return chans.goStmt(g);
        if (s instanceof Stmt.Select sel) return chans.select(sel, null);
        throw new NotSupported("statement " + s.getClass().getSimpleName(), s.pos());
    }

    IrStmt.Block block(Stmt.Block b) {
        List<IrStmt> out = new ArrayList<>();
        for (Stmt s : b.stmts()) out.add(stmt(s));
        return new IrStmt.Block(b.pos(), out);
    }

    private IrStmt exprStmt(Stmt.ExprStmt e) {
        Expr x = Expr.unparen(e.x());
        Builtin b = x instanceof Expr.Call c ? builtin(c.fun()) : null;
        if (b != null && (b.id == Builtin.Id.PRINT || b.id == Builtin.Id.PRINTLN)) {
            Expr.Call c = (Expr.Call) x;
            // Operands are evaluated before printing starts: print holds gc's printlock.
            List<IrStmt> out = new ArrayList<>();
            List<IrExpr> args = new ArrayList<>();
            if (calls.isSpread(c)) {
                // println(f()) prints each result of a multi-value call
                args.addAll(calls.multiValue((Expr.Call) Expr.unparen(c.args().get(0)), out));
                out.add(new IrStmt.Print(c.pos(), args, b.id == Builtin.Id.PRINTLN));
                return new IrStmt.Block(c.pos(), out);
            }
            for (Expr a : c.args()) {
                IrExpr v = expr(a, null);
                if (!(v instanceof IrExpr.Const) && !(v instanceof IrExpr.Load)) {
                    Variable tmp = temp(v.type());
                    out.add(new IrStmt.Store(a.pos(), tmp, v));
                    v = new IrExpr.Load(tmp);
                }
                args.add(v);
            }
            out.add(new IrStmt.Print(c.pos(), args, b.id == Builtin.Id.PRINTLN));
            return new IrStmt.Block(c.pos(), out);
        }
        if (b != null && b.id == Builtin.Id.PANIC) {
            return new IrStmt.Panic(e.pos(), calls.toAny(((Expr.Call) x).args().get(0)));
        }
        return new IrStmt.Eval(e.pos(), expr(x, null));
    }

    Builtin builtin(Expr fun) {
        fun = Expr.unparen(fun);
        if (fun instanceof Expr.Selector s) fun = s.sel(); // unsafe.Add, unsafe.Slice
        return fun instanceof Expr.Ident id && info.objectOf(id) instanceof Builtin b ? b : null;
    }

    private IrStmt assign(Stmt.Assign a) {
        if (a.lhs().size() > 1 && a.tok() != Token.DEFINE) {
            IrStmt ordered = assignTargetsFirst(a);
            if (ordered != null) return ordered;
        }
        if (a.lhs().size() == 2 && a.rhs().size() == 1) {
            IrStmt ok = iface.commaOk(a.pos(), a.lhs(), a.rhs().get(0), a.tok() == Token.DEFINE);
            if (ok == null) ok = chans.commaOk(a.pos(), a.lhs(), a.rhs().get(0), a.tok() == Token.DEFINE);
            if (ok == null) ok = comp.commaOk(a.pos(), a.lhs(), a.rhs().get(0), a.tok() == Token.DEFINE);
            if (ok != null) return ok;
        }
        if (a.lhs().size() != a.rhs().size()) {
            if (a.rhs().size() == 1 && Expr.unparen(a.rhs().get(0)) instanceof Expr.Call c) {
                List<IrStmt> out = new ArrayList<>();
                List<IrExpr> vs = calls.multiValue(c, out);
                out.addAll(storeAll(a.pos(), a.lhs(), vs, a.tok() == Token.DEFINE));
                return new IrStmt.Block(a.pos(), out);
            }
            throw new NotSupported("multi-value assignment", a.pos());
        }
        Token op = a.tok().binaryOfAssign();
        if (op != null) {
            Expr lhs = a.lhs().get(0);
            IrType t = type(lhs);
            // index, field and indirection targets evaluate their operands once
            LowerComposite.LValue lv = comp.lvalue(a.pos(), Expr.unparen(lhs));
            IrExpr y = op == Token.SHL || op == Token.SHR ? expr(a.rhs().get(0), null) : expr(a.rhs().get(0), t);
            IrExpr x = lv != null ? lv.load() : expr(lhs, t);
            IrExpr v = t.isString() ? new IrExpr.Concat(List.of(x, y), t) : new IrExpr.Binary(op, x, y, t);
            return lv != null ? lv.assign(a.pos(), v) : store(a.pos(), lhs, v);
        }
        if (a.lhs().size() == 1) {
            Expr lhs = a.lhs().get(0);
            return store(a.pos(), lhs, expr(a.rhs().get(0), lhsType(lhs, a.rhs().get(0))));
        }
        // Parallel assignment: evaluate every right side into temporaries first.
        List<IrStmt> out = new ArrayList<>();
        List<Variable> temps = new ArrayList<>();
        for (int i = 0; i < a.lhs().size(); i++) {
            IrType t = lhsType(a.lhs().get(i), a.rhs().get(i));
            Variable tmp = temp(t);
            temps.add(tmp);
            out.add(new IrStmt.Store(a.pos(), tmp, LowerComposite.copyIfValue(expr(a.rhs().get(i), t))));
        }
        List<IrExpr> vals = new ArrayList<>();
        for (Variable t : temps) vals.add(new IrExpr.Load(t));
        out.addAll(storeAll(a.pos(), a.lhs(), vals, a.tok() == Token.DEFINE));
        return new IrStmt.Block(a.pos(), out);
    }

    /** The type a right side converts to: the variable's, or for {@code _} the value's default. */
    private IrType lhsType(Expr lhs, Expr rhs) {
        if (lhs instanceof Expr.Ident id && id.isBlank()) {
            return IrType.of(gojc.types.Types.defaultType(info.typeOf(rhs).type()), rhs.pos());
        }
        // a variable redeclared by := is a use the checker records no type for
        if (lhs instanceof Expr.Ident id && info.objectOf(id) instanceof Var v) {
            return IrType.of(v.type(), id.pos());
        }
        return type(lhs);
    }

    /** The type of a variable a define statement declares. */
    IrType lhsVarType(Expr id) {
        return IrType.of(info.defs.get((Expr.Ident) id).type(), id.pos());
    }

    /**
     * The two phases of a parallel assignment of values (evaluated already): the index and
     * indirection operands of the targets, then the assignments from left to right.
     */
    /**
     * a, b = ... whose targets have operands with calls or receives ({@code *f(), p = m[k]}), or
     * any operands when the right side is one multi-value expression ({@code p, *p = f()}): the
     * targets' operands are evaluated before the right side (spec: Assignment statements, phase
     * one in the usual order), then the values are stored. Null when no target needs this.
     */
    private IrStmt assignTargetsFirst(Stmt.Assign a) {
        boolean needed = false;
        for (Expr e : a.lhs()) {
            // comma-ok forms store one by one: p, *p = m[k] must dereference the old p
            needed |= !(Expr.unparen(e) instanceof Expr.Ident) && (LowerCalls.hasCall(e) || a.rhs().size() == 1);
        }
        if (!needed) return null;
        List<IrStmt> out = new ArrayList<>();
        List<LowerComposite.LValue> targets = new ArrayList<>();
        for (Expr e : a.lhs()) {
            LowerComposite.LValue lv = comp.parallelTarget(a.pos(), Expr.unparen(e));
            if (lv != null) out.addAll(lv.pre());
            targets.add(lv);
        }
        List<IrExpr> vals;
        if (a.rhs().size() == 1) {
            Expr r = a.rhs().get(0);
            vals = a.lhs().size() == 2 ? iface.commaOkValues(a.pos(), r, out) : null;
            if (vals == null && a.lhs().size() == 2) vals = chans.commaOkValues(r, out);
            if (vals == null && a.lhs().size() == 2) vals = comp.commaOkValues(a.pos(), r, out);
            if (vals == null && Expr.unparen(r) instanceof Expr.Call c) vals = calls.multiValue(c, out);
            if (vals == null) return null;
        } else {
            vals = new ArrayList<>();
            for (int i = 0; i < a.lhs().size(); i++) {
                IrType t = lhsType(a.lhs().get(i), a.rhs().get(i));
                Variable tmp = temp(t);
                out.add(new IrStmt.Store(a.pos(), tmp, LowerComposite.copyIfValue(expr(a.rhs().get(i), t))));
                vals.add(new IrExpr.Load(tmp));
            }
        }
        for (int i = 0; i < a.lhs().size(); i++) {
            Expr e = Expr.unparen(a.lhs().get(i));
            LowerComposite.LValue lv = targets.get(i);
            out.add(lv != null ? lv.store().apply(assignable(vals.get(i), e)) : storeTo(a.pos(), e, vals.get(i), false));
        }
        return new IrStmt.Block(a.pos(), out);
    }

    List<IrStmt> storeAll(Pos pos, List<Expr> lhs, List<IrExpr> values, boolean define) {
        List<IrStmt> out = new ArrayList<>();
        List<IrStmt> stores = new ArrayList<>();
        for (int i = 0; i < lhs.size(); i++) {
            Expr e = Expr.unparen(lhs.get(i));
            LowerComposite.LValue lv = lhs.size() > 1 && !define ? comp.parallelTarget(pos, e) : null;
            if (lv == null) {
                stores.add(null);
                continue;
            }
            out.addAll(lv.pre());
            stores.add(lv.store().apply(assignable(values.get(i), e)));
        }
        for (int i = 0; i < lhs.size(); i++) {
            out.add(stores.get(i) != null ? stores.get(i) : storeTo(pos, lhs.get(i), values.get(i), define));
        }
        return out;
    }

    /** lhs = value, or lhs := value (a new variable is declared at its first store). */
    IrStmt storeTo(Pos pos, Expr lhs, IrExpr value, boolean define) {
        return store(pos, lhs, assignable(value, Expr.unparen(lhs)));
    }

    /**
     * value as assigned to lhs: converted to lhs's interface type when it is not an interface
     * itself (the values of multi-value calls and comma-ok forms arrive with their own types).
     */
    private IrExpr assignable(IrExpr value, Expr lhs) {
        if (lhs instanceof Expr.Ident id && id.isBlank()) return value;
        gojc.types.Type target = lhs instanceof Expr.Ident id && info.objectOf(id) instanceof Var v ? v.type()
                : info.typeOf(lhs) != null ? info.typeOf(lhs).type() : null;
        if (target == null || !LowerIface.isInterface(target) || LowerIface.isInterface(value.type())) return value;
        return LowerIface.convert(value, IrType.of(target, lhs.pos()));
    }

    private IrStmt store(Pos pos, Expr lhs, IrExpr value) {
        lhs = Expr.unparen(lhs);
        IrStmt composite = comp.store(pos, lhs, value);
        if (composite != null) return composite;
        if (lhs instanceof Expr.Ident id) {
            if (id.isBlank()) return new IrStmt.Eval(pos, value);
            Obj o = info.objectOf(id);
            if (o instanceof Var v) {
                if (v.kind == Var.Kind.PACKAGE) {
                    Global g = Names.global(v, IrType.of(v.type(), pos));
                    if (LowerComposite.isValue(g.type())) return new IrStmt.SetValue(pos, new IrExpr.LoadGlobal(g), value);
                    return new IrStmt.StoreGlobal(pos, g, value);
                }
                if (comp.isCell(v) || (LowerComposite.needsCell(v) && !vars.containsKey(v))) {
                    if (!comp.isCell(v)) return comp.initCell(pos, v, value);
                    return comp.storeCell(pos, v, value);
                }
                if (info.defs.get(id) == v && !vars.containsKey(v)) return declare(pos, local(v), LowerComposite.copyIfValue(value));
                Variable x = resolve(v, pos);
                // a struct or array variable owns its object: assignment copies into it
                if (LowerComposite.isValue(x.type)) return new IrStmt.SetValue(pos, new IrExpr.Load(x), value);
                return new IrStmt.Store(pos, x, value);
            }
        }
        if (lhs instanceof Expr.Selector sel && info.selections.get(sel) == null
                && info.uses.get(sel.sel()) instanceof Var v && v.kind == Var.Kind.PACKAGE) {
            // pkg.V = value: another package's variable
            Global g = Names.global(v, IrType.of(v.type(), pos));
            if (LowerComposite.isValue(g.type())) return new IrStmt.SetValue(pos, new IrExpr.LoadGlobal(g), value);
            return new IrStmt.StoreGlobal(pos, g, value);
        }
        throw new NotSupported("assignment to " + lhs.getClass().getSimpleName(), pos);
    }

    private IrStmt incDec(Stmt.IncDec d) {
        IrType t = type(d.x());
        IrExpr one = new IrExpr.Const(t, ConstValue.makeInt64(1));
        LowerComposite.LValue lv = comp.lvalue(d.pos(), Expr.unparen(d.x()));
        IrExpr x = lv != null ? lv.load() : expr(d.x(), t);
        IrExpr v = new IrExpr.Binary(d.tok() == Token.INC ? Token.ADD : Token.SUB, x, one, t);
        return lv != null ? lv.assign(d.pos(), v) : store(d.pos(), d.x(), v);
    }

    private IrStmt ifStmt(Stmt.If i) {
        List<IrStmt> out = new ArrayList<>();
        if (i.init() != null) out.add(stmt(i.init()));
        IrStmt els = i.els() == null ? null : stmt(i.els());
        IrExpr c = cond(i.cond());
        IrStmt then = block(i.body());
        if (c instanceof IrExpr.Const k && k.value().kind() == gojc.constant.Kind.BOOL) {
            // if haveArchSqrt { ... }: only the live branch is compiled, as gc does, so a call in
            // the dead one neither costs code nor makes the function look blocking
            // (Continuations); no label in it can be a goto's target from outside (spec: Goto)
            if (ConstValue.boolVal(k.value())) out.add(then);
            else if (els != null) out.add(els);
        } else {
            out.add(new IrStmt.If(i.pos(), c, then, els));
        }
        return new IrStmt.Block(i.pos(), out);
    }

    IrExpr cond(Expr e) {
        return expr(e, IrType.of(gojc.types.Universe.BOOL, e.pos()));
    }

    IrStmt forStmt(Stmt.For f, String label) {
        IrStmt.LoopId id = new IrStmt.LoopId();
        if (label != null) labels.put(label, id);
        loops.add(id);
        try {
            IrStmt narrowed = narrowing.forStmt(f, id);
            if (narrowed != null) return narrowed;
            List<IrStmt> out = new ArrayList<>();
            if (f.init() != null) out.add(stmt(f.init()));
            IrExpr c = f.cond() == null ? null : cond(f.cond());
            IrStmt post = f.post() == null ? null : stmt(f.post());
            if (f.init() instanceof Stmt.Assign a && a.tok() == Token.DEFINE) {
                IrStmt fresh = LoopVars.fresh(this, f.pos(), LoopVars.declared(this, a.lhs()));
                if (fresh != null) post = post == null ? fresh : new IrStmt.Block(f.pos(), List.of(fresh, post));
            }
            out.add(new IrStmt.Loop(f.pos(), id, c, block(f.body()), post));
            return new IrStmt.Block(f.pos(), out);
        } finally {
            loops.remove(loops.size() - 1);
        }
    }

    private IrStmt labeled(Stmt.Labeled l) {
        return branches.labeled(l);
    }

    private IrStmt branch(Stmt.Branch b) {
        return branches.branch(b);
    }

    private IrStmt switchStmt(Stmt.Switch sw) {
        return branches.switchStmt(sw, null);
    }

    private IrStmt ret(Stmt.Return r) {
        return calls.ret(r);
    }

    private IrStmt declStmt(Stmt.DeclStmt d) {
        List<IrStmt> out = new ArrayList<>();
        if (d.decl().tok() == Token.VAR) {
            for (Decl.Spec sp : d.decl().specs()) {
                Decl.ValueSpec vs = (Decl.ValueSpec) sp;
                if (!vs.values().isEmpty() && vs.values().size() != vs.names().size()) {
                    List<Expr> names = new ArrayList<>(vs.names());
                    IrStmt ok = iface.commaOk(vs.pos(), names, vs.values().get(0), true);
                    if (ok == null) ok = chans.commaOk(vs.pos(), names, vs.values().get(0), true);
                    if (ok == null) ok = comp.commaOk(vs.pos(), names, vs.values().get(0), true);
                    if (ok != null) {
                        out.add(ok);
                        continue;
                    }
                    if (!(vs.values().size() == 1 && Expr.unparen(vs.values().get(0)) instanceof Expr.Call c)) {
                        throw new NotSupported("multi-value var declaration", vs.pos());
                    }
                    List<IrExpr> values = calls.multiValue(c, out);
                    for (int i = 0; i < vs.names().size(); i++) {
                        Expr.Ident id = vs.names().get(i);
                        Var v = (Var) info.defs.get(id);
                        if (v == null) continue;
                        IrExpr x = assignable(values.get(i), id);
                        if (LowerComposite.needsCell(v)) {
                            out.add(comp.initCell(id.pos(), v, x));
                            continue;
                        }
                        out.add(declare(id.pos(), local(v), x));
                    }
                    continue;
                }
                for (int i = 0; i < vs.names().size(); i++) {
                    Expr.Ident id = vs.names().get(i);
                    Var v = (Var) info.defs.get(id);
                    if (v == null) continue; // blank
                    IrType vt = IrType.of(v.type(), id.pos());
                    IrExpr init = vs.values().isEmpty() ? zero(vt) : LowerComposite.copyIfValue(expr(vs.values().get(i), vt));
                    if (LowerComposite.needsCell(v)) {
                        out.add(comp.initCell(id.pos(), v, init));
                        continue;
                    }
                    out.add(declare(id.pos(), local(v), init));
                }
            }
        }
        // A local type declaration emits nothing: struct classes are generated where used.
        return new IrStmt.Block(d.pos(), out);
    }

    // ---- Expressions ----

    IrType type(Expr e) {
        TypeAndValue tv = info.typeOf(e);
        if (tv == null) throw new NotSupported("expression without type", e.pos());
        return IrType.of(tv.type(), e.pos());
    }

    /**
     * Lowers e; {@code want} is the type an untyped operand takes here (null: its own or default).
     */
    IrExpr expr(Expr e, IrType want) {
        TypeAndValue tv = info.typeOf(e);
        if (tv == null) throw new NotSupported("expression " + e.getClass().getSimpleName(), e.pos());
        if (LowerIface.isInterface(want) && !LowerIface.isInterface(tv.type())) return iface.toIface(e, want);
        if (tv.mode() == Mode.CONSTANT && tv.value() != null) {
            IrType t = gojc.types.Types.isUntyped(tv.type())
                    ? (want != null ? want : IrType.of(gojc.types.Types.defaultType(tv.type()), e.pos()))
                    : IrType.of(tv.type(), e.pos());
            return new IrExpr.Const(t, tv.value());
        }
        IrExpr x = exprNoConst(e, want);
        if (LowerIface.isInterface(want) && !LowerIface.isInterface(x.type())) return LowerIface.convert(x, want);
        if (want != null && gojc.types.Types.isUntyped(tv.type()) && x.type().repr() != want.repr()) {
            return new IrExpr.Convert(x, want);
        }
        return x;
    }

    private IrExpr exprNoConst(Expr e, IrType want) {
        Expr.Ident generic = calls.genericFunc(e);
        if (generic != null) return ident(generic, want);
        IrExpr composite = comp.expr(e, want);
        if (composite != null) return composite;
        if (e instanceof Expr.Paren p) return expr(p.x(), want);
        if (e instanceof Expr.TypeAssert ta) return iface.typeAssert(ta);
        if (e instanceof Expr.Ident id) return ident(id, want);
        Expr.Ident q = qualified(e);
        if (q != null) return ident(q, want);
        if (e instanceof Expr.Binary b) return binary(b, want);
        if (e instanceof Expr.Unary u) return unary(u, want);
        if (e instanceof Expr.Call c) return call(c);
        if (e instanceof Expr.FuncLit f) return calls.funcLit(f);
        if (e instanceof Expr.Selector sel && info.selections.get(sel) != null) return calls.selector(sel);
        throw new NotSupported("expression " + e.getClass().getSimpleName(), e.pos());
    }

    /** For a qualified identifier {@code pkg.Name}, the identifier Name; otherwise null. */
    Expr.Ident qualified(Expr e) {
        if (e instanceof Expr.Selector sel && Expr.unparen(sel.x()) instanceof Expr.Ident x
                && info.objectOf(x) instanceof gojc.types.PkgName) {
            return sel.sel();
        }
        return null;
    }

    private IrExpr ident(Expr.Ident id, IrType want) {
        Obj o = info.objectOf(id);
        if (o instanceof Var v) {
            if (v.kind == Var.Kind.PACKAGE) return new IrExpr.LoadGlobal(Names.global(v, ArrayPtrViews.globalType(v, id.pos())));
            IrExpr counter = narrowing.load(v);
            if (counter != null) return counter;
            return new IrExpr.Load(resolve(v, id.pos()));
        }
        if (o instanceof Const c) return new IrExpr.Const(IrType.of(c.type(), id.pos()), c.value());
        if (o instanceof Func f) return calls.funcValue(f, id, id.pos());
        if (o instanceof gojc.types.Nil) return new IrExpr.Nil(want != null ? want : IrType.of(info.typeOf(id).type(), id.pos()));
        throw new NotSupported("identifier " + id.name(), id.pos());
    }

    private IrExpr binary(Expr.Binary b, IrType want) {
        IrType result = IrType.of(typeOrDefault(b, want), b.pos());
        switch (b.op()) {
            case LAND, LOR -> {
                return new IrExpr.Logical(b.op(), cond(b.x()), cond(b.y()), result);
            }
            case EQL, NEQ, LSS, LEQ, GTR, GEQ -> {
                IrType operand = operandType(b.x(), b.y());
                return new IrExpr.Compare(b.op(), expr(b.x(), operand), expr(b.y(), operand), result);
            }
            case SHL, SHR -> {
                return new IrExpr.Binary(b.op(), expr(b.x(), result), expr(b.y(), null), result);
            }
            default -> {
                if (result.isString() && b.op() == Token.ADD) {
                    List<IrExpr> parts = new ArrayList<>();
                    flattenConcat(b, parts, result);
                    return new IrExpr.Concat(parts, result);
                }
                return new IrExpr.Binary(b.op(), expr(b.x(), result), expr(b.y(), result), result);
            }
        }
    }

    private void flattenConcat(Expr e, List<IrExpr> parts, IrType t) {
        Expr u = Expr.unparen(e);
        TypeAndValue tv = info.typeOf(u);
        if (u instanceof Expr.Binary b && b.op() == Token.ADD && tv.mode() != Mode.CONSTANT) {
            flattenConcat(b.x(), parts, t);
            flattenConcat(b.y(), parts, t);
        } else {
            parts.add(expr(u, t));
        }
    }

    private gojc.types.Type typeOrDefault(Expr e, IrType want) {
        gojc.types.Type t = info.typeOf(e).type();
        if (gojc.types.Types.isUntyped(t)) {
            return want != null && want.go() != null && !gojc.types.Types.isBoolean(t) ? want.go() : gojc.types.Types.defaultType(t);
        }
        return t;
    }

    /** The common type of a comparison's operands: the typed one's, else the default. */
    private IrType operandType(Expr x, Expr y) {
        IrType i = iface.compareType(x, y);
        if (i != null) return i;
        gojc.types.Type tx = info.typeOf(x).type();
        gojc.types.Type ty = info.typeOf(y).type();
        if (!gojc.types.Types.isUntyped(tx)) return IrType.of(tx, x.pos());
        if (!gojc.types.Types.isUntyped(ty)) return IrType.of(ty, y.pos());
        return IrType.of(gojc.types.Types.defaultType(tx), x.pos());
    }

    private IrExpr unary(Expr.Unary u, IrType want) {
        IrExpr recv = chans.recv(u);
        if (recv != null) return recv;
        IrType t = IrType.of(typeOrDefault(u, want), u.pos());
        return switch (u.op()) {
            case ADD -> expr(u.x(), t);
            case SUB, XOR, NOT -> new IrExpr.Unary(u.op(), expr(u.x(), t), t);
            default -> throw new NotSupported("unary " + u.op(), u.pos());
        };
    }

    private IrExpr call(Expr.Call c) {
        TypeAndValue ftv = info.typeOf(c.fun());
        if (ftv != null && ftv.isType()) {
            if (c.args().size() != 1) throw new NotSupported("conversion", c.pos());
            IrType to = IrType.of(ftv.type(), c.pos());
            if (LowerIface.isInterface(to)) return expr(c.args().get(0), to);
            IrExpr unsafe = LowerUnsafe.conversion(this, c.args().get(0), to);
            if (unsafe != null) return unsafe;
            IrExpr conv = comp.conversion(c.args().get(0), to, c.pos());
            if (conv != null) return conv;
            IrExpr x = expr(c.args().get(0), null);
            return new IrExpr.Convert(x, to);
        }
        return calls.call(c);
    }

    /** Lowers a top-level function or method; its function literals go to {@code closures}. */
    public static IrFunc lowerFunction(Info info, Decl.Func decl, Func f, FuncRef ref, Closures closures) {
        Lower l = new Lower(info);
        l.closures = closures;
        l.goName = LowerChan.goFuncName(f);
        List<Var> params = new ArrayList<>();
        if (f.signature().recv() != null) params.add(f.signature().recv());
        params.addAll(f.signature().params().vars());
        return l.calls.lowerBody(ref, decl.pos(), params, f.signature().results().vars(), decl.body(), f.usesRecover());
    }

    /**
     * A body-less function bound by linkname to a Go function of another package
     * ({@link Func#linkTarget}): it calls the target with its parameters and returns its results
     * (the results after the first stay in the result area the target filled).
     */
    public static IrFunc linkForwarder(Func f, FuncRef ref, Pos pos) {
        Func target = f.linkTarget();
        List<Variable> params = new ArrayList<>();
        List<IrExpr> args = new ArrayList<>();
        for (IrType t : ref.params()) {
            Variable v = new Variable("$p" + params.size(), t);
            params.add(v);
            args.add(new IrExpr.Load(v));
        }
        IrExpr call = new IrExpr.Call(ref(target, target.name), args, ref.result());
        List<IrStmt> body = new ArrayList<>();
        List<Variable> locals = new ArrayList<>();
        if (ref.result() == IrType.VOID) {
            body.add(new IrStmt.Eval(pos, call));
            body.add(new IrStmt.Return(pos, List.of()));
        } else {
            Var[] rs = f.signature().results().vars().toArray(new Var[0]);
            List<IrExpr> results = new ArrayList<>();
            for (int i = 0; i < rs.length; i++) {
                IrType t = IrType.of(rs[i].type(), pos);
                Variable tmp = new Variable("$t" + i, t);
                locals.add(tmp);
                body.add(new IrStmt.Store(pos, tmp, i == 0 ? call : new IrExpr.ExtraResult(i, t)));
                results.add(new IrExpr.Load(tmp));
            }
            body.add(new IrStmt.Return(pos, results));
        }
        return new IrFunc(ref, pos, params, locals, new IrStmt.Block(pos, body));
    }

    public static IrFunc lowerFunction(Info info, Decl.Func decl, Func f, FuncRef ref) {
        return lowerFunction(info, decl, f, ref, new Closures(ref.owner() + "$" + ref.name()));
    }
}
