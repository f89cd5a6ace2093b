package gojc.constant;

import gojc.constant.ConstValue.ExactDouble;
import gojc.constant.ConstValue.ExactFloat;
import gojc.constant.ConstValue.ExactLong;
import gojc.constant.ConstValue.Pair;
import gojc.syntax.Token;
import java.math.BigInteger;

/** The implementation of ConstValue's accessors, conversions and operations. */
final class Arith {
    private Arith() {}

    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    // ---- Construction with go/constant's representation choices ----

    /** A fraction while both parts are moderate, else a rounded binary float. */
    static ConstValue makeRat(BigInteger num, BigInteger den) {
        if (den.signum() == 0) {
            throw new DivisionByZeroException();
        }
        RatValue r = RatValue.of(num, den);
        if (RatValue.small(r.num) && RatValue.small(r.den)) {
            return r;
        }
        return makeFloat(BigFloat.ofRatio(r.num, r.den));
    }

    /** A binary float; null (exponent overflow, go's infinity) gives UNKNOWN. */
    static ConstValue makeFloat(BigFloat f) {
        return f == null ? UnknownValue.INSTANCE : new FloatValue(f);
    }

    static ConstValue makeFloat64(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return UnknownValue.INSTANCE;
        }
        if (x == 0) {
            return RatValue.ofInt(BigInteger.ZERO);
        }
        BigFloat f = BigFloat.ofDouble(x);
        BigInteger[] r = f.toRatio();
        return RatValue.of(r[0], r[1]);
    }

    static ConstValue makeComplex(ConstValue re, ConstValue im) {
        if (re.kind() == Kind.UNKNOWN || im.kind() == Kind.UNKNOWN) {
            return UnknownValue.INSTANCE;
        }
        return new ComplexValue(re, im);
    }

    static ConstValue makeImag(ConstValue x) {
        return switch (x.kind()) {
            case UNKNOWN -> x;
            case INT, FLOAT -> makeComplex(IntValue.ZERO, x);
            default -> throw new IllegalArgumentException(x + " not Int or Float");
        };
    }

    /** Whether a binary float is small enough to become an exact fraction or integer. */
    static boolean smallFloat(BigFloat f) {
        long e = f.mantExp();
        return -RatValue.MAX_BITS < e && e < RatValue.MAX_BITS;
    }

    // ---- Accessors ----

    static boolean boolVal(ConstValue x) {
        if (x instanceof BoolValue b) {
            return b.value();
        }
        if (x instanceof UnknownValue) {
            return false;
        }
        throw new IllegalArgumentException(x + " not a Bool");
    }

    private static IntValue intOf(ConstValue x) {
        if (x instanceof IntValue i) {
            return i;
        }
        throw new IllegalArgumentException(x + " not an Int");
    }

    static ExactLong int64Val(ConstValue x) {
        if (x instanceof UnknownValue) {
            return new ExactLong(0, false);
        }
        IntValue i = intOf(x);
        return i.isSmall() ? new ExactLong(i.small, true) : new ExactLong(i.big.longValue(), false);
    }

    static ExactLong uint64Val(ConstValue x) {
        if (x instanceof UnknownValue) {
            return new ExactLong(0, false);
        }
        IntValue i = intOf(x);
        if (i.isSmall()) {
            return new ExactLong(i.small, i.small >= 0);
        }
        boolean exact = i.big.signum() >= 0 && i.big.compareTo(TWO_64) < 0;
        return new ExactLong(i.big.longValue(), exact);
    }

    static ExactDouble float64Val(ConstValue x) {
        IeeeRounding.Result r = round(x, IeeeRounding.FLOAT64);
        return new ExactDouble(r.value(), r.exact());
    }

    static ExactFloat float32Val(ConstValue x) {
        IeeeRounding.Result r = round(x, IeeeRounding.FLOAT32);
        return new ExactFloat((float) r.value(), r.exact());
    }

    private static IeeeRounding.Result round(ConstValue x, IeeeRounding format) {
        if (x instanceof IntValue i) {
            return format.round(i.toBig(), 0, false);
        }
        if (x instanceof RatValue r) {
            return format.roundRatio(r.num, r.den);
        }
        if (x instanceof FloatValue f) {
            return format.round(f.value().mant, f.value().exp, false);
        }
        if (x instanceof UnknownValue) {
            return new IeeeRounding.Result(0, false);
        }
        throw new IllegalArgumentException(x + " not a Float");
    }

    static int bitLen(ConstValue x) {
        if (x instanceof UnknownValue) {
            return 0;
        }
        return intOf(x).bitLength();
    }

    static int sign(ConstValue x) {
        if (x instanceof IntValue i) {
            return i.signum();
        }
        if (x instanceof RatValue r) {
            return r.num.signum();
        }
        if (x instanceof FloatValue f) {
            return f.value().signum();
        }
        if (x instanceof ComplexValue c) {
            return sign(c.re()) | sign(c.im());
        }
        if (x instanceof UnknownValue) {
            return 1;
        }
        throw new IllegalArgumentException(x + " not numeric");
    }

    static ConstValue real(ConstValue x) {
        return switch (x.kind()) {
            case UNKNOWN, INT, FLOAT -> x;
            case COMPLEX -> ((ComplexValue) x).re();
            default -> throw new IllegalArgumentException(x + " not numeric");
        };
    }

    static ConstValue imag(ConstValue x) {
        return switch (x.kind()) {
            case UNKNOWN -> x;
            case INT, FLOAT -> IntValue.ZERO;
            case COMPLEX -> ((ComplexValue) x).im();
            default -> throw new IllegalArgumentException(x + " not numeric");
        };
    }

    // ---- Conversions ----

    static ConstValue toInt(ConstValue x) {
        if (x instanceof IntValue) {
            return x;
        }
        if (x instanceof RatValue r) {
            return r.isInt() ? IntValue.of(r.num) : UnknownValue.INSTANCE;
        }
        if (x instanceof FloatValue fv) {
            BigFloat f = fv.value();
            // Bound the size of the integer as for fractions.
            if (!smallFloat(f)) {
                return UnknownValue.INSTANCE;
            }
            if (f.isInt()) {
                return IntValue.of(f.toBigInteger());
            }
            // An integer within a few bits of rounding error is taken to be that integer: the
            // inexactness stems from earlier rounded operations.
            final int delta = 4;
            for (BigFloat.Mode mode : new BigFloat.Mode[] {BigFloat.Mode.TO_ZERO, BigFloat.Mode.AWAY_FROM_ZERO}) {
                BigFloat t = f.roundTo(BigFloat.PREC - delta, mode);
                if (t != null && t.isInt()) {
                    return IntValue.of(t.toBigInteger());
                }
            }
            return UnknownValue.INSTANCE;
        }
        if (x instanceof ComplexValue) {
            ConstValue re = toFloat(x);
            return re.kind() == Kind.FLOAT ? toInt(re) : UnknownValue.INSTANCE;
        }
        return UnknownValue.INSTANCE;
    }

    static ConstValue toFloat(ConstValue x) {
        if (x instanceof IntValue i) {
            return intToFloat(i);
        }
        if (x instanceof RatValue || x instanceof FloatValue) {
            return x;
        }
        if (x instanceof ComplexValue c && sign(c.im()) == 0) {
            return toFloat(c.re());
        }
        return UnknownValue.INSTANCE;
    }

    private static ConstValue intToFloat(IntValue i) {
        return intToFloatValue(i.toBig());
    }

    /** The Float value of an integer: a fraction if moderate, else rounded. */
    static ConstValue intToFloatValue(BigInteger b) {
        return RatValue.small(b) ? RatValue.ofInt(b) : makeFloat(BigFloat.ofInt(b));
    }

    static ConstValue toComplex(ConstValue x) {
        return switch (x.kind()) {
            case INT, FLOAT -> new ComplexValue(x, IntValue.ZERO);
            case COMPLEX -> x;
            default -> UnknownValue.INSTANCE;
        };
    }

    // ---- Matching representations ----

    /** Representation order: operands are converted up to the larger one. */
    private static int ord(ConstValue x) {
        if (x instanceof UnknownValue) {
            return 0;
        }
        if (x instanceof BoolValue || x instanceof StringValue) {
            return 1;
        }
        if (x instanceof IntValue) {
            return 2;
        }
        if (x instanceof RatValue) {
            return 3;
        }
        if (x instanceof FloatValue) {
            return 4;
        }
        return 5;
    }

    static Pair match(ConstValue x, ConstValue y) {
        int ox = ord(x);
        int oy = ord(y);
        if (ox < oy) {
            return new Pair(up(x, y), y);
        }
        if (ox > oy) {
            return new Pair(x, up(y, x));
        }
        return new Pair(x, y);
    }

    /** x converted to y's (larger) representation; unknown or mismatched x yields x itself. */
    private static ConstValue up(ConstValue x, ConstValue y) {
        if (y instanceof RatValue && x instanceof IntValue i) {
            return RatValue.ofInt(i.toBig());
        }
        if (y instanceof FloatValue) {
            if (x instanceof IntValue i) {
                return makeFloat(BigFloat.ofInt(i.toBig()));
            }
            if (x instanceof RatValue r) {
                return makeFloat(r.toBigFloat());
            }
        }
        if (y instanceof ComplexValue && (x instanceof IntValue || x instanceof RatValue || x instanceof FloatValue)) {
            return new ComplexValue(x, IntValue.ZERO);
        }
        return x;
    }

    // ---- Operations ----

    static ConstValue unaryOp(Token op, ConstValue y, int prec) {
        if (y instanceof UnknownValue) {
            return y;
        }
        switch (op) {
            case ADD:
                if (isNumeric(y)) {
                    return y;
                }
                break;
            case SUB:
                if (y instanceof IntValue i) {
                    return i.isSmall() && i.small != Long.MIN_VALUE ? IntValue.of(-i.small) : IntValue.of(i.toBig().negate());
                }
                if (y instanceof RatValue r) {
                    return RatValue.of(r.num.negate(), r.den);
                }
                if (y instanceof FloatValue f) {
                    return new FloatValue(f.value().negate());
                }
                if (y instanceof ComplexValue c) {
                    return makeComplex(unaryOp(Token.SUB, c.re(), 0), unaryOp(Token.SUB, c.im(), 0));
                }
                break;
            case XOR:
                if (y instanceof IntValue i) {
                    BigInteger z = i.toBig().not();
                    // For unsigned types the complement is negative, so too large: keep prec bits.
                    if (prec > 0) {
                        z = z.and(BigInteger.ONE.shiftLeft(prec).subtract(BigInteger.ONE));
                    }
                    return IntValue.of(z);
                }
                break;
            case NOT:
                if (y instanceof BoolValue b) {
                    return BoolValue.of(!b.value());
                }
                break;
            default:
                break;
        }
        throw new IllegalArgumentException("invalid unary operation " + op + y);
    }

    private static boolean isNumeric(ConstValue x) {
        return x instanceof IntValue || x instanceof RatValue || x instanceof FloatValue || x instanceof ComplexValue;
    }

    static ConstValue binaryOp(ConstValue x0, Token op, ConstValue y0, boolean intDiv) {
        Pair p = match(x0, y0);
        ConstValue x = p.x();
        ConstValue y = p.y();
        if (x instanceof UnknownValue || y instanceof UnknownValue) {
            return UnknownValue.INSTANCE;
        }
        ConstValue r = null;
        if (x instanceof BoolValue a && y instanceof BoolValue b) {
            r = switch (op) {
                case LAND -> BoolValue.of(a.value() && b.value());
                case LOR -> BoolValue.of(a.value() || b.value());
                default -> null;
            };
        } else if (x instanceof IntValue a && y instanceof IntValue b) {
            r = intOp(a, op, b, intDiv);
        } else if (x instanceof RatValue a && y instanceof RatValue b) {
            r = ratOp(a, op, b);
        } else if (x instanceof FloatValue a && y instanceof FloatValue b) {
            r = floatOp(a.value(), op, b.value());
        } else if (x instanceof ComplexValue a && y instanceof ComplexValue b) {
            r = complexOp(a, op, b);
        } else if (x instanceof StringValue a && y instanceof StringValue b && op == Token.ADD) {
            r = StringValue.concat(a, b);
        }
        if (r == null) {
            throw new IllegalArgumentException("invalid binary operation " + x0 + " " + op + " " + y0);
        }
        return r;
    }

    private static ConstValue intOp(IntValue x, Token op, IntValue y, boolean intDiv) {
        if ((op == Token.QUO || op == Token.REM) && y.signum() == 0) {
            throw new DivisionByZeroException();
        }
        if (x.isSmall() && y.isSmall()) {
            long a = x.small;
            long b = y.small;
            try {
                switch (op) {
                    case ADD: return IntValue.of(Math.addExact(a, b));
                    case SUB: return IntValue.of(Math.subtractExact(a, b));
                    case MUL: return IntValue.of(Math.multiplyExact(a, b));
                    case QUO:
                        if (!intDiv) {
                            return makeRat(BigInteger.valueOf(a), BigInteger.valueOf(b));
                        }
                        if (a != Long.MIN_VALUE) {
                            return IntValue.of(a / b); // truncates toward zero, as Go
                        }
                        break;
                    case REM: return IntValue.of(b == -1 ? 0 : a % b);
                    case AND: return IntValue.of(a & b);
                    case OR: return IntValue.of(a | b);
                    case XOR: return IntValue.of(a ^ b);
                    case AND_NOT: return IntValue.of(a & ~b);
                    default: return null;
                }
            } catch (ArithmeticException overflow) {
                // fall through to BigInteger
            }
        }
        BigInteger a = x.toBig();
        BigInteger b = y.toBig();
        return switch (op) {
            case ADD -> IntValue.of(a.add(b));
            case SUB -> IntValue.of(a.subtract(b));
            case MUL -> IntValue.of(a.multiply(b));
            case QUO -> intDiv ? IntValue.of(a.divide(b)) : makeRat(a, b);
            case REM -> IntValue.of(a.remainder(b));
            case AND -> IntValue.of(a.and(b));
            case OR -> IntValue.of(a.or(b));
            case XOR -> IntValue.of(a.xor(b));
            case AND_NOT -> IntValue.of(a.andNot(b));
            default -> null;
        };
    }

    private static ConstValue ratOp(RatValue x, Token op, RatValue y) {
        return switch (op) {
            case ADD -> makeRat(x.num.multiply(y.den).add(y.num.multiply(x.den)), x.den.multiply(y.den));
            case SUB -> makeRat(x.num.multiply(y.den).subtract(y.num.multiply(x.den)), x.den.multiply(y.den));
            case MUL -> makeRat(x.num.multiply(y.num), x.den.multiply(y.den));
            case QUO -> {
                if (y.num.signum() == 0) {
                    throw new DivisionByZeroException();
                }
                yield makeRat(x.num.multiply(y.den), x.den.multiply(y.num));
            }
            default -> null;
        };
    }

    private static ConstValue floatOp(BigFloat x, Token op, BigFloat y) {
        return switch (op) {
            case ADD -> makeFloat(x.add(y));
            case SUB -> makeFloat(x.subtract(y));
            case MUL -> makeFloat(x.multiply(y));
            case QUO -> {
                if (y.signum() == 0) {
                    throw new DivisionByZeroException();
                }
                yield makeFloat(x.divide(y));
            }
            default -> null;
        };
    }

    private static ConstValue complexOp(ComplexValue x, Token op, ComplexValue y) {
        ConstValue a = x.re();
        ConstValue b = x.im();
        ConstValue c = y.re();
        ConstValue d = y.im();
        switch (op) {
            case ADD:
                return makeComplex(add(a, c), add(b, d));
            case SUB:
                return makeComplex(sub(a, c), sub(b, d));
            case MUL:
                // (ac-bd) + i(bc+ad)
                return makeComplex(sub(mul(a, c), mul(b, d)), add(mul(b, c), mul(a, d)));
            case QUO: {
                // (ac+bd)/s + i(bc-ad)/s with s = cc+dd
                ConstValue s = add(mul(c, c), mul(d, d));
                if (sign(s) == 0) {
                    throw new DivisionByZeroException();
                }
                ConstValue re = quo(add(mul(a, c), mul(b, d)), s);
                ConstValue im = quo(sub(mul(b, c), mul(a, d)), s);
                return makeComplex(re, im);
            }
            default:
                return null;
        }
    }

    private static ConstValue add(ConstValue x, ConstValue y) {
        return binaryOp(x, Token.ADD, y, false);
    }

    private static ConstValue sub(ConstValue x, ConstValue y) {
        return binaryOp(x, Token.SUB, y, false);
    }

    private static ConstValue mul(ConstValue x, ConstValue y) {
        return binaryOp(x, Token.MUL, y, false);
    }

    private static ConstValue quo(ConstValue x, ConstValue y) {
        return binaryOp(x, Token.QUO, y, false);
    }

    static ConstValue shift(ConstValue x, Token op, long count) {
        if (x instanceof UnknownValue) {
            return x;
        }
        if (count < 0) {
            throw new IllegalArgumentException("negative shift count " + count);
        }
        if (x instanceof IntValue i && (op == Token.SHL || op == Token.SHR)) {
            if (count == 0 || i.signum() == 0) {
                return x;
            }
            if (op == Token.SHR) {
                if (i.isSmall()) {
                    return IntValue.of(i.small >> Math.min(count, 63));
                }
                return IntValue.of(i.big.shiftRight((int) Math.min(count, Integer.MAX_VALUE)));
            }
            if (count > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("shift count too large: " + count);
            }
            return IntValue.of(i.toBig().shiftLeft((int) count));
        }
        throw new IllegalArgumentException("invalid shift " + x + " " + op + " " + count);
    }

    static boolean compare(ConstValue x0, Token op, ConstValue y0) {
        Pair p = match(x0, y0);
        ConstValue x = p.x();
        ConstValue y = p.y();
        if (x instanceof UnknownValue || y instanceof UnknownValue) {
            return false;
        }
        if (x instanceof BoolValue a && y instanceof BoolValue b) {
            if (op == Token.EQL) {
                return a.value() == b.value();
            }
            if (op == Token.NEQ) {
                return a.value() != b.value();
            }
        } else if (x instanceof IntValue a && y instanceof IntValue b) {
            int c = a.isSmall() && b.isSmall() ? Long.compare(a.small, b.small) : a.toBig().compareTo(b.toBig());
            return cmp(c, op);
        } else if (x instanceof RatValue a && y instanceof RatValue b) {
            return cmp(a.num.multiply(b.den).compareTo(b.num.multiply(a.den)), op);
        } else if (x instanceof FloatValue a && y instanceof FloatValue b) {
            return cmp(a.value().compareTo(b.value()), op);
        } else if (x instanceof ComplexValue a && y instanceof ComplexValue b) {
            boolean eq = compare(a.re(), Token.EQL, b.re()) && compare(a.im(), Token.EQL, b.im());
            if (op == Token.EQL) {
                return eq;
            }
            if (op == Token.NEQ) {
                return !eq;
            }
        } else if (x instanceof StringValue a && y instanceof StringValue b) {
            return cmp(java.util.Arrays.compareUnsigned(a.bytes(), b.bytes()), op);
        }
        throw new IllegalArgumentException("invalid comparison " + x0 + " " + op + " " + y0);
    }

    private static boolean cmp(int c, Token op) {
        return switch (op) {
            case EQL -> c == 0;
            case NEQ -> c != 0;
            case LSS -> c < 0;
            case LEQ -> c <= 0;
            case GTR -> c > 0;
            case GEQ -> c >= 0;
            default -> throw new IllegalArgumentException("invalid comparison operator " + op);
        };
    }
}
