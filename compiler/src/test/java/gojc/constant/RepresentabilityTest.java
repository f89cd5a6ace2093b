package gojc.constant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gojc.constant.RepresentableResult.Reason;
import gojc.syntax.Expr.LitKind;
import gojc.syntax.Token;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RepresentabilityTest {

    static ConstValue lit(LitKind kind, String s) {
        return ConstValue.makeFromLiteral(s, kind);
    }

    static ConstValue i(String s) {
        return ConstValue.makeInt(new BigInteger(s));
    }

    static ConstValue f(String s) {
        return lit(LitKind.FLOAT, s);
    }

    @ParameterizedTest
    @CsvSource({
        "INT8, -128, 127", "INT16, -32768, 32767", "INT32, -2147483648, 2147483647",
        "INT64, -9223372036854775808, 9223372036854775807", "INT, -9223372036854775808, 9223372036854775807",
        "UINT8, 0, 255", "UINT16, 0, 65535", "UINT32, 0, 4294967295",
        "UINT64, 0, 18446744073709551615", "UINT, 0, 18446744073709551615", "UINTPTR, 0, 18446744073709551615",
    })
    void integerBounds(BasicKind k, String min, String max) {
        BigInteger lo = new BigInteger(min);
        BigInteger hi = new BigInteger(max);
        assertTrue(Representability.isRepresentable(i(min), k));
        assertTrue(Representability.isRepresentable(i(max), k));
        RepresentableResult below = Representability.representable(i(lo.subtract(BigInteger.ONE).toString()), k);
        RepresentableResult above = Representability.representable(i(hi.add(BigInteger.ONE).toString()), k);
        assertEquals(Reason.OVERFLOWS, below.reason());
        assertEquals(Reason.OVERFLOWS, above.reason());
        // Integral floats convert; non-integral ones are truncated.
        RepresentableResult two = Representability.representable(f("2.0"), k);
        assertEquals(Reason.OK, two.reason());
        assertEquals(Kind.INT, two.value().kind());
        assertEquals(Reason.TRUNCATED, Representability.representable(f("0.5"), k).reason());
    }

    @Test
    void reasonsAsGcWordsThem() {
        // var d int = 1.5 -> (truncated); var h int8 = 300.0 -> (truncated); var m int64 = 1e19 -> (truncated)
        assertEquals(Reason.TRUNCATED, Representability.representable(f("1.5"), BasicKind.INT).reason());
        assertEquals(Reason.TRUNCATED, Representability.representable(f("300.0"), BasicKind.INT8).reason());
        assertEquals(Reason.TRUNCATED, Representability.representable(f("1e19"), BasicKind.INT64).reason());
        // var j int = 1 + 2i -> (truncated)
        ConstValue c = ConstValue.binaryOp(i("1"), Token.ADD, lit(LitKind.IMAG, "2i"));
        assertEquals(Reason.TRUNCATED, Representability.representable(c, BasicKind.INT).reason());
        // var e float64 = 1e1000, var i complex64 = 1e39i -> (overflows)
        assertEquals(Reason.OVERFLOWS, Representability.representable(f("1e1000"), BasicKind.FLOAT64).reason());
        assertEquals(Reason.OVERFLOWS, Representability.representable(lit(LitKind.IMAG, "1e39i"), BasicKind.COMPLEX64).reason());
        // var k string = 1 -> no parenthesized reason
        assertEquals(Reason.INVALID, Representability.representable(i("1"), BasicKind.STRING).reason());
        assertEquals(Reason.INVALID, Representability.representable(ConstValue.makeString("a"), BasicKind.INT).reason());
        // A typed int64 constant converted to int8 overflows; a typed float64 one is truncated.
        assertEquals(Reason.OVERFLOWS, Representability.representable(i("300"), BasicKind.INT64, BasicKind.INT8).reason());
        assertEquals(Reason.TRUNCATED, Representability.representable(f("300"), BasicKind.FLOAT64, BasicKind.INT8).reason());
        // Unknown values pass (no follow-on errors).
        assertTrue(Representability.isRepresentable(ConstValue.makeUnknown(), BasicKind.INT8));
        assertTrue(Representability.isRepresentable(ConstValue.makeBool(true), BasicKind.UNTYPED_BOOL));
        assertFalse(Representability.isRepresentable(ConstValue.makeBool(true), BasicKind.STRING));
    }

    @Test
    void untypedKindsHoldAnything() {
        ConstValue huge = ConstValue.shift(i("1"), Token.SHL, 1000);
        assertTrue(Representability.isRepresentable(huge, BasicKind.UNTYPED_INT));
        assertTrue(Representability.isRepresentable(huge, BasicKind.UNTYPED_FLOAT));
        assertTrue(Representability.isRepresentable(f("1e-1300"), BasicKind.UNTYPED_FLOAT));
        assertEquals(Reason.TRUNCATED, Representability.representable(f("1e-1300"), BasicKind.UNTYPED_INT).reason());
    }

    private static double roundedDouble(ConstValue x, BasicKind k) {
        RepresentableResult r = Representability.representable(x, k);
        assertTrue(r.ok(), () -> x + " as " + k);
        return ConstValue.float64Val(r.value()).value();
    }

    @Test
    void float64Edges() {
        assertEquals(Double.MAX_VALUE, roundedDouble(f("1.7976931348623157e308"), BasicKind.FLOAT64));
        assertFalse(Representability.isRepresentable(f("1.7976931348623159e308"), BasicKind.FLOAT64));
        // 1e-1000 underflows to 0, which is fine (gc accepts it).
        assertEquals(0.0, roundedDouble(f("1e-1000"), BasicKind.FLOAT64));
        assertEquals(Double.MIN_VALUE, roundedDouble(f("0x1p-1074"), BasicKind.FLOAT64));
        // 2^-1075 is halfway between 0 and 2^-1074: ties to even give 0; a bit more gives 2^-1074.
        assertEquals(0.0, roundedDouble(f("0x1p-1075"), BasicKind.FLOAT64));
        assertEquals(Double.MIN_VALUE, roundedDouble(f("0x1.0000000000000000000001p-1075"), BasicKind.FLOAT64));
        assertEquals(0.1, roundedDouble(f("0.1"), BasicKind.FLOAT64));
        // The rounded value is exact: the rational of the double nearest 0.1.
        RepresentableResult r = Representability.representable(f("0.1"), BasicKind.FLOAT64);
        assertEquals("3602879701896397/36028797018963968", r.value().exactString());
    }

    private static float roundedFloat(ConstValue x) {
        RepresentableResult r = Representability.representable(x, BasicKind.FLOAT32);
        assertTrue(r.ok(), () -> x + " as float32");
        return ConstValue.float32Val(r.value()).value();
    }

    @Test
    void float32RoundsTheExactValueOnce() {
        // Halfway between 1 and 1+2^-23: ties to even.
        assertEquals(1.0f, roundedFloat(f("0x1.000001p0")));
        assertEquals(Math.nextUp(Math.nextUp(1.0f)), roundedFloat(f("0x1.000003p0")));
        // 1 + 2^-24 + 2^-60 lies just above halfway: float32 rounds up. Through float64 it would
        // first become 1 + 2^-24 (halfway) and then 1.0: double rounding.
        ConstValue v = f("0x1.00000100000001p0");
        assertEquals(Math.nextUp(1.0f), roundedFloat(v));
        assertEquals(1.0f, (float) ConstValue.float64Val(v).value());
        // Largest float32, and overflow past the halfway point to 2^128.
        assertEquals(Float.MAX_VALUE, roundedFloat(f("3.4028234663852886e38")));
        assertEquals(Float.MAX_VALUE, roundedFloat(f("0x1.fffffefffffffffp127")));
        assertEquals(Reason.OVERFLOWS, Representability.representable(f("0x1.ffffffp127"), BasicKind.FLOAT32).reason());
        assertEquals(Reason.OVERFLOWS, Representability.representable(f("1e39"), BasicKind.FLOAT32).reason());
        // Subnormals: 2^-149 is the smallest; 2^-150 ties to 0.
        assertEquals(Float.MIN_VALUE, roundedFloat(f("0x1p-149")));
        assertEquals(0.0f, roundedFloat(f("0x1p-150")));
        assertEquals(Float.MIN_VALUE, roundedFloat(f("0x1.00000001p-150")));
        assertEquals(16777216f, roundedFloat(f("16777217")));
        assertEquals(16777220f, roundedFloat(f("16777219"))); // tie: even mantissa
    }

    @Test
    void complexParts() {
        ConstValue c = ConstValue.binaryOp(f("0.1"), Token.ADD, lit(LitKind.IMAG, "0x1.000001p0i"));
        RepresentableResult r = Representability.representable(c, BasicKind.COMPLEX64);
        assertTrue(r.ok());
        assertEquals(0.1f, ConstValue.float32Val(ConstValue.real(r.value())).value());
        assertEquals(1.0f, ConstValue.float32Val(ConstValue.imag(r.value())).value());
        assertTrue(Representability.isRepresentable(lit(LitKind.IMAG, "1e39i"), BasicKind.COMPLEX128));
        assertFalse(Representability.isRepresentable(lit(LitKind.IMAG, "1e309i"), BasicKind.COMPLEX128));
        // A real constant converts to complex.
        RepresentableResult two = Representability.representable(i("2"), BasicKind.COMPLEX128);
        assertEquals("(2 + 0i)", two.value().toString());
        assertEquals(Kind.COMPLEX, two.value().kind());
    }
}
