package gojc.ir;

import gojc.constant.ConstValue;
import gojc.syntax.Expr;
import gojc.syntax.Token;
import gojc.types.Func;
import gojc.types.Universe;

import java.util.ArrayList;
import java.util.List;

/**
 * math/bits functions computed in place, as gc's SSA backend intrinsifies them: no call to
 * another package (which the continuation transform must treat as a possible blocking site,
 * and whose second result travels through {@code gojc.rt.Results}), and code the JIT sees whole.
 * Multi-precision arithmetic (crypto's fiat field code, math/big) is made of these.
 */
final class LowerIntrinsics {
    private LowerIntrinsics() {}

    private static final IrType U64 = IrType.of(Universe.UINT64, gojc.syntax.Pos.NONE);
    private static final String ARITH = "gojc/rt/Arith";
    private static final java.util.Set<String> SINGLE_RESULT = java.util.Set.of(
            "LeadingZeros64", "TrailingZeros64", "OnesCount64", "Len64", "RotateLeft64", "RotateLeft32");

    /** The math/bits function c calls, or null. */
    private static String bitsFunc(Lower l, Expr.Call c) {
        Expr fun = Expr.unparen(c.fun());
        if (!(fun instanceof Expr.Selector sel) || !(l.info.uses.get(sel.sel()) instanceof Func f)) return null;
        if (f.pkg == null || !f.pkg.path().equals("math/bits") || f.signature().recv() != null) return null;
        return f.name;
    }

    /**
     * The results of a multi-value math/bits call (Mul64, Add64, Sub64 and their uint forms),
     * with the statements computing them added to out; null for any other call.
     */
    static List<IrExpr> multiValue(Lower l, Expr.Call c, List<IrStmt> out) {
        String name = bitsFunc(l, c);
        if (name == null) return null;
        switch (name) {
            case "Mul64", "Mul", "Add64", "Add", "Sub64", "Sub" -> { }
            default -> { return null; }
        }
        IrType t = l.type(c.args().get(0)); // uint64 or uint: both a JVM long
        IrExpr x = operand(l, c.args().get(0), t, out);
        IrExpr y = operand(l, c.args().get(1), t, out);
        if (name.startsWith("Mul")) {
            // (hi, lo)
            IrExpr hi = new IrExpr.RtCall(ARITH, "mulHiU64", "(JJ)J", List.of(x, y), t);
            return List.of(value(l, hi, out, c), value(l, new IrExpr.Binary(Token.MUL, x, y, t), out, c));
        }
        IrExpr carry = operand(l, c.args().get(2), t, out);
        IrExpr v;
        IrExpr outBit;
        if (name.startsWith("Add")) {
            // sum = x + y + carry; carryOut = ((x & y) | ((x | y) &^ sum)) >> 63
            v = value(l, bin(Token.ADD, bin(Token.ADD, x, y, t), carry, t), out, c);
            outBit = bin(Token.OR, bin(Token.AND, x, y, t), bin(Token.AND_NOT, bin(Token.OR, x, y, t), v, t), t);
        } else {
            // diff = x - y - borrow; borrowOut = ((^x & y) | (^(x ^ y) & diff)) >> 63
            v = value(l, bin(Token.SUB, bin(Token.SUB, x, y, t), carry, t), out, c);
            outBit = bin(Token.OR, bin(Token.AND_NOT, y, x, t),
                    bin(Token.AND_NOT, v, bin(Token.XOR, x, y, t), t), t);
        }
        IrExpr shifted = new IrExpr.Binary(Token.SHR, outBit, new IrExpr.Const(U64, ConstValue.makeInt64(63)), t);
        List<IrExpr> res = new ArrayList<>();
        res.add(v);
        res.add(value(l, shifted, out, c));
        return res;
    }

    /**
     * A single-result math/bits call computed by a JVM intrinsic, or null: the counts and
     * rotations of 64- and 32-bit words.
     */
    static IrExpr call(Lower l, Expr.Call c) {
        String name = bitsFunc(l, c);
        // only these: asking the type of a multi-value call (Div64...) would fail
        if (name == null || !SINGLE_RESULT.contains(name)) return null;
        IrType t = l.type(c);
        switch (name) {
            case "LeadingZeros64", "TrailingZeros64", "OnesCount64" -> {
                IrExpr x = l.expr(c.args().get(0), U64);
                String m = name.startsWith("Leading") ? "numberOfLeadingZeros" : name.startsWith("Trailing") ? "numberOfTrailingZeros" : "bitCount";
                return new IrExpr.Convert(new IrExpr.RtCall("java/lang/Long", m, "(J)I", List.of(x), IrType.of(Universe.INT32, c.pos())), t);
            }
            case "Len64" -> {
                IrExpr x = l.expr(c.args().get(0), U64);
                IrType i32 = IrType.of(Universe.INT32, c.pos());
                IrExpr nlz = new IrExpr.RtCall("java/lang/Long", "numberOfLeadingZeros", "(J)I", List.of(x), i32);
                return new IrExpr.Convert(new IrExpr.Binary(Token.SUB, new IrExpr.Const(i32, ConstValue.makeInt64(64)), nlz, i32), t);
            }
            case "RotateLeft64" -> {
                IrExpr x = l.expr(c.args().get(0), U64);
                IrExpr k = new IrExpr.Convert(l.expr(c.args().get(1), null), IrType.of(Universe.INT32, c.pos()));
                return new IrExpr.RtCall("java/lang/Long", "rotateLeft", "(JI)J", List.of(x, k), t);
            }
            case "RotateLeft32" -> {
                IrExpr x = l.expr(c.args().get(0), IrType.of(Universe.UINT32, c.pos()));
                IrExpr k = new IrExpr.Convert(l.expr(c.args().get(1), null), IrType.of(Universe.INT32, c.pos()));
                return new IrExpr.RtCall("java/lang/Integer", "rotateLeft", "(II)I", List.of(x, k), t);
            }
            default -> {
                return null;
            }
        }
    }

    private static IrExpr bin(Token op, IrExpr x, IrExpr y, IrType t) {
        return new IrExpr.Binary(op, x, y, t);
    }

    /** An argument evaluated once, in order: a constant or a temporary. */
    private static IrExpr operand(Lower l, Expr e, IrType t, List<IrStmt> out) {
        IrExpr x = l.expr(e, t);
        if (x instanceof IrExpr.Const) return x;
        return value(l, x, out, e);
    }

    private static IrExpr value(Lower l, IrExpr x, List<IrStmt> out, Expr at) {
        Variable tmp = l.temp(x.type());
        out.add(new IrStmt.Store(at.pos(), tmp, x));
        return new IrExpr.Load(tmp);
    }
}
