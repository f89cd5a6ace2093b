package gojc.rt.std.math;

/**
 * package math's body-less functions on amd64 (gc has them in assembly). Each follows the
 * special cases of gc's amd64 code; Math.floor/ceil/sqrt are exact IEEE operations, as
 * ROUNDSD and SQRTSD are. archExp and archLog use fdlibm (StrictMath), the algorithm of Go's
 * portable exp.go and log.go; gc's exp_amd64.s is a different algorithm and may differ in the
 * last bit (docs/architecture.md, "Standard library").
 */
public final class Natives {
    private Natives() {}

    /** gc's NaN constant in hypot_amd64.s. */
    private static final double ASM_NAN = Double.longBitsToDouble(0x7FF8000000000001L);

    public static double archMax(double x, double y) {
        if (Double.isInfinite(x) && x > 0 || Double.isInfinite(y) && y > 0) return Double.POSITIVE_INFINITY;
        if (Double.isNaN(x) || Double.isNaN(y)) return Double.NaN;
        if (x == 0 && x == y) return Double.doubleToRawLongBits(x) < 0 ? y : x; // +0 wins
        return x > y ? x : y;
    }

    public static double archMin(double x, double y) {
        if (Double.isInfinite(x) && x < 0 || Double.isInfinite(y) && y < 0) return Double.NEGATIVE_INFINITY;
        if (Double.isNaN(x) || Double.isNaN(y)) return Double.NaN;
        if (x == 0 && x == y) return Double.doubleToRawLongBits(x) < 0 ? x : y; // -0 wins
        return x < y ? x : y;
    }

    public static double archFloor(double x) {
        return Math.floor(x);
    }

    public static double archCeil(double x) {
        return Math.ceil(x);
    }

    public static double archTrunc(double x) {
        return x < 0 ? Math.ceil(x) : Math.floor(x);
    }

    public static double archSqrt(double x) {
        return Math.sqrt(x);
    }

    public static double archHypot(double p, double q) {
        p = Math.abs(p);
        q = Math.abs(q);
        if (Double.isInfinite(p) || Double.isInfinite(q)) return Double.POSITIVE_INFINITY;
        if (Double.isNaN(p) || Double.isNaN(q)) return ASM_NAN;
        if (p == 0 && q == 0) return 0;
        double max = Math.max(p, q), min = Math.min(p, q);
        double r = min / max;
        return max * Math.sqrt(r * r + 1.0);
    }

    public static double archExp(double x) {
        return StrictMath.exp(x);
    }

    public static double archLog(double x) {
        return StrictMath.log(x);
    }

    public static int Float32bits(float f) {
        return Float.floatToRawIntBits(f);
    }

    public static float Float32frombits(int b) {
        return Float.intBitsToFloat(b);
    }

    public static long Float64bits(double f) {
        return Double.doubleToRawLongBits(f);
    }

    public static double Float64frombits(long b) {
        return Double.longBitsToDouble(b);
    }
}
