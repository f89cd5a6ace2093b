package gojc.codegen;

import gojc.constant.ConstValue;
import gojc.ir.IrExpr;
import gojc.ir.IrStmt;
import gojc.ir.Repr;
import gojc.ir.Variable;
import gojc.syntax.Token;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

/**
 * An innermost loop whose iteration count is at most {@code hi - lo}, known on entry: its test is
 * {@code lo < hi}, {@code hi > lo} or {@code lo != hi} on signed integer locals or constants,
 * each iteration adds 1 to lo or takes 1 from hi (and never the reverse), and nothing else
 * assigns them. FuncGen compiles such a loop twice and chooses on entry: when the difference is
 * small the loop cannot run long, so that copy needs no preemption poll (polls in loops whose
 * trip count C2 cannot see cost about 8% on fannkuch's flips); the other copy polls as usual.
 * ({@code <=} is left out: {@code i <= hi} never ends when hi is the type's maximum. Under
 * {@code !=} a lo above hi never meets it; the difference is then negative, so the polling copy runs.)
 *
 * @param lo the operand that only grows
 * @param hi the operand that only shrinks
 */
record TripBound(IrExpr lo, IrExpr hi) {
    /** The largest body copied (IR nodes): the copy must not push a method past the JVM's limit. */
    static final int MAX_BODY = 120;

    static TripBound of(IrStmt.Loop l) {
        if (!(l.cond() instanceof IrExpr.Compare c) || !operand(c.x()) || !operand(c.y())) return null;
        Repr r = c.x().type().repr();
        if (r != Repr.INT && r != Repr.LONG || c.x().type().isUnsigned()) return null;
        if (c.op() != Token.LSS && c.op() != Token.GTR && c.op() != Token.NEQ) return null;
        if (BigCode.count(l.body()) > MAX_BODY || !plain(l.body()) || !plain(l.post())) return null;
        Map<Variable, IrExpr> after = effect(l.post());
        if (after == null || assigns(l.body(), var(c.x())) || assigns(l.body(), var(c.y()))) return null;
        if (c.op() != Token.GTR && moves(after, c.x(), c.y(), c.op() == Token.NEQ)) return new TripBound(c.x(), c.y());
        if (c.op() != Token.LSS && moves(after, c.y(), c.x(), c.op() == Token.NEQ)) return new TripBound(c.y(), c.x());
        return null;
    }

    /**
     * Each iteration adds 1 to lo, takes 1 from hi, or both, and never the reverse. Under {@code !=}
     * only one of them may move: moving both by one could step over the meeting point.
     */
    private static boolean moves(Map<Variable, IrExpr> after, IrExpr lo, IrExpr hi, boolean exact) {
        int up = step(after, var(lo), Token.ADD), down = step(after, var(hi), Token.SUB);
        return up >= 0 && down >= 0 && (exact ? up + down == 1 : up + down > 0);
    }

    /** A local or a constant: evaluating it twice (on entry and in the test) is free and the same. */
    private static boolean operand(IrExpr e) {
        return e instanceof IrExpr.Const || e instanceof IrExpr.Load ld && local(ld.var());
    }

    static boolean local(Variable v) {
        return !v.boxed && v.field == null;
    }

    static Variable var(IrExpr e) {
        return e instanceof IrExpr.Load ld ? ld.var() : null;
    }

    /**
     * Code that compiles twice as it does once: no closure (its class would be generated twice),
     * no defer or recover. Calls are fine: a callee polls on entry and in its own loops, and a
     * blocking one unwinds from either copy.
     */
    private static boolean plain(IrStmt s) {
        boolean[] ok = {true};
        BigCode.walk(s, n -> {
            if (n instanceof IrExpr.MakeClosure || n instanceof IrExpr.Recover || n instanceof IrStmt.Defer
                    || n instanceof IrStmt.DeferScope) {
                ok[0] = false;
            }
        });
        return ok[0];
    }

    static boolean assigns(IrStmt s, Variable v) {
        if (v == null) return false;
        boolean[] found = {false};
        BigCode.walk(s, n -> {
            if (n instanceof IrStmt.Store st && st.var() == v || n instanceof IrStmt.NewCell nc && nc.var() == v) found[0] = true;
        });
        return found[0];
    }

    /**
     * What the post statement leaves in each variable it assigns, in terms of the values on entry
     * (so {@code t1, t2 := lo+1, hi-1; lo, hi = t1, t2} gives lo+1 and hi-1); null for anything
     * but a block of stores.
     */
    private static Map<Variable, IrExpr> effect(IrStmt post) {
        Map<Variable, IrExpr> env = new HashMap<>();
        if (post == null) return env;
        if (!flatten(post, env)) return null;
        return env;
    }

    private static boolean flatten(IrStmt s, Map<Variable, IrExpr> env) {
        if (s instanceof IrStmt.Block b) {
            for (IrStmt x : b.stmts()) {
                if (!flatten(x, env)) return false;
            }
            return true;
        }
        if (!(s instanceof IrStmt.Store st)) return false;
        env.put(st.var(), subst(st.value(), env));
        return true;
    }

    private static IrExpr subst(IrExpr e, Map<Variable, IrExpr> env) {
        if (e instanceof IrExpr.Load ld && env.containsKey(ld.var())) return env.get(ld.var());
        if (e instanceof IrExpr.Binary b) return new IrExpr.Binary(b.op(), subst(b.x(), env), subst(b.y(), env), b.type());
        return e;
    }

    /** 1 when post moves v by one in the direction op, 0 when it leaves v alone, -1 otherwise. */
    private static int step(Map<Variable, IrExpr> after, Variable v, Token op) {
        if (v == null || !after.containsKey(v)) return 0;
        return after.get(v) instanceof IrExpr.Binary b && b.op() == op && var(b.x()) == v
                && b.y() instanceof IrExpr.Const k && ConstValue.bigIntVal(k.value()).equals(BigInteger.ONE) ? 1 : -1;
    }
}
