package gojc.constant;

import gojc.syntax.Expr.LitKind;
import gojc.syntax.Token;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * The exact value of a Go constant, with go/constant's semantics: ints of any size, floats as
 * exact fractions while their size is moderate and as 512-bit binary floats beyond, complex
 * numbers as pairs of those, strings as byte sequences, booleans, and an UNKNOWN value for the
 * result of an erroneous expression (operations on it yield unknown; comparisons false).
 *
 * <p>Values are immutable. The static methods mirror go/constant's functions; an operation that is
 * not defined for its operands (say {@code "a" - 1}) throws IllegalArgumentException because the
 * type checker must reject it before. Division by zero throws {@link DivisionByZeroException};
 * check {@link #sign} of the divisor first to report "invalid operation: division by zero".
 */
public sealed interface ConstValue
        permits UnknownValue, BoolValue, StringValue, IntValue, RatValue, FloatValue, ComplexValue {

    Kind kind();

    /** The short form go/constant's String prints (and gc's messages quote). */
    @Override
    String toString();

    /** The exact form: ints in full, floats as fractions like {@code 1/10}, strings fully quoted. */
    String exactString();

    /** The bytes of a STRING value (empty for UNKNOWN); callers must not modify the array. */
    default byte[] bytes() {
        if (this instanceof UnknownValue) {
            return new byte[0];
        }
        throw new IllegalArgumentException(this + " not a String");
    }

    /** The string's bytes decoded as UTF-8, each invalid byte becoming U+FFFD (as Go's range does). */
    default String javaString() {
        return Utf8.toJava(bytes());
    }

    // ---- Factories ----

    static ConstValue makeUnknown() {
        return UnknownValue.INSTANCE;
    }

    static ConstValue makeBool(boolean b) {
        return BoolValue.of(b);
    }

    /** The string whose bytes are the UTF-8 encoding of s. */
    static ConstValue makeString(String s) {
        return new StringValue(s.getBytes(StandardCharsets.UTF_8));
    }

    static ConstValue makeString(byte[] bytes) {
        return new StringValue(bytes.clone());
    }

    /**
     * The string of one rune, as Go's conversion {@code string(x)} of an integer constant: the
     * UTF-8 encoding of x, or of U+FFFD if x is not a valid code point. x must be INT.
     */
    static ConstValue makeRuneString(ConstValue x) {
        ExactLong r = int64Val(x);
        long cp = r.exact() ? r.value() : -1;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(4);
        Utf8.encode(out, cp < 0 || cp > Utf8.MAX_RUNE ? -1 : (int) cp);
        return new StringValue(out.toByteArray());
    }

    static ConstValue makeInt64(long x) {
        return IntValue.of(x);
    }

    /** The Int value of x read as an unsigned 64-bit number. */
    static ConstValue makeUint64(long x) {
        return x >= 0 ? IntValue.of(x) : IntValue.of(new BigInteger(Long.toUnsignedString(x)));
    }

    static ConstValue makeInt(BigInteger x) {
        return IntValue.of(x);
    }

    /** The exact Float value of x; -0 becomes 0; infinities and NaN give UNKNOWN. */
    static ConstValue makeFloat64(double x) {
        return Arith.makeFloat64(x);
    }

    /** The Float value num/den (den != 0). */
    static ConstValue makeRat(BigInteger num, BigInteger den) {
        return Arith.makeRat(num, den);
    }

    /** x*i for an Int or Float x. */
    static ConstValue makeImag(ConstValue x) {
        return Arith.makeImag(x);
    }

    /**
     * The value of a literal as written in source: every Go int, float, imaginary, rune and string
     * literal form. Returns UNKNOWN if the literal is malformed (the scanner reports that).
     */
    static ConstValue makeFromLiteral(String lit, LitKind kind) {
        return Literals.parse(lit, kind);
    }

    // ---- Accessors ----

    /** The value of a BOOL (false for UNKNOWN). */
    static boolean boolVal(ConstValue x) {
        return Arith.boolVal(x);
    }

    /** An int64 value with whether it is exact (the value is undefined if not). */
    record ExactLong(long value, boolean exact) {}

    record ExactDouble(double value, boolean exact) {}

    record ExactFloat(float value, boolean exact) {}

    /** x as int64; x must be INT or UNKNOWN. */
    static ExactLong int64Val(ConstValue x) {
        return Arith.int64Val(x);
    }

    /** x as uint64 (the long holds the unsigned bits); x must be INT or UNKNOWN. */
    static ExactLong uint64Val(ConstValue x) {
        return Arith.uint64Val(x);
    }

    /** The nearest float64 (correctly rounded, +-Inf on overflow); x must be INT, FLOAT or UNKNOWN. */
    static ExactDouble float64Val(ConstValue x) {
        return Arith.float64Val(x);
    }

    /** The nearest float32, rounded once from the exact value. */
    static ExactFloat float32Val(ConstValue x) {
        return Arith.float32Val(x);
    }

    /** The BigInteger value of an INT. */
    static BigInteger bigIntVal(ConstValue x) {
        if (x instanceof IntValue i) {
            return i.toBig();
        }
        throw new IllegalArgumentException(x + " not an Int");
    }

    /** Bits needed for |x|; x must be INT (0 for UNKNOWN). */
    static int bitLen(ConstValue x) {
        return Arith.bitLen(x);
    }

    /** -1, 0 or 1; for COMPLEX 0 iff x == 0; 1 for UNKNOWN (avoids spurious division errors). */
    static int sign(ConstValue x) {
        return Arith.sign(x);
    }

    static ConstValue real(ConstValue x) {
        return Arith.real(x);
    }

    static ConstValue imag(ConstValue x) {
        return Arith.imag(x);
    }

    // ---- Conversions ----

    /** x as an INT if it has an integer value (allowing tiny 512-bit rounding errors), else UNKNOWN. */
    static ConstValue toInt(ConstValue x) {
        return Arith.toInt(x);
    }

    /** x as a FLOAT if it is real, else UNKNOWN. */
    static ConstValue toFloat(ConstValue x) {
        return Arith.toFloat(x);
    }

    /** x as a COMPLEX if numeric, else UNKNOWN. */
    static ConstValue toComplex(ConstValue x) {
        return Arith.toComplex(x);
    }

    /** Whether x is numeric with an integer value (so it converts to an integer type exactly). */
    static boolean isInt(ConstValue x) {
        return toInt(x).kind() == Kind.INT;
    }

    /** Two values brought to the same representation (the larger of the two numeric kinds). */
    record Pair(ConstValue x, ConstValue y) {}

    static Pair match(ConstValue x, ConstValue y) {
        return Arith.match(x, y);
    }

    // ---- Operations ----

    /**
     * {@code op y} for op one of + - ^ !. For ^ on a value of an unsigned type, precBits is the
     * type's size in bits (the result is masked to it); otherwise 0.
     */
    static ConstValue unaryOp(Token op, ConstValue y, int precBits) {
        return Arith.unaryOp(op, y, precBits);
    }

    /**
     * {@code x op y} for op one of + - * / % &amp; | ^ &amp;^ &amp;&amp; ||. The operands are
     * matched first. {@code /} on two INTs is exact (gives a FLOAT); use the overload with
     * {@code integerDivision} for Go's {@code /} on integer-typed or untyped-int operands.
     */
    static ConstValue binaryOp(ConstValue x, Token op, ConstValue y) {
        return Arith.binaryOp(x, op, y, false);
    }

    /** As {@link #binaryOp(ConstValue, Token, ConstValue)}; if integerDivision, {@code /} on INTs truncates. */
    static ConstValue binaryOp(ConstValue x, Token op, ConstValue y, boolean integerDivision) {
        return Arith.binaryOp(x, op, y, integerDivision);
    }

    /** {@code x << count} or {@code x >> count}; x must be INT or UNKNOWN, count >= 0. */
    static ConstValue shift(ConstValue x, Token op, long count) {
        return Arith.shift(x, op, count);
    }

    /** {@code x op y} for a comparison operator; false if either is UNKNOWN. */
    static boolean compare(ConstValue x, Token op, ConstValue y) {
        return Arith.compare(x, op, y);
    }
}
