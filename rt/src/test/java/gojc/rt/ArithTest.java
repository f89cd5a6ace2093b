package gojc.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Conversions, shifts and complex arithmetic against gc on amd64 (arith.txt from src/test/go/arith.go). */
class ArithTest {
    /** math.NaN()'s bits, 0x7FF8000000000001 (Java's Double.NaN has a zero payload). */
    private static final double GO_NAN = Double.longBitsToDouble(0x7FF8000000000001L);

    private static String u(long x) {
        return Long.toUnsignedString(x);
    }

    private static String u32(int x) {
        return Integer.toUnsignedString(x);
    }

    @Test
    void matchesGc119() {
        double[] fs = {0, -0.5, 1.9, -1.9, 127.9, 128, 255.5, 256, -129, 32767.5, 65535.9, 65536, 2147483647.5,
            2147483648.0, -2147483648.5, -2147483649.0, 4294967295.5, 4294967296.0, 1e10, -1e10, 9.2233720368547748e18,
            9.223372036854775808e18, 1.8446744073709550e19, 1.8446744073709552e19, 1e19, 1e20, -1e20,
            -9.223372036854775808e18, GO_NAN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        StringBuilder got = new StringBuilder();
        for (double x : fs) {
            got.append("f64 ").append(u(Double.doubleToRawLongBits(x))).append(' ').append(Arith.f64ToI64(x))
                    .append(' ').append(Arith.f64ToI32(x)).append(' ').append((short) Arith.f64ToI32(x))
                    .append(' ').append((byte) Arith.f64ToI32(x)).append(' ').append(u(Arith.f64ToU64(x)))
                    .append(' ').append(u32(Arith.f64ToU32(x))).append(' ').append((int) (char) Arith.f64ToI32(x))
                    .append(' ').append(Arith.f64ToI32(x) & 0xFF).append('\n');
            float y = (float) x;
            got.append("f32 ").append(u32(Float.floatToRawIntBits(y))).append(' ').append(Arith.f64ToI64(y))
                    .append(' ').append(Arith.f64ToI32(y)).append(' ').append((short) Arith.f64ToI32(y))
                    .append(' ').append((byte) Arith.f64ToI32(y)).append(' ').append(u(Arith.f32ToU64(y)))
                    .append(' ').append(u32(Arith.f64ToU32(y))).append(' ').append((int) (char) Arith.f64ToI32(y))
                    .append(' ').append(Arith.f64ToI32(y) & 0xFF).append('\n');
        }
        long[] us = {0, 1, (1L << 53) + 1, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1, Long.MIN_VALUE + 1025,
            Long.MIN_VALUE + 1024, -1L, 0xfffffffffffff801L, 0x8000008000000001L, 0x8000010000000000L};
        for (long v : us) {
            got.append("u64 ").append(u(v)).append(' ').append(u(Double.doubleToRawLongBits(Arith.u64ToF64(v))))
                    .append(' ').append(u32(Float.floatToRawIntBits(Arith.u64ToF32(v)))).append('\n');
        }
        for (long k : new long[] {0, 1, 7, 8, 15, 16, 31, 32, 33, 63, 64, 65, 1000}) {
            got.append("shift ").append(k)
                    .append(' ').append(Arith.shl64(-5, k))
                    .append(' ').append(Arith.shr64(-5, k))
                    .append(' ').append(u(Arith.shrU64(Long.MIN_VALUE + 5, k)))
                    .append(' ').append(Arith.shl32(-5, k))
                    .append(' ').append(Arith.shr32(-5, k))
                    .append(' ').append(u32(Arith.shrU32(Integer.MIN_VALUE + 5, k)))
                    .append(' ').append((short) Arith.shl32(-5, k))
                    .append(' ').append((short) Arith.shr32(-5, k))
                    .append(' ').append((int) (char) Arith.shrU32((1 << 15) + 5, k))
                    .append(' ').append((byte) Arith.shl32(-5, k))
                    .append(' ').append((byte) Arith.shr32(-5, k))
                    .append(' ').append(Arith.shrU32(128 + 5, k) & 0xFF)
                    .append(' ').append(Arith.shl32(128 + 5, k) & 0xFF)
                    .append('\n');
        }
        double inf = Double.POSITIVE_INFINITY, nan = GO_NAN;
        Complex128[] cs = {c(0, 0), c(1, 0), c(1, 2), c(-3, 0.5), c(0, 1), c(inf, 0), c(inf, inf), c(nan, 0),
            c(0, nan), c(1e300, 1e300), c(1e-300, 0), c(-0.0, 0), c(2, -inf)};
        for (Complex128 a : cs) {
            for (Complex128 b : cs) {
                Complex128 q = Complex128.div(a, b);
                Complex128 m = Complex128.mul(a, b);
                Complex64 a64 = Complex64.fromComplex128(a), b64 = Complex64.fromComplex128(b);
                Complex64 q64 = Complex64.div(a64, b64);
                Complex64 m64 = Complex64.mul(a64, b64);
                got.append("c ").append(b64(q.re)).append(' ')
                        .append(b64(q.im)).append(' ')
                        .append(b64(m.re)).append(' ')
                        .append(b64(m.im)).append(' ')
                        .append(b32(q64.re)).append(' ')
                        .append(b32(q64.im)).append(' ')
                        .append(b32(m64.re)).append(' ')
                        .append(b32(m64.im)).append('\n');
            }
        }
        String[] want = Expected.lines("arith.txt");
        String[] have = got.toString().split("\n");
        for (int i = 0; i < Math.min(want.length, have.length); i++) {
            assertEquals(want[i], have[i], "line " + (i + 1));
        }
        assertEquals(want.length, have.length);
    }

    private static String b64(double x) {
        return x != x ? "NaN" : u(Double.doubleToRawLongBits(x));
    }

    private static String b32(float x) {
        return x != x ? "NaN" : u32(Float.floatToRawIntBits(x));
    }

    private static Complex128 c(double re, double im) {
        return new Complex128(re, im);
    }

    @Test
    void divisionByZeroAndUnsignedDivision() {
        assertThrows(GoPanic.class, () -> Arith.div32(1, 0));
        assertThrows(GoPanic.class, () -> Arith.remU32(1, 0));
        assertThrows(GoPanic.class, () -> Arith.divU64(1, 0));
        assertEquals(Long.MIN_VALUE, Arith.div64(Long.MIN_VALUE, -1));
        assertEquals(0, Arith.rem64(Long.MIN_VALUE, -1));
        assertEquals(Long.MAX_VALUE, Arith.divU64(-1L, 2));
        assertEquals(1, Arith.remU64(-1L, 2));
        assertEquals(0x7fffffff, Arith.divU32(-1, 2));
        assertEquals(4294967295.0, Arith.u32ToF64(-1));
    }
}
