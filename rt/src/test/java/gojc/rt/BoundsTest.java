package gojc.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;

/** Runtime error texts against gc (errors.txt comes from src/test/go/errors.go). */
class BoundsTest {
    private final StringBuilder got = new StringBuilder();

    private void attempt(String name, Runnable r) {
        try {
            r.run();
            fail(name + " did not panic");
        } catch (GoPanic p) {
            Object v = p.value;
            got.append(name).append(": ").append(((GoError) v).error().toJava())
                    .append(" (runtime.Error=").append(v instanceof GoRuntimeError).append(")\n");
        }
    }

    @Test
    void matchesGc119() {
        SliceJ s = SliceJ.make(3, 5);
        GoString str = GoString.fromJava("abc");
        long[] arr = new long[4];
        attempt("index", () -> SliceJ.get(s, 5));
        attempt("index-neg", () -> SliceJ.get(s, -1));
        attempt("index-nil", () -> SliceJ.get(null, 0));
        attempt("index-str", () -> GoString.index(str, 3));
        attempt("index-u64", () -> Bounds.indexU(1L << 63, 3));
        attempt("index-i8", () -> SliceJ.set(s, (byte) -3, 1));
        attempt("slice-cap", () -> SliceJ.slice(s, 0, 7));
        attempt("slice-b", () -> SliceJ.slice(s, 3, 2));
        attempt("slice-neg-lo", () -> SliceJ.slice(s, -1, 3));
        attempt("slice-neg-hi", () -> SliceJ.slice(s, 0, -2));
        attempt("slice-str", () -> GoString.slice(str, 0, 5));
        attempt("slice-str-b", () -> GoString.slice(str, 2, 1));
        attempt("slice-arr", () -> SliceJ.sliceArray(arr, 0, 7));
        attempt("slice-arr-b", () -> SliceJ.sliceArray(arr, 3, 1));
        attempt("slice3-cap", () -> SliceJ.slice3(s, 0, 1, 9));
        attempt("slice3-b", () -> SliceJ.slice3(s, 0, 4, 3));
        attempt("slice3-c", () -> SliceJ.slice3(s, 2, 1, 3));
        attempt("slice3-neg", () -> SliceJ.slice3(s, -1, 1, 3));
        attempt("div", () -> Arith.div64(5, 0));
        attempt("mod", () -> Arith.rem64(5, 0));
        attempt("nilmap", () -> GoMap.put(null, str, 1L));
        attempt("nilptr", () -> {
            throw Panics.fromJava(new NullPointerException());
        });
        attempt("makelen", () -> SliceJ.make(-1, -1));
        attempt("makecap", () -> SliceJ.make(3, 2));
        attempt("shift", () -> Arith.checkShift(-1));
        attempt("unhashable", () -> GoMap.put(GoMap.make(KeyKind.INTERFACE), new Box(Type.slice(Type.INT), SliceJ.make(1, 1)), 1L));
        attempt("uncomparable", () -> KeyKind.INTERFACE.equal(new Box(Type.slice(Type.INT), SliceJ.make(1, 1)), new Box(Type.slice(Type.INT), SliceJ.make(1, 1))));
        attempt("assert", () -> Panics.typeAssertion("interface {}", "string", "int", null));
        attempt("assert-nil", () -> Panics.typeAssertion("interface {}", null, "int", null));
        attempt("assert-method", () -> Panics.typeAssertion("interface {}", "int", "fmt.Stringer", "String"));
        attempt("convert", () -> Bounds.convert(4, 3));
        assertEquals(Expected.read("errors.txt"), got.toString());
    }

    private static String text(Runnable r) {
        GoPanic p = org.junit.jupiter.api.Assertions.assertThrows(GoPanic.class, r::run);
        return p.getMessage();
    }

    /** Texts from GOROOT's test/fixedbugs/issue30116u.out (uint64 operands, -1 is 1<<64-1). */
    @Test
    void unsignedOperandsPrintUnsigned() {
        int both = Bounds.LO_U | Bounds.HI_U;
        assertEquals(5, Bounds.indexU(5, 3)); // the access checks what the sign test leaves
        assertEquals("runtime error: slice bounds out of range [:18446744073709551615] with capacity 3",
                text(() -> Bounds.checkSliceU(-1, -1, 3, false, both)));
        assertEquals("runtime error: slice bounds out of range [18446744073709551615:3]",
                text(() -> Bounds.checkSliceU(-1, 3, 3, true, both)));
        assertEquals("runtime error: slice bounds out of range [:18446744073709551615] with length 3",
                text(() -> Bounds.checkSliceU(4, -1, 3, true, both)));
        assertEquals("runtime error: slice bounds out of range [:4] with length 3",
                text(() -> Bounds.checkSliceU(-1, 4, 3, true, both)));
        // a signed operand stays signed: s[i:j] with i int -1, j uint
        assertEquals("runtime error: slice bounds out of range [-1:]",
                text(() -> Bounds.checkSliceU(-1, 2, 3, false, Bounds.HI_U)));
        Bounds.checkSliceU(0, 3, 3, false, both); // no failure for operands in range
        int all = both | Bounds.MAX_U;
        assertEquals("runtime error: slice bounds out of range [::18446744073709551615] with capacity 3",
                text(() -> Bounds.checkSlice3U(0, 0, -1, 3, false, all)));
        assertEquals("runtime error: slice bounds out of range [:18446744073709551615:3]",
                text(() -> Bounds.checkSlice3U(0, -1, 3, 3, true, all)));
        assertEquals("runtime error: slice bounds out of range [18446744073709551615:0:]",
                text(() -> Bounds.checkSlice3U(-1, 0, 3, 3, true, all)));
        assertEquals("runtime error: slice bounds out of range [::4] with length 3",
                text(() -> Bounds.checkSlice3U(-1, -1, 4, 3, true, all)));
    }

    @Test
    void arraySlice3UsesLength() {
        GoPanic p = org.junit.jupiter.api.Assertions.assertThrows(GoPanic.class,
                () -> SliceI.sliceArray3(new int[4], 1, 2, 7));
        assertEquals("runtime error: slice bounds out of range [::7] with length 4", p.getMessage());
    }
}
