package gojc.constant;

import gojc.syntax.Expr.LitKind;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;

/** Evaluation of Go literals as written in source (go/constant.MakeFromLiteral). */
final class Literals {
    private Literals() {}

    private static final double LOG2_10 = 3.321928094887362;

    static ConstValue parse(String lit, LitKind kind) {
        ConstValue v = switch (kind) {
            case INT -> intLit(lit);
            case FLOAT -> floatLit(lit, false);
            case IMAG -> imagLit(lit);
            case CHAR -> runeLit(lit);
            case STRING -> stringLit(lit);
        };
        return v == null ? UnknownValue.INSTANCE : v;
    }

    // ---- Numbers ----

    /** Removes digit separators; null if an underscore is misplaced (not between digits/prefix). */
    private static String stripUnderscores(String s) {
        if (s.indexOf('_') < 0) {
            return s;
        }
        if (s.startsWith("_") || s.endsWith("_") || s.contains("__")) {
            return null;
        }
        return s.replace("_", "");
    }

    private static int radixOfPrefix(String s) {
        if (s.length() >= 2 && s.charAt(0) == '0') {
            switch (s.charAt(1)) {
                case 'x', 'X': return 16;
                case 'b', 'B': return 2;
                case 'o', 'O': return 8;
                default: break;
            }
        }
        return 10;
    }

    private static BigInteger digits(String s, int radix) {
        if (s.isEmpty()) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            if (Character.digit(s.charAt(i), radix) < 0 || s.charAt(i) > 0x7f) {
                return null;
            }
        }
        return new BigInteger(s, radix);
    }

    private static ConstValue intLit(String lit) {
        String s = stripUnderscores(lit);
        if (s == null) {
            return null;
        }
        int radix = radixOfPrefix(s);
        BigInteger v;
        if (radix != 10) {
            v = digits(s.substring(2), radix);
        } else if (s.length() > 1 && s.charAt(0) == '0') {
            v = digits(s.substring(1), 8); // old-style octal 017
        } else {
            v = digits(s, 10);
        }
        return v == null ? null : IntValue.of(v);
    }

    private static ConstValue imagLit(String lit) {
        if (!lit.endsWith("i")) {
            return null;
        }
        // The part before i is decimal even with a leading 0 (012i == 12i), for compatibility.
        ConstValue im = floatLit(lit.substring(0, lit.length() - 1), true);
        return im == null ? null : Arith.makeComplex(IntValue.ZERO, im);
    }

    /**
     * A float literal (or the body of an imaginary one, which may also be an integer in any base).
     * The exact value is kept as a fraction when its binary exponent is moderate, else rounded.
     */
    private static ConstValue floatLit(String lit, boolean imag) {
        String s = stripUnderscores(lit);
        if (s == null || s.isEmpty()) {
            return null;
        }
        int radix = radixOfPrefix(s);
        if (radix == 2 || radix == 8) {
            if (!imag) {
                return null;
            }
            BigInteger v = digits(s.substring(2), radix);
            return v == null ? null : Arith.intToFloatValue(v);
        }
        return radix == 16 ? hexFloat(s.substring(2), imag) : decimalFloat(s);
    }

    /** Hex mantissa with optional '.', then a binary exponent p±d (required unless an imaginary int). */
    private static ConstValue hexFloat(String s, boolean imag) {
        int p = indexOfAny(s, "pP");
        if (p < 0 && (!imag || s.contains("."))) {
            return null;
        }
        String mant = p < 0 ? s : s.substring(0, p);
        long exp2 = 0;
        if (p >= 0) {
            Long e = exponent(s.substring(p + 1));
            if (e == null) {
                return null;
            }
            exp2 = e;
        }
        int dot = mant.indexOf('.');
        String intDigits = dot < 0 ? mant : mant.substring(0, dot) + mant.substring(dot + 1);
        BigInteger m = digits(intDigits, 16);
        if (m == null) {
            return null;
        }
        if (dot >= 0) {
            exp2 -= 4L * (mant.length() - dot - 1);
        }
        return fromBinary(m, exp2);
    }

    private static ConstValue decimalFloat(String s) {
        int e = indexOfAny(s, "eE");
        String mant = e < 0 ? s : s.substring(0, e);
        long exp10 = 0;
        if (e >= 0) {
            Long x = exponent(s.substring(e + 1));
            if (x == null) {
                return null;
            }
            exp10 = x;
        }
        int dot = mant.indexOf('.');
        if (dot >= 0 && mant.indexOf('.', dot + 1) >= 0) {
            return null;
        }
        String ds = dot < 0 ? mant : mant.substring(0, dot) + mant.substring(dot + 1);
        if (ds.isEmpty()) {
            return null;
        }
        BigInteger m = digits(ds, 10);
        if (m == null) {
            return null;
        }
        if (dot >= 0) {
            exp10 -= mant.length() - dot - 1;
        }
        return fromDecimal(m, exp10);
    }

    /** A decimal exponent: optional sign and decimal digits; saturates far beyond any real use. */
    private static Long exponent(String s) {
        boolean neg = false;
        if (s.startsWith("+") || s.startsWith("-")) {
            neg = s.charAt(0) == '-';
            s = s.substring(1);
        }
        BigInteger v = digits(s, 10);
        if (v == null) {
            return null;
        }
        long x = v.bitLength() > 40 ? 1L << 40 : v.longValue();
        return neg ? -x : x;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** m * 2^exp2 as a Float. */
    private static ConstValue fromBinary(BigInteger m, long exp2) {
        if (m.signum() == 0) {
            return RatValue.ofInt(BigInteger.ZERO);
        }
        long mantExp = m.bitLength() + exp2;
        if (-RatValue.MAX_BITS < mantExp && mantExp < RatValue.MAX_BITS) {
            return exp2 >= 0 ? RatValue.ofInt(m.shiftLeft((int) exp2)) : RatValue.of(m, BigInteger.ONE.shiftLeft((int) -exp2));
        }
        if (mantExp >= BigFloat.MAX_EXP) {
            return UnknownValue.INSTANCE; // infinite
        }
        if (mantExp <= -BigFloat.MAX_EXP) {
            return RatValue.ofInt(BigInteger.ZERO); // underflows to 0
        }
        return Arith.makeFloat(BigFloat.of(m, exp2));
    }

    /** m * 10^exp10 as a Float. */
    private static ConstValue fromDecimal(BigInteger m, long exp10) {
        if (m.signum() == 0) {
            return RatValue.ofInt(BigInteger.ZERO);
        }
        // Approximate binary exponent; exact decisions are made on the rounded value below.
        double approx = m.bitLength() + exp10 * LOG2_10;
        if (approx > BigFloat.MAX_EXP + 64.0) {
            return UnknownValue.INSTANCE;
        }
        if (approx < -BigFloat.MAX_EXP - 64.0) {
            return RatValue.ofInt(BigInteger.ZERO);
        }
        // Round as big.Float parses (go/constant's first step), so huge literals get the same
        // 512 bits: m times or divided by a 576-bit 5^|exp10|, then scaled by 2^exp10.
        BigFloat p = pow5(Math.abs(exp10));
        BigFloat f = p == null ? null
                : exp10 >= 0
                        ? BigFloat.round(m.multiply(p.mant), p.exp + exp10, BigFloat.PREC, false, BigFloat.Mode.NEAREST_EVEN)
                        : BigFloat.quotient(m, exp10, p.mant, p.exp, BigFloat.PREC, BigFloat.Mode.NEAREST_EVEN);
        if (p == null && exp10 < 0) {
            return RatValue.ofInt(BigInteger.ZERO);
        }
        if (f == null) {
            return UnknownValue.INSTANCE;
        }
        if (f.signum() == 0) {
            return RatValue.ofInt(BigInteger.ZERO);
        }
        if (Arith.smallFloat(f)) {
            // An exact fraction (the value's exponent is moderate, so 10^|exp10| is too).
            BigInteger pow = BigInteger.TEN.pow((int) Math.abs(exp10));
            return exp10 >= 0 ? RatValue.ofInt(m.multiply(pow)) : RatValue.of(m, pow);
        }
        return Arith.makeFloat(f);
    }

    /** Powers of 5 that fit in 64 bits are exact; beyond, big.Float's squaring at 576/640 bits. */
    private static final int POW5_EXACT = 27;

    /** 5^n as big.Float's pow5 computes it (prec 512+64, squaring operand 512+128). */
    private static BigFloat pow5(long n) {
        final int zPrec = BigFloat.PREC + 64;
        final int fPrec = zPrec + 64;
        BigFloat.Mode even = BigFloat.Mode.NEAREST_EVEN;
        if (n <= POW5_EXACT) {
            return BigFloat.round(BigInteger.valueOf(5).pow((int) n), 0, zPrec, false, even);
        }
        BigFloat z = BigFloat.round(BigInteger.valueOf(5).pow(POW5_EXACT), 0, zPrec, false, even);
        BigFloat f = BigFloat.round(BigInteger.valueOf(5), 0, fPrec, false, even);
        n -= POW5_EXACT;
        while (n > 0) {
            if ((n & 1) != 0) {
                z = BigFloat.round(z.mant.multiply(f.mant), z.exp + f.exp, zPrec, false, even);
                if (z == null) {
                    return null;
                }
            }
            n >>= 1;
            if (n == 0) {
                break; // big.Float squares once more, harmlessly: past 5^(2^30) that overflows
            }
            f = BigFloat.round(f.mant.multiply(f.mant), 2 * f.exp, fPrec, false, even);
            if (f == null) {
                return null;
            }
        }
        return z;
    }

    // ---- Runes and strings ----

    private static ConstValue runeLit(String lit) {
        if (lit.length() < 3 || lit.charAt(0) != '\'' || lit.charAt(lit.length() - 1) != '\'') {
            return null;
        }
        String body = lit.substring(1, lit.length() - 1);
        Escape e = new Escape(body, '\'');
        int r = e.next();
        if (r < 0 || e.pos != body.length()) {
            return null;
        }
        return IntValue.of(e.isByte ? r & 0xff : r);
    }

    private static ConstValue stringLit(String lit) {
        int n = lit.length();
        if (n < 2) {
            return null;
        }
        char q = lit.charAt(0);
        if (q != lit.charAt(n - 1) || (q != '"' && q != '`')) {
            return null;
        }
        String body = lit.substring(1, n - 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length());
        if (q == '`') {
            // Raw strings: the text as is, minus carriage returns.
            for (int i = 0; i < body.length(); ) {
                int c = body.codePointAt(i);
                i += Character.charCount(c);
                if (c == '`') {
                    return null;
                }
                if (c != '\r') {
                    Utf8.encode(out, c);
                }
            }
            return new StringValue(out.toByteArray());
        }
        Escape e = new Escape(body, '"');
        while (e.pos < body.length()) {
            int r = e.next();
            if (r < 0) {
                return null;
            }
            if (e.isByte) {
                out.write(r); // \x and octal escapes are single bytes, not code points
            } else {
                Utf8.encode(out, r);
            }
        }
        return new StringValue(out.toByteArray());
    }

    /** A scanner over the characters and escapes of a rune or interpreted string literal body. */
    private static final class Escape {
        final String s;
        final char quote;
        int pos;
        /** Whether the last value came from a \x or octal escape (a byte, not a code point). */
        boolean isByte;

        Escape(String s, char quote) {
            this.s = s;
            this.quote = quote;
        }

        /** The next code point or byte value, or -1 if malformed. */
        int next() {
            isByte = false;
            if (pos >= s.length()) {
                return -1;
            }
            int c = s.codePointAt(pos);
            pos += Character.charCount(c);
            if (c == quote || c == '\n') {
                return -1;
            }
            if (c != '\\') {
                return c;
            }
            if (pos >= s.length()) {
                return -1;
            }
            char e = s.charAt(pos++);
            switch (e) {
                case 'a': return 0x07;
                case 'b': return '\b';
                case 'f': return '\f';
                case 'n': return '\n';
                case 'r': return '\r';
                case 't': return '\t';
                case 'v': return 0x0b;
                case '\\': return '\\';
                case '\'', '"':
                    return e == quote ? e : -1;
                case 'x':
                    isByte = true;
                    return hex(2);
                case 'u': {
                    int r = hex(4);
                    return validRune(r) ? r : -1;
                }
                case 'U': {
                    int r = hex(8);
                    return validRune(r) ? r : -1;
                }
                default:
                    if (e >= '0' && e <= '7') {
                        pos--;
                        isByte = true;
                        int v = 0;
                        for (int k = 0; k < 3; k++) {
                            if (pos >= s.length() || s.charAt(pos) < '0' || s.charAt(pos) > '7') {
                                return -1;
                            }
                            v = v * 8 + (s.charAt(pos++) - '0');
                        }
                        return v > 255 ? -1 : v;
                    }
                    return -1;
            }
        }

        private int hex(int n) {
            if (pos + n > s.length()) {
                return -1;
            }
            long v = 0;
            for (int k = 0; k < n; k++) {
                int d = Character.digit(s.charAt(pos++), 16);
                if (d < 0) {
                    return -1;
                }
                v = v * 16 + d;
            }
            return v > Integer.MAX_VALUE ? -1 : (int) v;
        }

        private static boolean validRune(int r) {
            return r >= 0 && r <= Utf8.MAX_RUNE && !(r >= 0xD800 && r <= 0xDFFF);
        }
    }
}
