package gojc.ir;

import gojc.constant.ConstValue;
import gojc.syntax.Expr;
import gojc.syntax.Stmt;
import gojc.syntax.Token;
import gojc.types.Basic;
import gojc.types.Universe;
import gojc.types.Var;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the counter of {@code for v := A; v < B; v++ { ... }} (or {@code v <= B}, B below
 * MaxInt32) in a JVM int when its values provably fit: A and B lie in [0, MaxInt32]
 * (constants, len and cap, variables only ever holding such values, an enclosing narrowed
 * counter plus 0 or 1) and nothing but the post statement assigns v (nor takes its address,
 * nor captures it). Then v counts from A up to at most B <= MaxInt32 and never overflows an
 * int. A Go int is a JVM long, and C2 (JDK 17) turns only int-counted loops into counted loops:
 * it hoists their range checks and unrolls them.
 * Uses of v read the int widened to v's type; indexes use it as is (LowerComposite.jvmIndex).
 * A loop whose bound is also invariant is marked counted, so FuncGen strip-mines its polls.
 */
final class LoopNarrowing {
    private final Lower l;
    /** Narrowed Go counters and the int variables holding them. */
    private final Map<Var, Variable> counters = new IdentityHashMap<>();
    private final Set<Variable> narrowed = new HashSet<>();
    /** Locals never assigned after a declaration whose value is in [0, MaxInt32]. */
    private final Set<Variable> bounded = new HashSet<>();
    /** Locals and parameters never assigned after their declaration, nor captured, nor address-taken. */
    private final Set<Variable> invariant = new HashSet<>();

    LoopNarrowing(Lower l) {
        this.l = l;
    }

    private static final BigInteger MAX_INT32 = BigInteger.valueOf(Integer.MAX_VALUE);

    /** Never assigned after its declaration, nor captured, nor address-taken (the checker counts). */
    private static boolean fixed(Var v) {
        return v.assignments() == 0 && !v.captured() && !v.addressTaken()
                && (v.kind == Var.Kind.LOCAL || v.kind == Var.Kind.PARAM);
    }

    /** Records a local or parameter as declared (Lower.local): invariant when fixed. */
    void declared(Var v, Variable x) {
        if (fixed(v)) invariant.add(x);
    }

    /** Records the value an invariant local is declared with (Lower.declare): bounded when it fits. */
    void initialized(Variable x, IrExpr init) {
        if (init != null && invariant.contains(x) && nonNegInt32(init)) bounded.add(x);
    }

    /** The narrowed counter v as a value of its Go type, or null when v is not one. */
    IrExpr load(Var v) {
        Variable x = counters.get(v);
        return x == null ? null : new IrExpr.Convert(new IrExpr.Load(x), IrType.of(v.type(), v.pos));
    }

    /** The loop with its counter in an int, or null when it does not qualify. */
    IrStmt forStmt(Stmt.For f, IrStmt.LoopId id) {
        if (!(f.init() instanceof Stmt.Assign a) || a.tok() != Token.DEFINE || a.lhs().size() != 1 || a.rhs().size() != 1) return null;
        if (!(a.lhs().get(0) instanceof Expr.Ident vid) || !(l.info.defs.get(vid) instanceof Var v)) return null;
        if (v.captured() || v.addressTaken() || v.assignments() != 1) return null; // 1: the post statement
        if (!(v.type().underlying() instanceof Basic b) || b != Universe.INT && b != Universe.INT64) return null;
        if (!(f.post() instanceof Stmt.IncDec inc) || inc.tok() != Token.INC || !names(inc.x(), v)) return null;
        if (!(f.cond() instanceof Expr.Binary c) || c.op() != Token.LSS && c.op() != Token.LEQ || !names(c.x(), v)) return null;
        if (!simple(a.rhs().get(0)) || !simple(c.y())) return null;
        IrType vt = IrType.of(v.type(), v.pos);
        IrExpr from = l.expr(a.rhs().get(0), vt);
        IrExpr to = l.expr(c.y(), vt);
        if (!nonNegInt32(from) || !nonNegInt32(to)) return null;
        boolean inclusive = c.op() == Token.LEQ;
        if (inclusive && !belowMaxInt32(to)) return null; // v <= B: v reaches B, so B + 1 must fit
        IrType i32 = IrType.of(Universe.INT32, v.pos);
        Variable x = l.temp(i32);
        counters.put(v, x);
        narrowed.add(x);
        IrStmt init = new IrStmt.Store(a.pos(), x, asInt(from, i32));
        IrExpr bound = asInt(to, i32);
        if (inclusive) bound = new IrExpr.Binary(Token.ADD, bound, new IrExpr.Const(i32, ConstValue.makeInt64(1)), i32);
        // v <= B as v < B + 1: the shape FuncGen strip-mines
        IrExpr cond = new IrExpr.Compare(Token.LSS, new IrExpr.Load(x), bound, IrType.of(Universe.BOOL, c.pos()));
        IrStmt post = new IrStmt.Store(inc.pos(), x,
                new IrExpr.Binary(Token.ADD, new IrExpr.Load(x), new IrExpr.Const(i32, ConstValue.makeInt64(1)), i32));
        IrStmt body = l.block(f.body());
        return new IrStmt.Block(f.pos(), List.of(init, new IrStmt.Loop(f.pos(), id, cond, body, post, invariant(to))));
    }

    /**
     * A bound of a form nonNegInt32 may accept, with nothing to lower twice (no function
     * literal, no call but len or cap of a name): the caller lowers it again when the loop
     * does not qualify.
     */
    private boolean simple(Expr e) {
        e = Expr.unparen(e);
        if (e instanceof Expr.BasicLit || e instanceof Expr.Ident) return true;
        if (e instanceof Expr.Binary b) return b.op() == Token.ADD && simple(b.x()) && simple(b.y());
        return e instanceof Expr.Call call && call.args().size() == 1 && !call.hasDots()
                && Expr.unparen(call.fun()) instanceof Expr.Ident f && l.info.objectOf(f) instanceof gojc.types.Builtin
                && (Expr.unparen(call.args().get(0)) instanceof Expr.Ident
                        || Expr.unparen(call.args().get(0)) instanceof Expr.Selector sel && Expr.unparen(sel.x()) instanceof Expr.Ident);
    }

    private boolean names(Expr e, Var v) {
        return Expr.unparen(e) instanceof Expr.Ident id && l.info.objectOf(id) == v;
    }

    /** e's value always lies in [0, MaxInt32]. */
    boolean nonNegInt32(IrExpr e) {
        if (e instanceof IrExpr.Const k) {
            if (k.value().kind() != gojc.constant.Kind.INT) return false;
            BigInteger n = ConstValue.bigIntVal(k.value());
            return n.signum() >= 0 && n.compareTo(MAX_INT32) <= 0;
        }
        if (e instanceof IrExpr.Convert cv && cv.x().type().repr() == Repr.INT) return lengthCall(cv.x()) || nonNegInt32(cv.x());
        if (lengthCall(e)) return true;
        if (e instanceof IrExpr.Load ld) return narrowed.contains(ld.var()) || bounded.contains(ld.var());
        // an enclosing counter plus 0 or 1: inside its loop it is below its bound <= MaxInt32
        if (!(e instanceof IrExpr.Binary bin && bin.op() == Token.ADD && bin.x() instanceof IrExpr.Convert cv
                && cv.x() instanceof IrExpr.Load ld && narrowed.contains(ld.var())
                && bin.y() instanceof IrExpr.Const k && k.value().kind() == gojc.constant.Kind.INT)) {
            return false;
        }
        BigInteger n = ConstValue.bigIntVal(k.value());
        return n.signum() >= 0 && n.compareTo(BigInteger.ONE) <= 0;
    }

    /**
     * e (nonNegInt32) is at most MaxInt32 - 1: a smaller constant, or a length (Java arrays,
     * and so every length, stay below MaxInt32: SliceGrowth.MAX_ARRAY).
     */
    private static boolean belowMaxInt32(IrExpr e) {
        if (e instanceof IrExpr.Const k) return ConstValue.bigIntVal(k.value()).compareTo(MAX_INT32) < 0;
        return lengthCall(e instanceof IrExpr.Convert cv ? cv.x() : e);
    }

    /** len or cap of a string, slice, map or channel: a Java int, never negative. */
    private static boolean lengthCall(IrExpr e) {
        return e instanceof IrExpr.RtCall r && (r.name().equals("len") || r.name().equals("cap")) && r.desc().endsWith(")I");
    }

    /**
     * Evaluating e again gives the same value anywhere in the loop (FuncGen.stripMined reads
     * the bound once per chunk): a constant, an invariant or narrowed variable, or the length
     * of a string or slice held in an invariant variable.
     */
    private boolean invariant(IrExpr e) {
        if (e instanceof IrExpr.Convert cv) return invariant(cv.x());
        if (e instanceof IrExpr.Const) return true;
        if (e instanceof IrExpr.Load ld) return narrowed.contains(ld.var()) || invariant.contains(ld.var());
        return e instanceof IrExpr.RtCall r && lengthCall(r)
                && (r.owner().startsWith("gojc/rt/Slice") || r.owner().equals("gojc/rt/GoString"))
                && r.args().get(0) instanceof IrExpr.Load ld && invariant.contains(ld.var());
    }

    /** e (in [0, MaxInt32]) as a JVM int. */
    private static IrExpr asInt(IrExpr e, IrType i32) {
        if (e instanceof IrExpr.Convert cv && cv.x().type().repr() == Repr.INT) return cv.x();
        if (e instanceof IrExpr.Const k) return new IrExpr.Const(i32, k.value());
        if (e instanceof IrExpr.RtCall r && lengthCall(r)) return new IrExpr.RtCall(r.owner(), r.name(), r.desc(), r.args(), i32);
        return new IrExpr.Convert(e, i32);
    }
}
