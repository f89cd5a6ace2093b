package gojc.constant;

import java.math.BigInteger;

/** An exact float constant num/den in lowest terms, den > 0 (go/constant's ratVal). */
final class RatValue implements ConstValue {
    /** Fractions whose parts reach this many bits switch to {@link BigFloat} (go/constant's maxExp). */
    static final int MAX_BITS = 4 << 10;

    final BigInteger num;
    final BigInteger den;

    private RatValue(BigInteger num, BigInteger den) {
        this.num = num;
        this.den = den;
    }

    /** The normalized fraction; den must be nonzero. No size check (see ConstValues.makeRat). */
    static RatValue of(BigInteger num, BigInteger den) {
        if (den.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        if (den.signum() < 0) {
            num = num.negate();
            den = den.negate();
        }
        BigInteger g = num.gcd(den);
        if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
            num = num.divide(g);
            den = den.divide(g);
        }
        if (num.signum() == 0) {
            den = BigInteger.ONE;
        }
        return new RatValue(num, den);
    }

    static RatValue ofInt(BigInteger i) {
        return new RatValue(i, BigInteger.ONE);
    }

    static boolean small(BigInteger i) {
        return i.bitLength() < MAX_BITS;
    }

    boolean isInt() {
        return den.equals(BigInteger.ONE);
    }

    BigFloat toBigFloat() {
        return BigFloat.ofRatio(num, den);
    }

    @Override
    public Kind kind() {
        return Kind.FLOAT;
    }

    @Override
    public String toString() {
        return FloatFormat.shortString(toBigFloat());
    }

    /** An integer or "num/den", as big.Rat prints. */
    @Override
    public String exactString() {
        return isInt() ? num.toString() : num + "/" + den;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RatValue r && num.equals(r.num) && den.equals(r.den);
    }

    @Override
    public int hashCode() {
        return num.hashCode() * 31 + den.hashCode();
    }
}
