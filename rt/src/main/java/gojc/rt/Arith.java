package gojc.rt;

/**
 * Integer and float operations where the JVM differs from gc on amd64: division by
 * zero panics, shift counts at or past the width, and float/integer conversions of
 * out-of-range values (x86 CVTT* give the "integer indefinite" value, Java saturates).
 *
 * <p>8- and 16-bit operands use the 32-bit helpers on their int-widened values (sign-
 * or zero-extended per signedness); the caller truncates the result (i2b, i2s, i2c,
 * &amp; 0xFF). Unsigned comparisons use Long/Integer.compareUnsigned directly.
 */
public final class Arith {
    private Arith() {}

    // ---- division ----

    public static long div64(long a, long b) {
        if (b == 0) {
            throw Panics.divideByZero();
        }
        return a / b; // MinInt64 / -1 wraps to MinInt64, as in Go
    }

    public static long rem64(long a, long b) {
        if (b == 0) {
            throw Panics.divideByZero();
        }
        return a % b;
    }

    public static int div32(int a, int b) {
        if (b == 0) {
            throw Panics.divideByZero();
        }
        return a / b;
    }

    public static int rem32(int a, int b) {
        if (b == 0) {
            throw Panics.divideByZero();
        }
        return a % b;
    }

    /** The high 64 bits of the unsigned 128-bit product (math/bits.Mul64's hi). */
    public static long mulHiU64(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        return hi + ((a >> 63) & b) + ((b >> 63) & a);
    }

    public static long divU64(long a, long b) {
        if (b == 0) {
            throw Panics.divideByZero();
        }
        return Long.divideUnsigned(a, b);
    }

    public static long remU64(long a, long b) {
        if (b == 0) {
            throw Panics.divideByZero();
        }
        return Long.remainderUnsigned(a, b);
    }

    public static int divU32(int a, int b) {
        if (b == 0) {
            throw Panics.divideByZero();
        }
        return Integer.divideUnsigned(a, b);
    }

    public static int remU32(int a, int b) {
        if (b == 0) {
            throw Panics.divideByZero();
        }
        return Integer.remainderUnsigned(a, b);
    }

    // ---- shifts: n is the count as an unsigned 64-bit value ----

    /** For a count of signed type: panics "negative shift amount" if n < 0, else returns n. */
    public static long checkShift(long n) {
        if (n < 0) {
            throw Panics.negativeShift();
        }
        return n;
    }

    public static long shl64(long x, long n) {
        return Long.compareUnsigned(n, 64) < 0 ? x << n : 0;
    }

    /** x >> n for signed x: sign fill when n >= 64. */
    public static long shr64(long x, long n) {
        return Long.compareUnsigned(n, 64) < 0 ? x >> n : x >> 63;
    }

    /** x >> n for unsigned x. */
    public static long shrU64(long x, long n) {
        return Long.compareUnsigned(n, 64) < 0 ? x >>> n : 0;
    }

    public static int shl32(int x, long n) {
        return Long.compareUnsigned(n, 32) < 0 ? x << n : 0;
    }

    public static int shr32(int x, long n) {
        return Long.compareUnsigned(n, 32) < 0 ? x >> n : x >> 31;
    }

    public static int shrU32(int x, long n) {
        return Long.compareUnsigned(n, 32) < 0 ? x >>> n : 0;
    }

    // ---- float -> integer (amd64 semantics) ----

    private static final double TWO63 = 9.223372036854775808E18;

    /** float64 -> int64 (CVTTSD2SQ): NaN and out-of-range give MinInt64. */
    public static long f64ToI64(double x) {
        if (x >= -TWO63 && x < TWO63) {
            return (long) x;
        }
        return Long.MIN_VALUE;
    }

    /**
     * float64 -> int32 (CVTTSD2SL): NaN and out-of-range give MinInt32. Also the first
     * step of float -> int8/int16/uint8/uint16 (then truncate); float32 operands widen.
     */
    public static int f64ToI32(double x) {
        if (x > -2147483649.0 && x < 2147483648.0) {
            return (int) x;
        }
        return Integer.MIN_VALUE;
    }

    /** float64 -> uint32: through int64, then truncated. float32 operands widen. */
    public static int f64ToU32(double x) {
        return (int) f64ToI64(x);
    }

    /** float64 -> uint64: gc's branchy sequence around 2^63. */
    public static long f64ToU64(double x) {
        if (x < TWO63) {
            return f64ToI64(x);
        }
        return f64ToI64(x - TWO63) | Long.MIN_VALUE;
    }

    /** float32 -> uint64: the same sequence in float32 arithmetic. */
    public static long f32ToU64(float x) {
        final float cutoff = 9.223372E18f; // exactly 2^63
        if (x < cutoff) {
            return f64ToI64(x);
        }
        return f64ToI64((float) (x - cutoff)) | Long.MIN_VALUE;
    }

    // ---- unsigned integer -> float ----

    /** uint64 -> float64, correctly rounded. */
    public static double u64ToF64(long x) {
        if (x >= 0) {
            return (double) x;
        }
        double r = (double) ((x >>> 1) | (x & 1)); // keep the sticky bit for rounding
        return r + r;
    }

    /** uint64 -> float32, correctly rounded. */
    public static float u64ToF32(long x) {
        if (x >= 0) {
            return (float) x;
        }
        float r = (float) ((x >>> 1) | (x & 1));
        return r + r;
    }

    /** uint32 (held in an int) -> float64. */
    public static double u32ToF64(int x) {
        return (double) (x & 0xffffffffL);
    }

    /** uint32 (held in an int) -> float32. */
    public static float u32ToF32(int x) {
        return (float) (x & 0xffffffffL);
    }
}
