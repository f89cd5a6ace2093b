package gojc.constant;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gojc.syntax.Expr.LitKind;
import gojc.syntax.Token;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class ConstValueTest {

    static ConstValue i(long v) {
        return ConstValue.makeInt64(v);
    }

    static ConstValue f(String s) {
        return ConstValue.makeFromLiteral(s, LitKind.FLOAT);
    }

    static ConstValue imag(String s) {
        return ConstValue.makeFromLiteral(s, LitKind.IMAG);
    }

    static ConstValue str(String lit) {
        return ConstValue.makeFromLiteral(lit, LitKind.STRING);
    }

    static ConstValue bin(ConstValue x, Token op, ConstValue y) {
        return ConstValue.binaryOp(x, op, y);
    }

    @Test
    void integerDivisionAndRemainderTruncate() {
        int[][] cases = {{7, 2, 3, 1}, {-7, 2, -3, -1}, {7, -2, -3, 1}, {-7, -2, 3, -1}};
        for (int[] c : cases) {
            assertEquals(i(c[2]), ConstValue.binaryOp(i(c[0]), Token.QUO, i(c[1]), true));
            assertEquals(i(c[3]), bin(i(c[0]), Token.REM, i(c[1])));
        }
        // Without integerDivision, / is exact.
        assertEquals("7/2", bin(i(7), Token.QUO, i(2)).exactString());
        assertEquals(Kind.FLOAT, bin(i(7), Token.QUO, i(2)).kind());
        // Spec-exact, unlike go/constant 1.19's wrapping fast path.
        assertEquals("9223372036854775808", ConstValue.binaryOp(i(Long.MIN_VALUE), Token.QUO, i(-1), true).toString());
        assertEquals(i(0), bin(i(Long.MIN_VALUE), Token.REM, i(-1)));
    }

    @Test
    void divisionByZero() {
        assertThrows(DivisionByZeroException.class, () -> ConstValue.binaryOp(i(1), Token.QUO, i(0), true));
        assertThrows(DivisionByZeroException.class, () -> bin(i(1), Token.REM, i(0)));
        assertThrows(DivisionByZeroException.class, () -> bin(f("1.5"), Token.QUO, f("0.0")));
        assertThrows(DivisionByZeroException.class, () -> bin(f("1e-1300"), Token.QUO, i(0)));
        assertThrows(DivisionByZeroException.class, () -> bin(imag("1i"), Token.QUO, imag("0i")));
        assertEquals(0, ConstValue.sign(f("0.0")));
        assertEquals(0, ConstValue.sign(imag("0i")));
        assertEquals(1, ConstValue.sign(ConstValue.makeUnknown()));
    }

    @Test
    void complexArithmetic() {
        ConstValue a = bin(i(1), Token.ADD, imag("2i"));
        ConstValue b = bin(i(3), Token.ADD, imag("4i"));
        // (1+2i)/(3+4i) = (11 + 2i)/25
        ConstValue q = bin(a, Token.QUO, b);
        assertEquals("(11/25 + 2/25i)", q.exactString());
        assertEquals("(0.44 + 0.08i)", q.toString());
        assertEquals("(-5 + 10i)", bin(a, Token.MUL, b).toString());
        assertTrue(ConstValue.compare(bin(q, Token.MUL, b), Token.EQL, a));
        assertEquals(i(1), ConstValue.real(a));
        assertTrue(ConstValue.compare(i(2), Token.EQL, ConstValue.imag(a)));
        assertEquals(Kind.FLOAT, ConstValue.imag(a).kind()); // imaginary literals are floats
        assertEquals(Kind.UNKNOWN, ConstValue.toFloat(a).kind());
        assertEquals(i(3), ConstValue.toInt(bin(b, Token.SUB, imag("4i"))));
    }

    @Test
    void shifts() {
        ConstValue big = ConstValue.shift(i(1), Token.SHL, 1000);
        assertEquals(1001, ConstValue.bitLen(big));
        assertEquals(i(1), ConstValue.shift(big, Token.SHR, 1000));
        assertEquals(i(0), ConstValue.shift(big, Token.SHR, 5000));
        assertEquals(i(-1), ConstValue.shift(i(-1), Token.SHR, 1L << 40));
        assertEquals(i(-1), ConstValue.shift(ConstValue.unaryOp(Token.SUB, big, 0), Token.SHR, 2000));
        assertEquals(i(0), ConstValue.shift(i(0), Token.SHL, 1L << 40));
        assertEquals(i(5), ConstValue.shift(i(5), Token.SHL, 0));
        assertEquals("1180591620717411303424", ConstValue.shift(i(1), Token.SHL, 70).toString());
        assertThrows(IllegalArgumentException.class, () -> ConstValue.shift(f("1.5"), Token.SHL, 1));
    }

    @Test
    void complementOfUnsigned() {
        assertEquals(i(0xf0), ConstValue.unaryOp(Token.XOR, i(0x0f), 8));
        assertEquals(i(0xffff), ConstValue.unaryOp(Token.XOR, i(0), 16));
        assertEquals(ConstValue.makeUint64(-1L), ConstValue.unaryOp(Token.XOR, i(0), 64));
        assertEquals(i(-1), ConstValue.unaryOp(Token.XOR, i(0), 0)); // signed or untyped
        assertEquals(i(-128), ConstValue.unaryOp(Token.XOR, i(127), 0));
        assertEquals(ConstValue.makeBool(false), ConstValue.unaryOp(Token.NOT, ConstValue.makeBool(true), 0));
    }

    @Test
    void int64AndUint64Values() {
        assertEquals(new ConstValue.ExactLong(Long.MIN_VALUE, true), ConstValue.int64Val(i(Long.MIN_VALUE)));
        assertFalse(ConstValue.int64Val(ConstValue.makeUint64(-1L)).exact());
        assertEquals(new ConstValue.ExactLong(-1L, true), ConstValue.uint64Val(ConstValue.makeUint64(-1L)));
        assertFalse(ConstValue.uint64Val(i(-1)).exact());
        assertEquals("18446744073709551615", ConstValue.makeUint64(-1L).toString());
    }

    @Test
    void decimalExponentsNearTheLimit() {
        // 10^646456992 is just below 2^MaxInt32, big.Float's largest value: Go accepts it (issue
        // 11326); computing 5^n must not square once more than it uses, which overflows.
        ConstValue n = f("1e646456992");
        ConstValue d = f("1e646456991");
        assertEquals(Kind.FLOAT, n.kind());
        assertEquals(i(10), ConstValue.toInt(bin(n, Token.QUO, d)));
        assertEquals(Kind.UNKNOWN, f("1e646456993").kind()); // beyond: too large, as in gc
    }

    @Test
    void floatsBeyondFloat64() {
        ConstValue big = f("1e1000");
        ConstValue small = f("1e-1000");
        assertEquals("1e+1000", big.toString());
        assertEquals("1e-1000", small.toString());
        assertEquals(i(1), ConstValue.toInt(bin(big, Token.MUL, small)));
        // Far beyond the fraction range: 512-bit binary floats.
        ConstValue tiny = bin(small, Token.MUL, f("1e-1000"));
        assertEquals("1e-2000", tiny.toString());
        ConstValue huge = bin(big, Token.MUL, big);
        assertEquals("1e+2000", huge.toString());
        assertTrue(ConstValue.compare(huge, Token.GTR, big));
        assertTrue(ConstValue.compare(tiny, Token.GTR, i(0)));
        assertTrue(ConstValue.compare(ConstValue.unaryOp(Token.SUB, tiny, 0), Token.LSS, i(0)));
        // x/3*3 is not exactly x in binary floats, yet toInt tolerates the last-bit error.
        ConstValue third = bin(bin(bin(tiny, Token.QUO, i(3)), Token.MUL, i(3)), Token.QUO, tiny);
        assertEquals(i(1), ConstValue.toInt(third));
        // Adding a value far below half an ulp does not change it; subtracting it rounds back too.
        assertTrue(ConstValue.compare(bin(huge, Token.ADD, i(1)), Token.EQL, huge));
        assertTrue(ConstValue.compare(bin(huge, Token.SUB, i(1)), Token.EQL, huge));
        assertEquals(Double.POSITIVE_INFINITY, ConstValue.float64Val(huge).value());
        assertEquals(0.0, ConstValue.float64Val(tiny).value());
        // Exponent overflow of the binary float is an unknown value, as go/constant's infinity.
        ConstValue x = huge;
        for (int k = 0; k < 40 && x.kind() != Kind.UNKNOWN; k++) {
            x = bin(x, Token.MUL, x);
        }
        assertEquals(Kind.UNKNOWN, x.kind());
        assertEquals(Kind.UNKNOWN, bin(x, Token.ADD, i(1)).kind());
        assertFalse(ConstValue.compare(x, Token.EQL, x));
    }

    @Test
    void makeFloat64IsExact() {
        assertEquals("3602879701896397/36028797018963968", ConstValue.makeFloat64(0.1).exactString());
        assertEquals("0", ConstValue.makeFloat64(-0.0).exactString());
        assertEquals(Kind.UNKNOWN, ConstValue.makeFloat64(Double.NaN).kind());
        assertEquals(Kind.UNKNOWN, ConstValue.makeFloat64(Double.POSITIVE_INFINITY).kind());
        assertEquals(new ConstValue.ExactDouble(Double.MIN_VALUE, true), ConstValue.float64Val(ConstValue.makeFloat64(Double.MIN_VALUE)));
    }

    @Test
    void stringsAreBytes() {
        ConstValue s = str("\"\\xff\\u00e9\"");
        assertArrayEquals(new byte[] {(byte) 0xff, (byte) 0xc3, (byte) 0xa9}, s.bytes());
        assertEquals("\uFFFD\u00e9", s.javaString());
        assertEquals("\"\\xffé\"", s.toString());
        ConstValue raw = ConstValue.makeFromLiteral("`a\r\nb\\n`", LitKind.STRING);
        assertEquals("a\nb\\n", raw.javaString());
        assertTrue(ConstValue.compare(str("\"a\""), Token.LSS, str("\"\\xff\"")), "bytewise, unsigned");
        assertTrue(ConstValue.compare(str("\"\\u00e9\""), Token.EQL, str("\"\\xc3\\xa9\"")));
        assertEquals(ConstValue.makeString("é"), str("\"\\303\\251\""));
    }

    @Test
    void runeToString() {
        assertEquals("A", ConstValue.makeRuneString(i(65)).javaString());
        assertEquals("\"\uD83D\uDE00\"", ConstValue.makeRuneString(i(0x1F600)).toString());
        assertEquals("\uFFFD", ConstValue.makeRuneString(i(-1)).javaString());
        assertEquals("\uFFFD", ConstValue.makeRuneString(i(0xD800)).javaString());
        assertEquals("\uFFFD", ConstValue.makeRuneString(i(0x110000)).javaString());
        assertEquals("\uFFFD", ConstValue.makeRuneString(ConstValue.shift(i(1), Token.SHL, 100)).javaString());
    }

    @Test
    void longConcatenationChains() {
        ConstValue s = ConstValue.makeString("");
        ConstValue a = ConstValue.makeString("ab");
        for (int k = 0; k < 200_000; k++) {
            s = bin(s, Token.ADD, a);
        }
        assertEquals(400_000, s.bytes().length);
        assertEquals(72 + 3 - 3, s.toString().length());
        assertTrue(s.toString().endsWith("..."));
    }

    @Test
    void runeLiterals() {
        String[][] cases = {
            {"'a'", "97"}, {"'\\x41'", "65"}, {"'\\u00e9'", "233"}, {"'\\U0001F600'", "128512"},
            {"'\\377'", "255"}, {"'\\''", "39"}, {"'\\\\'", "92"}, {"'\\a'", "7"}, {"'\\b'", "8"},
            {"'\\f'", "12"}, {"'\\n'", "10"}, {"'\\r'", "13"}, {"'\\t'", "9"}, {"'\\v'", "11"},
            {"'\\000'", "0"}, {"'\\xff'", "255"}, {"'世'", "19990"}, {"'\uD83D\uDE00'", "128512"},
        };
        for (String[] c : cases) {
            assertEquals(c[1], ConstValue.makeFromLiteral(c[0], LitKind.CHAR).toString(), c[0]);
        }
        for (String bad : new String[] {"'\\\"'", "'\\400'", "'\\uD800'", "'\\U00110000'", "''", "'\\8'", "'\\x4'"}) {
            assertEquals(Kind.UNKNOWN, ConstValue.makeFromLiteral(bad, LitKind.CHAR).kind(), bad);
        }
    }

    @Test
    void numberLiterals() {
        assertEquals(i(15), ConstValue.makeFromLiteral("017", LitKind.INT));
        assertEquals(i(15), ConstValue.makeFromLiteral("0o17", LitKind.INT));
        assertEquals(i(0b1010), ConstValue.makeFromLiteral("0b_1010", LitKind.INT));
        assertEquals(i(0xBEEF), ConstValue.makeFromLiteral("0xbe_ef", LitKind.INT));
        assertEquals(i(1_000_000), ConstValue.makeFromLiteral("1_000_000", LitKind.INT));
        assertEquals(Kind.UNKNOWN, ConstValue.makeFromLiteral("09", LitKind.INT).kind());
        assertEquals(Kind.UNKNOWN, ConstValue.makeFromLiteral("1_", LitKind.INT).kind());
        assertEquals("1/4", f("0x1p-2").exactString());
        assertEquals("3", f("0x1.8p1").exactString());
        assertEquals(Kind.UNKNOWN, f("0x1.8").kind()); // hex mantissa needs an exponent
        assertEquals("(0 + 12i)", imag("012i").toString()); // decimal, not octal
        assertEquals("(0 + 4i)", imag("0x1p2i").toString());
        assertEquals("(0 + 3/2i)", imag("1.5i").exactString());
        assertEquals(Kind.UNKNOWN, f("1e1000000000000").kind()); // overflows like an infinity
        assertEquals("0", f("1e-1000000000000").exactString()); // underflows
    }

    @Test
    void matchPromotes() {
        ConstValue.Pair p = ConstValue.match(i(1), f("0.5"));
        assertEquals(Kind.FLOAT, p.x().kind());
        p = ConstValue.match(imag("1i"), i(2));
        assertEquals(Kind.COMPLEX, p.y().kind());
        assertEquals("(2 + 0i)", p.y().toString());
        assertTrue(ConstValue.isInt(f("4.0")));
        assertFalse(ConstValue.isInt(f("4.5")));
        assertEquals(BigInteger.TEN.pow(30), ConstValue.bigIntVal(ConstValue.toInt(f("1e30"))));
    }
}
