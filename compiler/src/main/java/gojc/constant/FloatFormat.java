package gojc.constant;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/** The decimal and hexadecimal text forms go/constant prints for float constants. */
final class FloatFormat {
    /** float64(math.Ln2 / math.Ln10), i.e. log10(2) rounded once. */
    private static final double LOG10_2 = 0.30102999566398119521373889472449302676818988146210854131;

    private FloatFormat() {}

    /**
     * The short form: {@code %.6g} of the float64 value when it is finite and nonzero exactly when
     * f is; otherwise an approximate mantissa and decimal exponent, as go/constant computes them.
     */
    static String shortString(BigFloat f) {
        double x = toDouble(f);
        if ((f.signum() == 0) == (x == 0) && !Double.isInfinite(x)) {
            return formatG6(x);
        }
        long exp = f.mantExp(); // f = mant * 2^exp, 0.5 <= |mant| < 1
        double m = IeeeRounding.FLOAT64.round(f.mant, -BigFloat.PREC, false).value();
        double d = exp * LOG10_2;
        long e = (long) d;
        m *= Math.pow(10, d - e);
        double am = Math.abs(m);
        if (am < 1 - 0.5e-6) {
            // %.6g keeps 5 digits after the point: make sure m*10 still rounds below 10.
            m *= 10;
            e--;
        } else if (am >= 10) {
            m /= 10;
            e++;
        }
        return formatG6(m) + "e" + (e >= 0 ? "+" : "") + e;
    }

    static double toDouble(BigFloat f) {
        return IeeeRounding.FLOAT64.round(f.mant, f.exp, false).value();
    }

    /** big.Float's 'p' format: {@code 0x.<hex mantissa>p<exp>}, trailing zero digits removed. */
    static String hexString(BigFloat f) {
        if (f.signum() == 0) {
            return "0";
        }
        String hex = f.mant.abs().toString(16);
        int end = hex.length();
        while (end > 1 && hex.charAt(end - 1) == '0') {
            end--;
        }
        long e = f.mantExp();
        return (f.signum() < 0 ? "-" : "") + "0x." + hex.substring(0, end) + "p" + (e >= 0 ? "+" : "") + e;
    }

    /** Go's fmt {@code %.6g} for a finite double. */
    static String formatG6(double x) {
        final int prec = 6;
        StringBuilder sb = new StringBuilder();
        if (x < 0 || (x == 0 && 1 / x < 0)) {
            sb.append('-');
            x = -x;
        }
        String digits;
        int dp;
        if (x == 0) {
            digits = "";
            dp = 0;
        } else {
            BigDecimal bd = new BigDecimal(x).round(new MathContext(prec, RoundingMode.HALF_EVEN)).stripTrailingZeros();
            BigInteger unscaled = bd.unscaledValue();
            digits = unscaled.toString();
            dp = digits.length() - bd.scale();
        }
        int nd = digits.length();
        int eprec = prec;
        if (eprec > nd && nd >= dp) {
            eprec = nd;
        }
        int exp = dp - 1;
        if (exp < -4 || exp >= eprec) {
            int p = Math.min(prec, nd) - 1; // digits after the point
            sb.append(nd == 0 ? '0' : digits.charAt(0));
            if (p > 0) {
                sb.append('.');
                for (int i = 1; i <= p; i++) {
                    sb.append(i < nd ? digits.charAt(i) : '0');
                }
            }
            int ex = nd == 0 ? 0 : exp;
            sb.append('e').append(ex < 0 ? '-' : '+');
            int ax = Math.abs(ex);
            if (ax < 10) {
                sb.append('0');
            }
            sb.append(ax);
            return sb.toString();
        }
        int p = prec > dp ? nd : prec;
        int frac = Math.max(p - dp, 0);
        if (dp > 0) {
            for (int i = 0; i < dp; i++) {
                sb.append(i < nd ? digits.charAt(i) : '0');
            }
        } else {
            sb.append('0');
        }
        if (frac > 0) {
            sb.append('.');
            for (int i = 0; i < frac; i++) {
                int j = dp + i;
                sb.append(j >= 0 && j < nd ? digits.charAt(j) : '0');
            }
        }
        return sb.toString();
    }
}
