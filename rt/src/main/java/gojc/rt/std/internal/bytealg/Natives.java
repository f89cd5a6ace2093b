package gojc.rt.std.internal.bytealg;

import gojc.rt.GoString;
import gojc.rt.SliceB;

/**
 * internal/bytealg's body-less functions (gc has them in amd64 assembly). Bytes are compared
 * unsigned, as Go's bytes are. A nil slice is {@code null}.
 */
public final class Natives {
    private Natives() {}

    public static long Compare(SliceB a, SliceB b) {
        return compare(arr(a), off(a), len(a), arr(b), off(b), len(b));
    }

    public static long abigen_runtime_cmpstring(GoString a, GoString b) {
        return compare(a.bytes, a.offset, a.length, b.bytes, b.offset, b.length);
    }

    public static long Count(SliceB b, int c) {
        return count(arr(b), off(b), len(b), (byte) c);
    }

    public static long CountString(GoString s, int c) {
        return count(s.bytes, s.offset, s.length, (byte) c);
    }

    public static long IndexByte(SliceB b, int c) {
        return indexByte(arr(b), off(b), len(b), (byte) c);
    }

    public static long IndexByteString(GoString s, int c) {
        return indexByte(s.bytes, s.offset, s.length, (byte) c);
    }

    public static long Index(SliceB a, SliceB b) {
        return index(arr(a), off(a), len(a), arr(b), off(b), len(b));
    }

    public static long IndexString(GoString a, GoString b) {
        return index(a.bytes, a.offset, a.length, b.bytes, b.offset, b.length);
    }

    private static final byte[] NONE = new byte[0];

    private static byte[] arr(SliceB s) {
        return s == null ? NONE : s.array;
    }

    private static int off(SliceB s) {
        return s == null ? 0 : s.off;
    }

    private static int len(SliceB s) {
        return s == null ? 0 : s.len;
    }

    private static long compare(byte[] a, int ao, int an, byte[] b, int bo, int bn) {
        int c = java.util.Arrays.compareUnsigned(a, ao, ao + an, b, bo, bo + bn);
        return Integer.signum(c);
    }

    private static long count(byte[] a, int off, int n, byte c) {
        long k = 0;
        for (int i = off; i < off + n; i++) {
            if (a[i] == c) k++;
        }
        return k;
    }

    private static long indexByte(byte[] a, int off, int n, byte c) {
        for (int i = off; i < off + n; i++) {
            if (a[i] == c) return i - off;
        }
        return -1;
    }

    private static long index(byte[] a, int ao, int an, byte[] b, int bo, int bn) {
        if (bn == 0) return 0;
        byte first = b[bo];
        for (int i = 0; i + bn <= an; i++) {
            if (a[ao + i] != first) continue;
            if (java.util.Arrays.equals(a, ao + i, ao + i + bn, b, bo, bo + bn)) return i;
        }
        return -1;
    }
}
