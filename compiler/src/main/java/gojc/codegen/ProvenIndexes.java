package gojc.codegen;

import gojc.constant.ConstValue;
import gojc.ir.IrExpr;
import gojc.ir.IrStmt;
import gojc.ir.Repr;
import gojc.ir.Variable;
import gojc.syntax.Token;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The slice reads and writes of a short loop (TripBound) that one test on entry proves in
 * bounds, so that the loop's unpolled copy can skip Go's check on each (the JVM's own check
 * stays). Inside the loop lo < hi holds, lo only grows from lo0 and hi only shrinks from hi0, so
 * lo + c lies in [lo0 + c, hi0 - 1 + c] and hi + c in [lo0 + 1 + c, hi0 + c]: for each slice,
 * {@code lo0 + min >= 0 && hi0 + max < len(s)} on entry covers all its accesses. Provable: a
 * slice local that neither the body nor the post statement assigns, indexed by lo or hi plus
 * -1, 0 or 1 (directly or through a temporary the body copies it to before any use, as a
 * parallel assignment's lowering does). fannkuch without any of Go's checks ran 9% faster;
 * proving those of its flips and rotations gained 5%.
 */
record ProvenIndexes(IrStmt.Loop loop, Variable lo, Variable hi, Map<Variable, Variable> copies,
                     Map<Variable, long[]> bounds) {
    // bounds: per slice, {least index - lo0, greatest index - hi0} over its provable accesses

    /** The proof for loop l's accesses, or null when it proves none. */
    static ProvenIndexes of(IrStmt.Loop l, TripBound b) {
        if (b.lo().type().repr() != Repr.LONG) return null;
        ProvenIndexes p = new ProvenIndexes(l, TripBound.var(b.lo()), TripBound.var(b.hi()), copies(l), new LinkedHashMap<>());
        BigCode.walk(l.body(), n -> {
            long[] rel = n instanceof IrExpr.RtCall rc ? p.offset(rc) : null;
            if (rel == null) return;
            long[] r = p.bounds.computeIfAbsent(p.slice((IrExpr.RtCall) n), k -> new long[] {Long.MAX_VALUE, Long.MIN_VALUE});
            r[0] = Math.min(r[0], rel[0]);
            r[1] = Math.max(r[1], rel[1]);
        });
        return p.bounds.isEmpty() ? null : p;
    }

    /**
     * The loop with the proven accesses turned into SliceX.at and put (every provable access:
     * of took the bounds of them all).
     */
    IrStmt.Loop rewrite() {
        IrStmt body = (IrStmt) BigCode.rewrite(loop.body(), n -> n instanceof IrExpr.RtCall rc && offset(rc) != null
                ? new IrExpr.RtCall(rc.owner(), rc.name().equals("get") ? "at" : "put", rc.desc(), rc.args(), rc.type())
                : n);
        return new IrStmt.Loop(loop.pos(), loop.id(), loop.cond(), body, loop.post(), loop.counted());
    }

    /** The slice an access reads or writes, through the body's copies. */
    private Variable slice(IrExpr.RtCall rc) {
        return resolve(TripBound.var(rc.args().get(0)));
    }

    /** For a provable access, [least index - lo0, greatest index - hi0]; otherwise null. */
    private long[] offset(IrExpr.RtCall rc) {
        if (!accessor(rc)) return null;
        Variable s = slice(rc);
        if (s == null || !invariant(s, loop)) return null;
        return indexOffset(rc.args().get(1));
    }

    /** A checked slice read or write with a long index: SliceX.get(s, J) or set(s, J, v). */
    private static boolean accessor(IrExpr.RtCall rc) {
        return rc.owner().startsWith("gojc/rt/Slice") && rc.owner().length() == "gojc/rt/SliceX".length()
                && (rc.name().equals("get") || rc.name().equals("set")) && rc.desc().contains(";J");
    }

    /** [least index - lo0, greatest index - hi0] of lo + c or hi + c, c in -1..1; null otherwise. */
    private long[] indexOffset(IrExpr i) {
        long c = 0;
        IrExpr base = i;
        if (i instanceof IrExpr.Binary bin && (bin.op() == Token.ADD || bin.op() == Token.SUB)
                && bin.y() instanceof IrExpr.Const k) {
            BigInteger v = ConstValue.bigIntVal(k.value());
            if (v.abs().compareTo(BigInteger.ONE) > 0) return null;
            c = bin.op() == Token.ADD ? v.longValue() : -v.longValue();
            base = bin.x();
        }
        Variable v = resolve(TripBound.var(base));
        if (v == null) return null;
        if (v == lo) return new long[] {c, c - 1};
        if (v == hi) return new long[] {c + 1, c};
        return null;
    }

    /**
     * Temporaries of the body's straight-line top level that copy a variable the loop keeps
     * fixed during an iteration (lo, hi, a slice local), stored once before any use.
     */
    private static Map<Variable, Variable> copies(IrStmt.Loop l) {
        List<IrStmt> top = new ArrayList<>();
        flatten(l.body(), top);
        Map<Variable, Integer> stores = new HashMap<>();
        BigCode.walk(l.body(), n -> {
            if (n instanceof IrStmt.Store st) stores.merge(st.var(), 1, Integer::sum);
        });
        Map<Variable, Variable> copies = new HashMap<>();
        Set<Variable> seen = new HashSet<>();
        for (IrStmt s : top) {
            if (s instanceof IrStmt.Store st && st.value() instanceof IrExpr.Load src && stores.get(st.var()) == 1
                    && !seen.contains(st.var()) && TripBound.local(st.var()) && !TripBound.assigns(l.body(), src.var())) {
                copies.put(st.var(), src.var());
            }
            BigCode.walk(s, n -> {
                if (n instanceof IrExpr.Load ld) seen.add(ld.var());
            });
        }
        return copies;
    }

    private Variable resolve(Variable v) {
        return v != null && copies.containsKey(v) ? copies.get(v) : v;
    }

    /** A local slice no statement of the loop assigns (so its length is fixed). */
    private static boolean invariant(Variable s, IrStmt.Loop l) {
        return TripBound.local(s) && !TripBound.assigns(l.body(), s) && !TripBound.assigns(l.post(), s);
    }

    /** The statements of nested blocks in order. */
    private static void flatten(IrStmt s, List<IrStmt> out) {
        if (s instanceof IrStmt.Block b) {
            for (IrStmt x : b.stmts()) flatten(x, out);
        } else {
            out.add(s);
        }
    }
}
