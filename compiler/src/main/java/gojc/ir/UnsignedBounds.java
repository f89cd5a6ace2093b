package gojc.ir;

import gojc.constant.ConstValue;
import gojc.syntax.Expr;
import gojc.syntax.Pos;
import gojc.types.Array;
import gojc.types.Basic;
import gojc.types.Mode;
import gojc.types.Pointer;
import gojc.types.Slice;
import gojc.types.Type;
import gojc.types.TypeAndValue;
import gojc.types.Universe;

import java.util.ArrayList;
import java.util.List;

/**
 * Index and slice operands of unsigned 64-bit type (uint, uint64, uintptr). They are JVM longs
 * as int's are, so a value >= 1<<63 would fail the ordinary bounds checks as a negative number
 * and print so, where gc prints it unsigned. Every such value is out of range (JVM lengths are
 * below 1<<31), so the access stays as it is and gets one sign test in front
 * ({@code gojc.rt.Bounds.indexU}, {@code checkSliceU}, {@code checkSlice3U}) whose failure path
 * reports gc's text. Accesses with signed operands are not touched.
 */
final class UnsignedBounds {
    private static final String BOUNDS = "gojc/rt/Bounds";
    private static final String GS = LowerComposite.GS;
    // the bits of gojc.rt.Bounds.LO_U, HI_U, MAX_U
    private static final int LO_U = 1, HI_U = 2, MAX_U = 4;

    private final Lower l;

    UnsignedBounds(Lower l) {
        this.l = l;
    }

    /**
     * Whether e (null: an omitted operand) is an operand of type uint, uint64 or uintptr that
     * is not constant (a constant one is in range: the checker saw to it).
     */
    boolean applies(Expr e) {
        if (e == null) return false;
        TypeAndValue tv = l.info.typeOf(e);
        if (tv.mode() == Mode.CONSTANT) return false;
        if (!(tv.type().underlying() instanceof Basic b)) return false;
        return b.kind == Basic.Kind.UINT || b.kind == Basic.Kind.UINT64 || b.kind == Basic.Kind.UINTPTR;
    }

    /** Whether e applies as the index of a string, slice, array or pointer to an array u. */
    boolean appliesTo(Type u, Expr e) {
        boolean seq = u instanceof Slice || u instanceof Array || u instanceof Basic b && (b.kind == Basic.Kind.STRING || b.kind == Basic.Kind.UNTYPED_STRING)
                || u instanceof Pointer p && p.elem().underlying() instanceof Array;
        return seq && applies(e);
    }

    /** Which operands of a slice expression apply: 0 when none does. */
    int mask(Expr lo, Expr hi, Expr max) {
        return (applies(lo) ? LO_U : 0) | (applies(hi) ? HI_U : 0) | (applies(max) ? MAX_U : 0);
    }

    /** The operands of an index expression x[i]. */
    record Access(IrExpr x, IrExpr i) {}

    /**
     * x[i] with i of unsigned 64-bit type: a slice or a string x moves to a temporary set in
     * pre (the sign test reads its length), and i goes behind the sign test. The access
     * itself is the ordinary one (LowerComposite), which checks a pointer against nil first.
     */
    Access access(List<IrStmt> pre, Pos pos, IrExpr x, Type u, IrExpr i) {
        IrExpr seq = u instanceof Array || u instanceof Pointer ? x : once(pre, pos, x);
        return new Access(seq, checked(seq, u, i, pos));
    }

    /** s[lo:hi] (of type t) of a string x, some operand applying; lo lowered already. */
    IrExpr sliceString(Expr.Slice s, IrExpr x, IrExpr lo, IrType t) {
        List<IrStmt> pre = new ArrayList<>();
        x = once(pre, s.pos(), x);
        lo = once(pre, s.pos(), lo);
        IrExpr hi = s.high() == null ? rt("gojc/rt/GoString", "len", "(" + GS + ")I", intT(), x)
                : once(pre, s.pos(), l.expr(s.high(), intT()));
        Type u = l.info.typeOf(s.x()).type().underlying();
        pre.add(checkSlice(s.pos(), x, u, lo, hi, null, mask(s.low(), s.high(), null)));
        return new IrExpr.Let(pre, rt("gojc/rt/GoString", "slice", "(" + GS + "JJ)" + GS, t, x, lo, hi), t);
    }

    /**
     * i, an index of unsigned type into x (of underlying type u: an array, a pointer to one, a
     * slice or a string), behind its sign test. x is evaluated again for a slice or a string:
     * the caller passes a temporary or a variable.
     */
    IrExpr checked(IrExpr x, Type u, IrExpr i, Pos pos) {
        return new IrExpr.RtCall(BOUNDS, "indexU", "(JI)J", List.of(i, limit(x, u, false, pos)), i.type());
    }

    /**
     * The sign test of x[lo:hi] or x[lo:hi:max] (max null), before the slicing helper checks
     * the rest: the operands are evaluated again (temporaries or constants).
     */
    IrStmt checkSlice(Pos pos, IrExpr x, Type u, IrExpr lo, IrExpr hi, IrExpr max, int unsigned) {
        IrExpr limit = limit(x, u, true, pos);
        IrExpr lenKind = new IrExpr.Const(IrType.of(Universe.BOOL, pos), ConstValue.makeBool(!(u instanceof Slice)));
        IrExpr bits = int32(unsigned, pos);
        IrExpr check = max == null
                ? new IrExpr.RtCall(BOUNDS, "checkSliceU", "(JJIZI)V", List.of(lo, hi, limit, lenKind, bits), IrType.VOID)
                : new IrExpr.RtCall(BOUNDS, "checkSlice3U", "(JJJIZI)V", List.of(lo, hi, max, limit, lenKind, bits), IrType.VOID);
        return new IrStmt.Eval(pos, check);
    }

    /** x in a temporary set by pre, so that it can be evaluated again; constants stay. */
    IrExpr once(List<IrStmt> pre, Pos pos, IrExpr x) {
        if (x instanceof IrExpr.Const) return x;
        Variable t = l.temp(x.type());
        pre.add(new IrStmt.Store(pos, t, x));
        return new IrExpr.Load(t);
    }

    /**
     * The bound an index or the upper slice operand is checked against, as a JVM int: the
     * length, or for slicing a slice its capacity (gc's texts say which).
     */
    private IrExpr limit(IrExpr x, Type u, boolean slicing, Pos pos) {
        IrType int32 = IrType.of(Universe.INT32, pos);
        if (u instanceof Slice s) {
            String sc = "gojc/rt/Slice" + CompositeTypes.elemKind(s.elem(), pos);
            return new IrExpr.RtCall(sc, slicing ? "cap" : "len", "(L" + sc + ";)I", List.of(x), int32);
        }
        if (u instanceof Basic) {
            return new IrExpr.RtCall("gojc/rt/GoString", "len", "(" + LowerComposite.GS + ")I", List.of(x), int32);
        }
        Array a = (Array) (u instanceof Pointer p ? p.elem().underlying() : u);
        return int32(a.len(), pos);
    }

    private static IrType intT() {
        return IrType.of(Universe.INT, null);
    }

    private static IrExpr rt(String owner, String name, String desc, IrType t, IrExpr... args) {
        return LowerComposite.rt(owner, name, desc, t, args);
    }

    private static IrExpr int32(long v, Pos pos) {
        return new IrExpr.Const(IrType.of(Universe.INT32, pos), ConstValue.makeInt64(v));
    }
}
