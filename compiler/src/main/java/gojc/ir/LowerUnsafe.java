package gojc.ir;

import gojc.syntax.Expr;
import gojc.types.Basic;
import gojc.types.Builtin;
import gojc.types.Type;
import gojc.types.Types;

/**
 * Package unsafe in the IR. unsafe.Pointer is an Object holding the pointer object itself
 * (docs/architecture.md, "unsafe.Pointer"); conversions stay {@link IrExpr.Convert} nodes that
 * codegen turns into a checked cast or a uintptr identity. Sizeof, Alignof and Offsetof are
 * constants the checker already folded; Add and Slice compute addresses and are not supported.
 */
final class LowerUnsafe {
    private LowerUnsafe() {}

    /** The conversion T(arg) when T or arg's type is unsafe.Pointer, else null. */
    static IrExpr conversion(Lower l, Expr arg, IrType to) {
        Type from = l.info.typeOf(arg).type();
        if (CompositeTypes.isObjectPointer(from) && CompositeTypes.isObjectPointer(to.go())
                && !IrType.of(from, arg.pos()).descriptor().equals(to.descriptor())) {
            // *A to *B for two struct types of one underlying type but two classes (sync's
            // rlocker): one object cannot be both, so nil converts and anything else panics,
            // as the same conversion through unsafe.Pointer does
            IrType u = IrType.of(gojc.types.Universe.UNSAFE_POINTER, arg.pos());
            return new IrExpr.Convert(new IrExpr.Convert(l.expr(arg, null), u), to);
        }
        if (!Types.isUnsafePointer(from) && !Types.isUnsafePointer(to.go())) return null;
        if (from instanceof Basic b && b.kind == Basic.Kind.UNTYPED_NIL) return Lower.zero(to);
        IrExpr x = l.expr(arg, null);
        return x.type().equals(to) ? x : new IrExpr.Convert(x, to);
    }

    /** unsafe.Add and unsafe.Slice: pointer arithmetic the JVM cannot express. */
    static IrExpr builtin(Expr.Call c, Builtin b) {
        if (b.id == Builtin.Id.ADD) throw new NotSupported("unsafe.Add (pointer arithmetic)", c.pos());
        if (b.id == Builtin.Id.SLICE) throw new NotSupported("unsafe.Slice (a slice over raw memory)", c.pos());
        return null;
    }
}
