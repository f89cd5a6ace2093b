package gojc.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The text of a fatal panic against gc (panics.txt comes from src/test/go/panics.go). */
class PanicsTest {
    /** A defined type's value as the compiler's interface boxes will present it. */
    private static TypedValue typed(String type, int kind, Object v) {
        return new TypedValue() {
            @Override
            public String goTypeString() {
                return type;
            }

            @Override
            public int goKind() {
                return kind;
            }

            @Override
            public Object goValue() {
                return v;
            }
        };
    }

    private static String text(GoPanic p) {
        return new String(Panics.fatalText(p), StandardCharsets.UTF_8);
    }

    private static GoError error(String s) {
        return () -> GoString.fromJava(s);
    }

    @Test
    void matchesGc119() {
        StringBuilder got = new StringBuilder();
        got.append(text(new GoPanic(GoString.fromJava("boom"))));
        got.append(text(new GoPanic(error("an error"))));
        got.append(text(new GoPanic(42L)));
        got.append(text(new GoPanic(typed("main.MyInt", Kind.INT, -5L))));
        got.append(text(new GoPanic(typed("main.MyStr", Kind.STRING, GoString.fromJava("x y")))));
        got.append(text(new GoPanic(typed("main.MyU", Kind.UINT8, (byte) 200))));
        GoPanic first = new GoPanic(GoString.fromJava("first"));
        GoPanic second = new GoPanic(GoString.fromJava("second"));
        second.link = first;
        got.append(text(second));
        GoPanic again = new GoPanic(GoString.fromJava("again"));
        GoPanic recovered = new GoPanic(GoString.fromJava("first"));
        recovered.recovered = true;
        again.link = recovered;
        got.append(text(again));
        got.append(text(new GoPanic(1.5)));
        try {
            GoMap.put(null, 1L, 2L);
        } catch (GoPanic p) {
            got.append(text(p));
        }
        assertEquals(Expected.read("panics.txt"), got.toString());
    }

    @Test
    void otherValues() {
        assertEquals("nil", Panics.panicValueText(null));
        assertEquals("true", Panics.panicValueText(true));
        assertEquals("18446744073709551615", Panics.panicValueText(typed("uint64", Kind.UINT64, -1L)));
        assertEquals("main.F(+2.500000e+000)", Panics.panicValueText(typed("main.F", Kind.FLOAT64, 2.5)));
        assertEquals("main.C(+1.000000e+000+0.000000e+000i)",
                Panics.panicValueText(typed("main.C", Kind.COMPLEX128, new Complex128(1, 0))));
        assertTrue(Panics.panicValueText(typed("main.T", Kind.STRUCT, new Object())).startsWith("(main.T) 0xc"));
        GoStringer s = () -> GoString.fromJava("stringer");
        assertEquals("stringer", Panics.panicValueText(s));
        String nil = text(Panics.fromJava(new NullPointerException()));
        assertEquals("panic: runtime error: invalid memory address or nil pointer dereference\n"
                + "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n\ngoroutine 1 [running]:\n", nil);
        assertNull(Panics.fromJava(new IllegalStateException()));
    }
}
