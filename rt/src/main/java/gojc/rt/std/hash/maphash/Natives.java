package gojc.rt.std.hash.maphash;

import gojc.rt.ElemPtr;
import gojc.rt.GoPanic;
import gojc.rt.GoString;
import gojc.rt.RuntimeErrors;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.concurrent.ThreadLocalRandom;

/**
 * hash/maphash's runtime hooks (gc's runtime.fastrand64 and runtime.memhash). The hash is gojc's
 * own seeded 64-bit function: maphash promises only that equal bytes under one seed hash
 * equally within a process, never particular values, so it need not match gc's AES hash.
 */
public final class Natives {
    private Natives() {}

    private static final VarHandle LE64 = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long K1 = 0x9E3779B97F4A7C15L;
    private static final long K2 = 0xC2B2AE3D27D4EB4FL;

    public static long runtime_fastrand64() {
        return ThreadLocalRandom.current().nextLong();
    }

    /** memhash(p, seed, n): p points at byte n-1 or before of a byte array (&b[0], &h.buf[0]). */
    public static long runtime_memhash(Object p, long seed, long n) {
        if (n == 0) {
            return hash(null, 0, 0, seed);
        }
        if (!(p instanceof ElemPtr) || !(((ElemPtr) p).array() instanceof byte[])) {
            throw new GoPanic(new RuntimeErrors.PlainError("gojc: not yet supported: maphash over memory that is not a byte array"));
        }
        ElemPtr e = (ElemPtr) p;
        return hash((byte[]) e.array(), e.index(), (int) n, seed);
    }

    /** The hash of s's bytes, equal to runtime_memhash over the same bytes (the overlay's String and WriteString). */
    public static long stringHash(GoString s, long seed) {
        return hash(s.bytes, s.offset, s.length, seed);
    }

    /** 8 bytes at a time through a multiply-xorshift mix; the tail and the length go into the last word. */
    private static long hash(byte[] b, int off, int n, long seed) {
        long h = seed ^ K1;
        int i = 0;
        for (; i + 8 <= n; i += 8) {
            h = mix(h ^ (long) LE64.get(b, off + i));
        }
        long tail = 0;
        for (int k = n - 1; k >= i; k--) {
            tail = tail << 8 | (b[off + k] & 0xFF);
        }
        h = mix(h ^ tail ^ ((long) n << 59 | (long) n * K2));
        return mix(h ^ h >>> 29);
    }

    private static long mix(long x) {
        x *= K2;
        x ^= Math.multiplyHigh(x, K1) ^ x >>> 32;
        return x * K1;
    }
}
