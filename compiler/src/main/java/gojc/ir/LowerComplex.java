package gojc.ir;

import gojc.syntax.Expr;
import gojc.types.Basic;
import gojc.types.Builtin;
import gojc.types.Type;
import gojc.types.Universe;

import java.util.List;

/**
 * The complex builtins on non-constant operands ({@code complex}, {@code real}, {@code imag});
 * constant calls arrive as constants from the checker. Arithmetic and comparison on complex
 * values stay ordinary Binary/Unary/Compare nodes that {@code codegen.ComplexGen} emits.
 */
final class LowerComplex {
    private LowerComplex() {}

    /** The builtin call lowered, or null when b is not one of the complex builtins. */
    static IrExpr builtin(Lower l, Expr.Call c, Builtin b) {
        switch (b.id) {
            case COMPLEX -> {
                IrType t = l.type(c);
                boolean c64 = t.descriptor().equals("L" + IrType.COMPLEX64 + ";");
                // untyped constant parts take the float type of the other operand
                IrType part = IrType.of(c64 ? Universe.FLOAT32 : Universe.FLOAT64, c.pos());
                IrExpr re = l.expr(c.args().get(0), part);
                IrExpr im = l.expr(c.args().get(1), part);
                String p = c64 ? "F" : "D";
                String owner = c64 ? IrType.COMPLEX64 : IrType.COMPLEX128;
                return new IrExpr.RtCall(owner, "of", "(" + p + p + ")L" + owner + ";", List.of(re, im), t);
            }
            case REAL, IMAG -> {
                IrExpr x = l.expr(c.args().get(0), null);
                Type xt = l.info.typeOf(c.args().get(0)).type();
                boolean c64 = xt.underlying() instanceof Basic bt && bt.kind == Basic.Kind.COMPLEX64;
                String owner = c64 ? IrType.COMPLEX64 : IrType.COMPLEX128;
                String name = b.id == Builtin.Id.REAL ? "real" : "imag";
                IrType t = IrType.of(c64 ? Universe.FLOAT32 : Universe.FLOAT64, c.pos());
                if (!x.type().isComplex()) x = new IrExpr.Convert(x, IrType.of(c64 ? Universe.COMPLEX64 : Universe.COMPLEX128, c.pos()));
                return new IrExpr.RtCall(owner, name, "(L" + owner + ";)" + (c64 ? "F" : "D"), List.of(x), t);
            }
            default -> {
                return null;
            }
        }
    }
}
