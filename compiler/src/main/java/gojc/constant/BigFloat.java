package gojc.constant;

import java.math.BigInteger;

/**
 * A binary floating-point number {@code mant * 2^exp} with a fixed mantissa precision, rounded to
 * nearest-even after every operation. Java has no binary big float; constants whose rational form
 * would grow too large (for example {@code 1e-2000}) live here, as in go/constant.
 *
 * <p>Invariant: {@code mant} is zero (and then {@code exp} is 0) or {@code |mant|} has exactly
 * {@link #PREC} bits. The value never is infinite: operations that leave the exponent range return
 * null, which callers turn into an unknown constant.
 */
final class BigFloat implements Comparable<BigFloat> {
    /** Mantissa bits, as go/constant (the spec asks for at least 256). */
    static final int PREC = 512;
    /** Exponent bound, like big.Float's int32 exponent: beyond it the value is infinite. */
    static final long MAX_EXP = Integer.MAX_VALUE;

    static final BigFloat ZERO = new BigFloat(BigInteger.ZERO, 0);

    final BigInteger mant;
    final long exp;

    private BigFloat(BigInteger mant, long exp) {
        this.mant = mant;
        this.exp = exp;
    }

    enum Mode { NEAREST_EVEN, TO_ZERO, AWAY_FROM_ZERO }

    /**
     * Rounds {@code m * 2^e} (plus a tiny amount of m's sign if {@code sticky}: the exact value lies
     * strictly beyond m in magnitude) to {@code prec} bits. Returns null on exponent overflow;
     * underflow gives zero. With {@code sticky}, m must have more than prec bits.
     */
    static BigFloat round(BigInteger m, long e, int prec, boolean sticky, Mode mode) {
        if (m.signum() == 0) {
            return ZERO;
        }
        boolean neg = m.signum() < 0;
        BigInteger a = m.abs();
        int n = a.bitLength();
        BigInteger q;
        long qe;
        if (n <= prec) {
            assert !sticky;
            q = a.shiftLeft(prec - n);
            qe = e - (prec - n);
        } else {
            int drop = n - prec;
            q = a.shiftRight(drop);
            qe = e + drop;
            boolean half = a.testBit(drop - 1);
            boolean below = sticky || a.getLowestSetBit() < drop - 1;
            boolean up = switch (mode) {
                case NEAREST_EVEN -> half && (below || q.testBit(0));
                case TO_ZERO -> false;
                case AWAY_FROM_ZERO -> half || below;
            };
            if (up) {
                q = q.add(BigInteger.ONE);
                if (q.bitLength() > prec) {
                    q = q.shiftRight(1);
                    qe++;
                }
            }
        }
        // Exponent of the value's leading bit: value is in [2^(top-1), 2^top).
        long top = qe + prec;
        if (top > MAX_EXP) {
            return null;
        }
        if (top < -MAX_EXP) {
            return ZERO;
        }
        return new BigFloat(neg ? q.negate() : q, qe);
    }

    static BigFloat of(BigInteger m, long e) {
        return round(m, e, PREC, false, Mode.NEAREST_EVEN);
    }

    static BigFloat ofInt(BigInteger i) {
        return of(i, 0);
    }

    /** The correctly rounded value of num/den; den must be positive. */
    static BigFloat ofRatio(BigInteger num, BigInteger den) {
        return quotient(num, 0, den, 0, PREC, Mode.NEAREST_EVEN);
    }

    static BigFloat ofDouble(double d) {
        if (d == 0) {
            return ZERO;
        }
        long bits = Double.doubleToRawLongBits(d);
        int be = (int) ((bits >>> 52) & 0x7ff);
        long frac = bits & ((1L << 52) - 1);
        long m = be == 0 ? frac : frac | (1L << 52);
        int e = be == 0 ? -1074 : be - 1075;
        BigInteger bm = BigInteger.valueOf(d < 0 ? -m : m);
        return of(bm, e);
    }

    /** (a * 2^ea) / (b * 2^eb) rounded to prec bits. */
    static BigFloat quotient(BigInteger a, long ea, BigInteger b, long eb, int prec, Mode mode) {
        if (b.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        if (a.signum() == 0) {
            return ZERO;
        }
        // Scale a so the quotient has at least prec+2 bits: then the remainder is a sticky bit.
        int s = Math.max(0, prec + 2 + b.bitLength() - a.bitLength());
        BigInteger[] qr = a.abs().shiftLeft(s).divideAndRemainder(b.abs());
        BigInteger q = a.signum() * b.signum() < 0 ? qr[0].negate() : qr[0];
        return round(q, ea - eb - s, prec, qr[1].signum() != 0, mode);
    }

    int signum() {
        return mant.signum();
    }

    /** Exponent e with value = f * 2^e, 0.5 <= |f| < 1 (big.Float's MantExp); 0 for zero. */
    long mantExp() {
        return mant.signum() == 0 ? 0 : exp + PREC;
    }

    BigFloat negate() {
        return new BigFloat(mant.negate(), exp);
    }

    BigFloat add(BigFloat y) {
        BigFloat x = this;
        if (x.signum() == 0) {
            return y;
        }
        if (y.signum() == 0) {
            return x;
        }
        if (x.exp < y.exp) {
            BigFloat t = x;
            x = y;
            y = t;
        }
        long d = x.exp - y.exp;
        if (d <= 2L * PREC + 8) {
            return of(x.mant.shiftLeft((int) d).add(y.mant), y.exp);
        }
        // y lies far below half an ulp of x: it only decides the rounding direction as a sticky
        // unit three bits below x's last mantissa bit.
        BigInteger m = x.mant.shiftLeft(3).add(BigInteger.valueOf(y.signum()));
        return round(m, x.exp - 3, PREC, false, Mode.NEAREST_EVEN);
    }

    BigFloat subtract(BigFloat y) {
        return add(y.negate());
    }

    BigFloat multiply(BigFloat y) {
        return of(mant.multiply(y.mant), exp + y.exp);
    }

    /** this / y; throws ArithmeticException if y is zero. */
    BigFloat divide(BigFloat y) {
        return quotient(mant, exp, y.mant, y.exp, PREC, Mode.NEAREST_EVEN);
    }

    /** This value rounded to fewer bits in the given mode (go/constant's ToInt tolerance). */
    BigFloat roundTo(int prec, Mode mode) {
        if (signum() == 0) {
            return this;
        }
        BigFloat r = round(mant, exp, prec, false, mode);
        return r == null ? null : of(r.mant, r.exp);
    }

    @Override
    public int compareTo(BigFloat y) {
        int sx = signum();
        int sy = y.signum();
        if (sx != sy) {
            return Integer.compare(sx, sy);
        }
        if (sx == 0) {
            return 0;
        }
        // Both normalized to PREC bits: the exponent decides, then the mantissa.
        int c = exp != y.exp ? Long.compare(exp, y.exp) : mant.abs().compareTo(y.mant.abs());
        return sx < 0 ? -c : c;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BigFloat f && compareTo(f) == 0;
    }

    @Override
    public int hashCode() {
        return mant.hashCode() * 31 + Long.hashCode(exp);
    }

    /** True if the value is an integer. */
    boolean isInt() {
        return exp >= 0 || mant.getLowestSetBit() >= -exp || signum() == 0;
    }

    /** The integer value; only if {@link #isInt()} (beware huge exponents: callers bound them). */
    BigInteger toBigInteger() {
        return exp >= 0 ? mant.shiftLeft((int) exp) : mant.shiftRight((int) -exp);
    }

    /** The exact value as a normalized fraction {num, den}; callers bound the exponent. */
    BigInteger[] toRatio() {
        if (signum() == 0) {
            return new BigInteger[] {BigInteger.ZERO, BigInteger.ONE};
        }
        if (exp >= 0) {
            return new BigInteger[] {mant.shiftLeft((int) exp), BigInteger.ONE};
        }
        int tz = Math.min(mant.getLowestSetBit(), (int) -exp);
        return new BigInteger[] {mant.shiftRight(tz), BigInteger.ONE.shiftLeft((int) -exp - tz)};
    }
}
