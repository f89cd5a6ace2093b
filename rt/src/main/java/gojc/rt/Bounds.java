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
        if (i < 0 || i >= len) {
            throw index(i, len);
        }
        return (int) i;
    }

    /*
     * Operands of unsigned 64-bit type (uint, uint64, uintptr) are JVM longs like int's, so a
     * value >= 1<<63 is negative here. Such a value is out of range of every length, so the
     * compiler puts one sign test (the methods ending in U) before the ordinary access; the
     * failure path reports the operands as gc does, unsigned ones unsigned. The bits of
     * {@code unsigned} say which operands are of unsigned type.
     */

    /** Bit of an s[lo:...] operand of unsigned type. */
    public static final int LO_U = 1;
    /** Bit of an s[:hi...] operand of unsigned type. */
    public static final int HI_U = 2;
    /** Bit of an s[::max] operand of unsigned type. */
    public static final int MAX_U = 4;

    /** i, an index of unsigned type into something of length len; the access checks the rest. */
    public static long indexU(long i, int len) {
        if (i < 0) {
            throw fail(i, len, false, BoundsError.INDEX);
        }
        return i;
    }

    /** Sign test of s[lo:hi]'s operands (some of unsigned type); arguments as for checkSlice. */
    public static void checkSliceU(long lo, long hi, int limit, boolean lenKind, int unsigned) {
        if ((lo | hi) < 0) {
            throw sliceU(lo, hi, limit, lenKind, unsigned);
        }
    }

    /** Sign test of s[lo:hi:max]'s operands (some of unsigned type); arguments as for checkSlice3. */
    public static void checkSlice3U(long lo, long hi, long max, int limit, boolean lenKind, int unsigned) {
        if ((lo | hi | max) < 0) {
            throw slice3U(lo, hi, max, limit, lenKind, unsigned);
        }
    }

    // gc's order, as checkSlice; an unsigned compare is 0 <= x <= y for a y >= 0.
    private static GoPanic sliceU(long lo, long hi, int limit, boolean lenKind, int unsigned) {
        if (Long.compareUnsigned(hi, limit) > 0) {
            throw fail(hi, limit, (unsigned & HI_U) == 0, lenKind ? BoundsError.SLICE_ALEN : BoundsError.SLICE_ACAP);
        }
        throw fail(lo, hi, (unsigned & LO_U) == 0, BoundsError.SLICE_B);
    }

    private static GoPanic slice3U(long lo, long hi, long max, int limit, boolean lenKind, int unsigned) {
        if (Long.compareUnsigned(max, limit) > 0) {
            throw fail(max, limit, (unsigned & MAX_U) == 0, lenKind ? BoundsError.SLICE3_ALEN : BoundsError.SLICE3_ACAP);
        }
        if (Long.compareUnsigned(hi, max) > 0) {
            throw fail(hi, max, (unsigned & HI_U) == 0, BoundsError.SLICE3_B);
        }
        throw fail(lo, hi, (unsigned & LO_U) == 0, BoundsError.SLICE3_C);
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
