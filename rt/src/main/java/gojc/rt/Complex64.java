package gojc.rt;

/**
 * An immutable Go complex64. Like gc on amd64, multiplication is computed in float64 and
 * rounded once, division goes through complex128 division, and add/sub round per part.
 */
public final class Complex64 {
    public static final Complex64 ZERO = new Complex64(0, 0);

    public final float re;
    public final float im;

    public Complex64(float re, float im) {
        this.re = re;
        this.im = im;
    }

    /** The complex builtin. */
    public static Complex64 of(float re, float im) {
        return new Complex64(re, im);
    }

    public static float real(Complex64 c) {
        return c.re;
    }

    public static float imag(Complex64 c) {
        return c.im;
    }

    public static Complex64 add(Complex64 a, Complex64 b) {
        return new Complex64(a.re + b.re, a.im + b.im);
    }

    public static Complex64 sub(Complex64 a, Complex64 b) {
        return new Complex64(a.re - b.re, a.im - b.im);
    }

    public static Complex64 mul(Complex64 a, Complex64 b) {
        double ar = a.re, ai = a.im, br = b.re, bi = b.im;
        return new Complex64((float) (ar * br - ai * bi), (float) (ar * bi + ai * br));
    }

    public static Complex64 div(Complex64 n, Complex64 m) {
        Complex128 q = Complex128.div(n.re, n.im, m.re, m.im);
        return new Complex64((float) q.re, (float) q.im);
    }

    public static Complex64 neg(Complex64 a) {
        return new Complex64(-a.re, -a.im);
    }

    public static boolean eq(Complex64 a, Complex64 b) {
        return a.re == b.re && a.im == b.im;
    }

    public static Complex128 toComplex128(Complex64 c) {
        return new Complex128(c.re, c.im);
    }

    public static Complex64 fromComplex128(Complex128 c) {
        return new Complex64((float) c.re, (float) c.im);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Complex64 && eq(this, (Complex64) o);
    }

    @Override
    public int hashCode() {
        return Float.hashCode(re + 0.0f) * 31 + Float.hashCode(im + 0.0f);
    }

    @Override
    public String toString() {
        return toComplex128(this).toString();
    }
}
