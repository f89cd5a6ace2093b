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
 * constants the checker already folded; Add computes addresses and is not supported. Slice is
 * supported over an element pointer: a slice over the same Java array ({@code gojc.rt.UnsafeSlice}).
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

    /**
     * unsafe.Add: pointer arithmetic the JVM cannot express. unsafe.Slice(ptr, len): the runtime
     * checks that ptr points into a Java array of the slice's element representation and slices
     * that array, so the two alias as in Go; other pointers panic there (they have no memory
     * after them).
     */
    static IrExpr builtin(Lower l, Expr.Call c, Builtin b) {
        if (b.id == Builtin.Id.ADD) throw new NotSupported("unsafe.Add (pointer arithmetic)", c.pos());
        if (b.id != Builtin.Id.SLICE) return null;
        IrType t = l.type(c);
        char k = CompositeTypes.elemKind(((gojc.types.Slice) t.go().underlying()).elem(), c.pos());
        String sc = "gojc/rt/Slice" + k;
        IrExpr ptr = l.expr(c.args().get(0), null);
        IrExpr len = l.expr(c.args().get(1), IrType.of(gojc.types.Universe.INT64, c.pos()));
        return LowerComposite.rt("gojc/rt/UnsafeSlice", "of" + k, "(Ljava/lang/Object;J)L" + sc + ";", t, ptr, len);
    }
}
