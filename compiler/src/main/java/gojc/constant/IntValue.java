package gojc.constant;

import java.math.BigInteger;

/** An integer constant: a long when it fits (the common case), else a BigInteger. */
final class IntValue implements ConstValue {
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    static final IntValue ZERO = new IntValue(0, null);

    final long small;
    final BigInteger big; // null if the value fits in small

    private IntValue(long small, BigInteger big) {
        this.small = small;
        this.big = big;
    }

    static IntValue of(long v) {
        return v == 0 ? ZERO : new IntValue(v, null);
    }

    static IntValue of(BigInteger v) {
        if (v.bitLength() < 64) {
            return of(v.longValue());
        }
        return new IntValue(0, v);
    }

    boolean isSmall() {
        return big == null;
    }

    BigInteger toBig() {
        return big != null ? big : BigInteger.valueOf(small);
    }

    int signum() {
        return big != null ? big.signum() : Long.signum(small);
    }

    int bitLength() {
        if (big != null) {
            return big.abs().bitLength();
        }
        long a = Math.abs(small);
        return a == Long.MIN_VALUE ? 64 : 64 - Long.numberOfLeadingZeros(a);
    }

    @Override
    public Kind kind() {
        return Kind.INT;
    }

    @Override
    public String toString() {
        return big != null ? big.toString() : Long.toString(small);
    }

    @Override
    public String exactString() {
        return toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IntValue i && (big == null ? i.big == null && small == i.small : big.equals(i.big));
    }

    @Override
    public int hashCode() {
        return big != null ? big.hashCode() : Long.hashCode(small);
    }

    static boolean fitsLong(BigInteger v) {
        return v.compareTo(LONG_MIN) >= 0 && v.compareTo(LONG_MAX) <= 0;
    }
}
