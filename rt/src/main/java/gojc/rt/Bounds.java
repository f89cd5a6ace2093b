package gojc.rt;

/**
 * Bounds-check failures. Each method throws a GoPanic carrying a {@link BoundsError};
 * the declared GoPanic return lets compiled code write {@code throw Bounds.index(i, n)}
 * (emit invokestatic + athrow) so the verifier sees the path end.
 */
public final class Bounds {
    private Bounds() {}

    private static GoPanic fail(long x, long y, boolean signed, int code) {
        throw new GoPanic(new BoundsError(x, y, signed, code));
    }

    /** Checks 0 <= i < len for a signed index and returns i as an int. */
    public static int checkIndex(long i, int len) {
        if (Long.compareUnsigned(i, len) >= 0) { // 0 <= i < len in one compare
            throw index(i, len);
        }
        return (int) i;
    }

    /** Like checkIndex for an index of unsigned type (prints a huge x unsigned). */
    public static int checkIndexU(long i, int len) {
        if (Long.compareUnsigned(i, len) >= 0) {
            throw fail(i, len, false, BoundsError.INDEX);
        }
        return (int) i;
    }

    public static GoPanic index(long x, long len) {
        throw fail(x, len, true, BoundsError.INDEX);
    }

    public static GoPanic sliceAlen(long x, long len) {
        throw fail(x, len, true, BoundsError.SLICE_ALEN);
    }

    public static GoPanic sliceAcap(long x, long cap) {
        throw fail(x, cap, true, BoundsError.SLICE_ACAP);
    }

    public static GoPanic sliceB(long x, long y) {
        throw fail(x, y, true, BoundsError.SLICE_B);
    }

    public static GoPanic slice3Alen(long x, long len) {
        throw fail(x, len, true, BoundsError.SLICE3_ALEN);
    }

    public static GoPanic slice3Acap(long x, long cap) {
        throw fail(x, cap, true, BoundsError.SLICE3_ACAP);
    }

    public static GoPanic slice3B(long x, long y) {
        throw fail(x, y, true, BoundsError.SLICE3_B);
    }

    public static GoPanic slice3C(long x, long y) {
        throw fail(x, y, true, BoundsError.SLICE3_C);
    }

    public static GoPanic convert(long arrayLen, long sliceLen) {
        throw fail(arrayLen, sliceLen, true, BoundsError.CONVERT);
    }

    /**
     * Checks s[lo:hi] against an upper limit: the capacity for slices, the length for
     * strings and arrays (lenKind true; gc's texts then say "with length"), in gc's
     * order: hi first, then lo.
     */
    public static void checkSlice(long lo, long hi, int limit, boolean lenKind) {
        if (hi < 0 || hi > limit) {
            throw lenKind ? sliceAlen(hi, limit) : sliceAcap(hi, limit);
        }
        if (lo < 0 || lo > hi) {
            throw sliceB(lo, hi);
        }
    }

    /**
     * Checks s[lo:hi:max] against the capacity of a slice, or the length of an array
     * (lenKind true), in gc's order: max, hi, lo.
     */
    public static void checkSlice3(long lo, long hi, long max, int limit, boolean lenKind) {
        if (max < 0 || max > limit) {
            throw lenKind ? slice3Alen(max, limit) : slice3Acap(max, limit);
        }
        if (hi < 0 || hi > max) {
            throw slice3B(hi, max);
        }
        if (lo < 0 || lo > hi) {
            throw slice3C(lo, hi);
        }
    }
}
