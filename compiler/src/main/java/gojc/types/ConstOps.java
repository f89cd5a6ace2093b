package gojc.types;

import gojc.constant.BasicKind;
import gojc.constant.ConstValue;
import gojc.constant.Kind;
import gojc.constant.Representability;
import gojc.constant.RepresentableResult;
import gojc.syntax.Expr;
import gojc.syntax.Token;

/** The checker's view of gojc.constant: the few operations it needs, in its own terms. */
final class ConstOps {
    private ConstOps() {}

    /** Whether a constant fits a basic type; the rounded value if so; why not otherwise. */
    record Repr(boolean ok, ConstValue value, boolean truncated) {}

    static ConstValue bool(boolean b) {
        return ConstValue.makeBool(b);
    }

    static ConstValue ofLong(long v) {
        return ConstValue.makeInt64(v);
    }

    static ConstValue string(String s) {
        return ConstValue.makeString(s);
    }

    static ConstValue unknown() {
        return ConstValue.makeUnknown();
    }

    static boolean isUnknown(ConstValue v) {
        return v == null || v.kind() == Kind.UNKNOWN;
    }

    static ConstValue fromLiteral(Expr.LitKind kind, String lit) {
        try {
            return ConstValue.makeFromLiteral(lit, kind);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The Go string a quoted literal denotes (import paths, struct tags), or null if malformed. */
    static String unquote(String lit) {
        ConstValue v = fromLiteral(Expr.LitKind.STRING, lit);
        return v == null || v.kind() != Kind.STRING ? null : v.javaString();
    }

    static String str(ConstValue v) {
        return v == null ? "unknown" : v.toString();
    }

    static ConstValue unary(Token op, ConstValue x, Basic typ) {
        int prec = 0;
        if (op == Token.XOR && typ != null && typ.isUnsigned()) prec = typ.bits();
        return ConstValue.unaryOp(op, x, prec);
    }

    static ConstValue binary(ConstValue x, Token op, ConstValue y, boolean intDiv) {
        try {
            return ConstValue.binaryOp(x, op, y, intDiv);
        } catch (RuntimeException e) {
            return unknown();
        }
    }

    static ConstValue shift(ConstValue x, Token op, long count) {
        return ConstValue.shift(x, op, count);
    }

    static boolean compare(ConstValue x, Token op, ConstValue y) {
        return ConstValue.compare(x, op, y);
    }

    static boolean isZero(ConstValue v) {
        if (isUnknown(v)) return false;
        return switch (v.kind()) {
            case INT, FLOAT -> ConstValue.sign(v) == 0;
            case COMPLEX -> ConstValue.sign(ConstValue.real(v)) == 0 && ConstValue.sign(ConstValue.imag(v)) == 0;
            default -> false;
        };
    }

    /**
     * The divisor of a complex division (as a complex constant, or a real one that becomes its
     * real part) whose squared parts both underflow to 0: complex division divides by
     * re*re + im*im, so it is a division by zero (as go/types reports; issue 20227).
     */
    static boolean complexDivisorUnderflows(ConstValue y) {
        if (isUnknown(y)) return false;
        ConstValue re = y.kind() == Kind.COMPLEX ? real(y) : y;
        ConstValue im = y.kind() == Kind.COMPLEX ? imag(y) : ConstValue.makeInt64(0);
        return sign(binary(re, Token.MUL, re, false)) == 0 && sign(binary(im, Token.MUL, im, false)) == 0;
    }

    /** x as an Int if it is integral, else null. */
    static ConstValue toInt(ConstValue x) {
        if (isUnknown(x)) return null;
        ConstValue i = ConstValue.toInt(x);
        return i.kind() == Kind.INT ? i : null;
    }

    static boolean isInt(ConstValue x) {
        return x != null && x.kind() == Kind.INT;
    }

    static Long int64(ConstValue x) {
        if (!isInt(x)) return null;
        ConstValue.ExactLong l = ConstValue.int64Val(x);
        return l.exact() ? l.value() : null;
    }

    static int sign(ConstValue x) {
        return ConstValue.sign(x);
    }

    static int bitLen(ConstValue x) {
        return x.kind() == Kind.INT ? ConstValue.bitLen(x) : 0;
    }

    static ConstValue real(ConstValue x) {
        return ConstValue.real(x);
    }

    static ConstValue imag(ConstValue x) {
        return ConstValue.imag(x);
    }

    static ConstValue toFloat(ConstValue x) {
        return ConstValue.toFloat(x);
    }

    static ConstValue complex(ConstValue re, ConstValue im) {
        return ConstValue.binaryOp(re, Token.ADD, ConstValue.makeImag(im));
    }

    static BasicKind kindOf(Basic b) {
        return switch (b.kind) {
            case BOOL -> BasicKind.BOOL;
            case INT -> BasicKind.INT;
            case INT8 -> BasicKind.INT8;
            case INT16 -> BasicKind.INT16;
            case INT32 -> BasicKind.INT32;
            case INT64 -> BasicKind.INT64;
            case UINT -> BasicKind.UINT;
            case UINT8 -> BasicKind.UINT8;
            case UINT16 -> BasicKind.UINT16;
            case UINT32 -> BasicKind.UINT32;
            case UINT64 -> BasicKind.UINT64;
            case UINTPTR -> BasicKind.UINTPTR;
            case FLOAT32 -> BasicKind.FLOAT32;
            case FLOAT64 -> BasicKind.FLOAT64;
            case COMPLEX64 -> BasicKind.COMPLEX64;
            case COMPLEX128 -> BasicKind.COMPLEX128;
            case STRING -> BasicKind.STRING;
            case UNSAFE_POINTER -> BasicKind.UNSAFE_POINTER;
            case UNTYPED_BOOL -> BasicKind.UNTYPED_BOOL;
            case UNTYPED_INT -> BasicKind.UNTYPED_INT;
            case UNTYPED_RUNE -> BasicKind.UNTYPED_RUNE;
            case UNTYPED_FLOAT -> BasicKind.UNTYPED_FLOAT;
            case UNTYPED_COMPLEX -> BasicKind.UNTYPED_COMPLEX;
            case UNTYPED_STRING -> BasicKind.UNTYPED_STRING;
            case UNTYPED_NIL, INVALID -> BasicKind.UNTYPED_NIL;
        };
    }

    static Repr representable(ConstValue x, Basic target) {
        if (isUnknown(x)) return new Repr(true, x, false);
        RepresentableResult r = Representability.representable(x, kindOf(target));
        return new Repr(r.ok(), r.value(), r.reason() == RepresentableResult.Reason.TRUNCATED);
    }

    /** Representability judged with x's type kind (for typed constants converted). */
    static Repr representable(ConstValue x, Basic from, Basic target) {
        if (isUnknown(x)) return new Repr(true, x, false);
        RepresentableResult r = Representability.representable(x, kindOf(from), kindOf(target));
        return new Repr(r.ok(), r.value(), r.reason() == RepresentableResult.Reason.TRUNCATED);
    }
}
