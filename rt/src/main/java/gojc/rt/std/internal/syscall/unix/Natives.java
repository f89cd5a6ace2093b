package gojc.rt.std.internal.syscall.unix;

import gojc.rt.SliceB;

import java.security.SecureRandom;

/** The body-less functions of gojc's internal/syscall/unix overlay. */
public final class Natives {
    private Natives() {}

    private static final SecureRandom RANDOM = new SecureRandom();

    /** getrandom(2): the JVM's SecureRandom (seeded from the kernel's entropy). */
    public static void fillRandom(SliceB p) {
        if (p == null || p.len == 0) return;
        byte[] b = new byte[p.len];
        RANDOM.nextBytes(b);
        System.arraycopy(b, 0, p.array, p.off, p.len);
    }
}
