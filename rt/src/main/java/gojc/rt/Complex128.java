package gojc.rt;

/** An immutable Go complex128 with gc's arithmetic. */
public final class Complex128 {
    public static final Complex128 ZERO = new Complex128(0, 0);

    public final double re;
    public final double im;

    public Complex128(double re, double im) {
        this.re = re;
        this.im = im;
    }

    /** The complex builtin. */
    public static Complex128 of(double re, double im) {
        return new Complex128(re, im);
    }

    public static double real(Complex128 c) {
        return c.re;
    }

    public static double imag(Complex128 c) {
        return c.im;
    }

    public static Complex128 add(Complex128 a, Complex128 b) {
        return new Complex128(a.re + b.re, a.im + b.im);
    }

    public static Complex128 sub(Complex128 a, Complex128 b) {
        return new Complex128(a.re - b.re, a.im - b.im);
    }

    /** gc computes (ac-bd) + (ad+bc)i without fused multiply-add on amd64. */
    public static Complex128 mul(Complex128 a, Complex128 b) {
        return new Complex128(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re);
    }

    public static Complex128 neg(Complex128 a) {
        return new Complex128(-a.re, -a.im);
    }

    /** Go's == on complex values (NaN unequal, -0 == +0). */
    public static boolean eq(Complex128 a, Complex128 b) {
        return a.re == b.re && a.im == b.im;
    }

    /** runtime.complex128div: Smith's algorithm, then C99 G.5.1 fix-ups for inf/nan. */
    public static Complex128 div(Complex128 n, Complex128 m) {
        return div(n.re, n.im, m.re, m.im);
    }

    static Complex128 div(double nre, double nim, double mre, double mim) {
        double e, f;
        if (Math.abs(mre) >= Math.abs(mim)) {
            double ratio = mim / mre;
            double denom = mre + ratio * mim;
            e = (nre + nim * ratio) / denom;
            f = (nim - nre * ratio) / denom;
        } else {
            double ratio = mre / mim;
            double denom = mim + ratio * mre;
            e = (nre * ratio + nim) / denom;
            f = (nim * ratio - nre) / denom;
        }
        if (Double.isNaN(e) && Double.isNaN(f)) {
            double a = nre, b = nim, c = mre, d = mim;
            final double inf = Double.POSITIVE_INFINITY;
            if (c == 0 && d == 0 && (!Double.isNaN(a) || !Double.isNaN(b))) {
                e = Math.copySign(inf, c) * a;
                f = Math.copySign(inf, c) * b;
            } else if ((Double.isInfinite(a) || Double.isInfinite(b)) && isFinite(c) && isFinite(d)) {
                a = inf2one(a);
                b = inf2one(b);
                e = inf * (a * c + b * d);
                f = inf * (b * c - a * d);
            } else if ((Double.isInfinite(c) || Double.isInfinite(d)) && isFinite(a) && isFinite(b)) {
                c = inf2one(c);
                d = inf2one(d);
                e = 0 * (a * c + b * d);
                f = 0 * (b * c - a * d);
            }
        }
        return new Complex128(e, f);
    }

    private static boolean isFinite(double x) {
        return !Double.isNaN(x - x);
    }

    private static double inf2one(double f) {
        return Math.copySign(Double.isInfinite(f) ? 1.0 : 0.0, f);
    }

    /** Equality as a map key / interface comparison. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Complex128 && eq(this, (Complex128) o);
    }

    @Override
    public int hashCode() {
        return Double.hashCode(re + 0.0) * 31 + Double.hashCode(im + 0.0);
    }

    @Override
    public String toString() {
        ByteBuf b = new ByteBuf();
        b.complex(re, im);
        return new String(b.toArray(), java.nio.charset.StandardCharsets.US_ASCII);
    }
}
