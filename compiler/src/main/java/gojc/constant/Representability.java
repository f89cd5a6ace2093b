package gojc.constant;

import gojc.constant.RepresentableResult.Reason;
import java.math.BigInteger;

/** The spec's representability of constants by values of a basic type (go/types representableConst). */
public final class Representability {
    private Representability() {}

    /**
     * Whether x is representable as a value of type target. {@code from} is the basic kind of x's
     * type (untyped or typed); it only chooses the failure reason, as in types2: a numeric value
     * whose type is not an integer type fails an integer target as TRUNCATED, other numeric
     * failures are OVERFLOWS, the rest INVALID. UNKNOWN values are representable (no follow-on
     * errors).
     */
    public static RepresentableResult representable(ConstValue x, BasicKind from, BasicKind target) {
        ConstValue v = rounded(x, target);
        if (v != null) {
            return new RepresentableResult(Reason.OK, v);
        }
        if (from == null) {
            from = BasicKind.untypedOf(x);
        }
        Reason why;
        if (from.isNumeric() && target.isNumeric()) {
            why = !from.isInteger() && target.isInteger() ? Reason.TRUNCATED : Reason.OVERFLOWS;
        } else {
            why = Reason.INVALID;
        }
        return new RepresentableResult(why, null);
    }

    /** As above with x's own (untyped) kind as the source type. */
    public static RepresentableResult representable(ConstValue x, BasicKind target) {
        return representable(x, null, target);
    }

    public static boolean isRepresentable(ConstValue x, BasicKind target) {
        return rounded(x, target) != null;
    }

    /** x's value in target, or null if not representable. */
    private static ConstValue rounded(ConstValue x, BasicKind target) {
        if (x.kind() == Kind.UNKNOWN) {
            return x;
        }
        if (target.isInteger()) {
            ConstValue i = ConstValue.toInt(x);
            if (i.kind() != Kind.INT) {
                return null;
            }
            return fitsInteger(ConstValue.bigIntVal(i), target) ? i : null;
        }
        if (target.isFloat()) {
            ConstValue f = ConstValue.toFloat(x);
            if (f.kind() != Kind.FLOAT) {
                return null;
            }
            return roundFloat(f, target);
        }
        if (target.isComplex()) {
            ConstValue c = ConstValue.toComplex(x);
            if (c.kind() != Kind.COMPLEX) {
                return null;
            }
            if (target == BasicKind.UNTYPED_COMPLEX) {
                return c;
            }
            BasicKind part = target == BasicKind.COMPLEX64 ? BasicKind.FLOAT32 : BasicKind.FLOAT64;
            ConstValue re = roundFloat(ConstValue.toFloat(ConstValue.real(c)), part);
            ConstValue im = roundFloat(ConstValue.toFloat(ConstValue.imag(c)), part);
            if (re == null || im == null) {
                return null;
            }
            return ConstValue.binaryOp(re, gojc.syntax.Token.ADD, ConstValue.makeImag(im));
        }
        if (target.isString()) {
            return x.kind() == Kind.STRING ? x : null;
        }
        if (target.isBoolean()) {
            return x.kind() == Kind.BOOL ? x : null;
        }
        return null;
    }

    private static boolean fitsInteger(BigInteger v, BasicKind target) {
        if (target == BasicKind.UNTYPED_INT || target == BasicKind.UNTYPED_RUNE) {
            return true;
        }
        if (target.isUnsigned()) {
            return v.signum() >= 0 && v.bitLength() <= target.bits;
        }
        return v.bitLength() <= target.bits - 1; // two's complement: -2^(n-1) has n-1 bits
    }

    /** The float32/float64 value nearest f (rounded once from the exact value), null if infinite. */
    private static ConstValue roundFloat(ConstValue f, BasicKind target) {
        return switch (target) {
            case UNTYPED_FLOAT -> f;
            case FLOAT32 -> {
                float r = ConstValue.float32Val(f).value();
                yield Float.isInfinite(r) ? null : ConstValue.makeFloat64(r);
            }
            case FLOAT64 -> {
                double r = ConstValue.float64Val(f).value();
                yield Double.isInfinite(r) ? null : ConstValue.makeFloat64(r);
            }
            default -> throw new IllegalArgumentException("not a float kind: " + target);
        };
    }
}
