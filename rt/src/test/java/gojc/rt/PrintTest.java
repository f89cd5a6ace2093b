package gojc.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** print/println output must equal gc's (print.txt comes from src/test/go/print.go). */
class PrintTest {
    private OutputStream saved;
    private ByteArrayOutputStream out;

    @BeforeEach
    void capture() {
        saved = Print.sink;
        out = new ByteArrayOutputStream();
        Print.sink = out;
    }

    @AfterEach
    void restore() {
        Print.sink = saved;
    }

    private static void println(double f) {
        Print.begin();
        Print.float64(f);
        Print.nl();
        Print.end();
    }

    @Test
    void matchesGc119() {
        double[] floats = {0, -0.0, 1, -1, 1.5, 1e300, -1e300, 5e-324, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, 123456789, 0.1, 0.3, 2.5e-10, 999999.95, 9999999, 99999995,
            1.7976931348623157e308, 2.2250738585072014e-308, Math.PI, -Math.E, 100, 1e7, 1e-7, 0.000123456789,
            12345678.9};
        for (double f : floats) {
            println(f);
        }
        float[] f32s = {0, 1.1f, 3.4028235e38f, 1e-45f, 0.1f, -2.5f, 16777217f, (float) Math.PI};
        for (float f : f32s) {
            println(f);
        }
        Print.begin();
        long[] ints = {0, -1, Long.MIN_VALUE, Long.MAX_VALUE};
        for (long i : ints) {
            Print.int64(i);
            Print.sp();
        }
        Print.uint64(-1L);
        Print.sp();
        Print.int64(-5);
        Print.sp();
        Print.uint64((byte) -1 & 0xFF);
        Print.nl();
        Print.end();

        Print.begin();
        Print.bool(true);
        Print.sp();
        Print.bool(false);
        Print.nl();
        Print.end();

        Print.begin();
        Print.complex128(new Complex128(1, 2));
        Print.sp();
        Print.complex128(new Complex128(-0.5, Double.POSITIVE_INFINITY));
        Print.sp();
        Print.complex64(new Complex64(1.1f, -3f));
        Print.nl();
        Print.end();

        Print.begin();
        Print.string(GoString.fromJava("a"));
        Print.string(GoString.fromJava("b"));
        Print.int64(1);
        Print.int64(2);
        Print.string(GoString.fromJava("\n"));
        Print.end();

        Print.begin();
        Print.string(GoString.fromJava("x"));
        Print.sp();
        Print.string(GoString.fromJava("y"));
        Print.nl();
        Print.end();

        Print.begin();
        Print.nl();
        Print.end();

        Print.begin();
        Print.float64(1.5);
        Print.end();
        Print.begin();
        Print.string(GoString.fromJava("\n"));
        Print.end();

        assertEquals(Expected.read("print.txt"), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void stringsAreRawBytes() {
        Print.begin();
        Print.string(GoString.of(new byte[] {(byte) 0xff, 'a', 0}));
        Print.end();
        byte[] b = out.toByteArray();
        assertEquals(3, b.length);
        assertEquals((byte) 0xff, b[0]);
    }

    @Test
    void pointersSlicesAndInterfaces() {
        Print.begin();
        Print.pointer(null);
        Print.sp();
        Print.slice(0, 0, null);
        Print.sp();
        Print.iface(null);
        Print.sp();
        Print.pointer(new Object());
        Print.end();
        String s = out.toString(StandardCharsets.UTF_8);
        assertTrue(s.startsWith("0x0 [0/0]0x0 (0x0,0x0) 0xc"), s);
    }

    @Test
    void oneWritePerCall() {
        int[] writes = {0};
        Print.sink = new OutputStream() {
            @Override
            public void write(int b) {
                writes[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                writes[0]++;
            }
        };
        Print.begin();
        Print.int64(1);
        Print.sp();
        Print.int64(2);
        Print.nl();
        Print.end();
        assertEquals(1, writes[0]);
    }
}
