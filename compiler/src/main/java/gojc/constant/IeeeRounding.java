package gojc.constant;

import java.math.BigInteger;

/**
 * Correct rounding (nearest-even, with subnormals and overflow) of an exact value to IEEE-754
 * binary32 or binary64. Rounding happens once, from the exact value, so float32 constants never
 * suffer double rounding through float64.
 */
enum IeeeRounding {
    FLOAT32(24, -149, 128),
    FLOAT64(53, -1074, 1024);

    /** Significand bits including the implicit one. */
    final int precision;
    /** Exponent of the least significant bit of the smallest subnormal. */
    final int minLsb;
    /** Values at or beyond 2^overflowExp are infinite. */
    final int overflowExp;

    IeeeRounding(int precision, int minLsb, int overflowExp) {
        this.precision = precision;
        this.minLsb = minLsb;
        this.overflowExp = overflowExp;
    }

    /** A rounded result: value is +-Infinity on overflow, +-0 on underflow. */
    record Result(double value, boolean exact) {}

    /** Rounds {@code m * 2^e}, plus a tiny amount beyond m in magnitude if {@code sticky}. */
    Result round(BigInteger m, long e, boolean sticky) {
        if (m.signum() == 0) {
            return new Result(0.0, !sticky);
        }
        boolean neg = m.signum() < 0;
        BigInteger a = m.abs();
        int n = a.bitLength();
        // Exponent of the result's least significant bit: precision bits below the top, but never
        // below the subnormal limit.
        long lsb = Math.max(e + n - precision, minLsb);
        BigInteger q;
        boolean exact;
        if (lsb <= e) {
            q = a.shiftLeft((int) Math.min(e - lsb, Integer.MAX_VALUE));
            exact = !sticky;
        } else {
            long dropL = lsb - e;
            if (dropL > n + 1L) {
                // Far below the smallest subnormal: rounds to zero.
                return new Result(neg ? -0.0 : 0.0, false);
            }
            int drop = (int) dropL;
            q = a.shiftRight(drop);
            boolean half = a.testBit(drop - 1);
            boolean below = sticky || (a.getLowestSetBit() < drop - 1);
            exact = !half && !below;
            if (half && (below || q.testBit(0))) {
                q = q.add(BigInteger.ONE);
            }
        }
        if (q.signum() != 0 && q.bitLength() + lsb > overflowExp) {
            return new Result(neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY, false);
        }
        // q has at most precision+1 bits and q * 2^lsb is representable, so scalb is exact.
        double v = Math.scalb((double) q.longValueExact(), (int) lsb);
        if (this == FLOAT32) {
            v = (float) v; // exact: already a float32 value
        }
        return new Result(neg ? -v : v, exact);
    }

    /** Rounds num/den (den > 0). */
    Result roundRatio(BigInteger num, BigInteger den) {
        if (num.signum() == 0) {
            return new Result(0.0, true);
        }
        // Enough quotient bits that the remainder only matters as a sticky bit.
        int s = Math.max(0, precision + 2 + den.bitLength() - num.bitLength());
        BigInteger[] qr = num.abs().shiftLeft(s).divideAndRemainder(den);
        BigInteger q = num.signum() < 0 ? qr[0].negate() : qr[0];
        return round(q, -s, qr[1].signum() != 0);
    }
}
