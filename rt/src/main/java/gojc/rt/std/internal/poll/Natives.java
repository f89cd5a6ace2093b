package gojc.rt.std.internal.poll;

import gojc.rt.Ptr;
import gojc.rt.Results;
import gojc.rt.sched.G;
import gojc.rt.sched.Sched;
import gojc.rt.sched.Sema;

import java.util.ArrayList;
import java.util.List;

/**
 * internal/poll's runtime hooks. There is no netpoller: runtime_pollOpen fails, so every
 * descriptor is used in blocking mode (reads and writes block their M in a syscall state, see
 * gojc.rt.std.syscall.Blocking) and deadlines are not supported. fdMutex's semaphores are gc's
 * address-keyed semaphores, keyed here by the variable a {@link Ptr} designates.
 */
public final class Natives {
    private Natives() {}

    private static final int ENOSYS = 38;

    /** Semaphores in use, by the uint32 variable they are keyed on (few: one per contended fd). */
    private static final List<Object[]> SEMAS = new ArrayList<>();

    private static Sema sema(Ptr key) {
        synchronized (SEMAS) {
            for (Object[] e : SEMAS) {
                if (Ptr.same((Ptr) e[0], key)) return (Sema) e[1];
            }
            Sema s = new Sema();
            SEMAS.add(new Object[] {key, s});
            return s;
        }
    }

    /** semacquire: called from untransformed native context, so a wait parks the thread. */
    public static void runtime_Semacquire(Ptr sema) {
        Sema s = sema(sema);
        G g = Sched.getg();
        if (g == null) {
            throw new IllegalStateException("gojc: internal/poll semaphore outside a goroutine");
        }
        g.noUnwind++;
        try {
            Sema.acquire(g, s);
        } finally {
            g.noUnwind--;
        }
    }

    public static void runtime_Semrelease(Ptr sema) {
        Sema.release(sema(sema));
    }

    public static long runtimeNano() {
        return System.nanoTime();
    }

    public static void runtime_pollServerInit() {}

    /** Not pollable: (0, ENOSYS), so os and net use the descriptor in blocking mode. */
    public static long runtime_pollOpen(long fd) {
        Results.get().j[0] = ENOSYS;
        return 0;
    }

    public static void runtime_pollClose(long ctx) {}

    public static long runtime_pollWait(long ctx, long mode) {
        return 0;
    }

    public static void runtime_pollWaitCanceled(long ctx, long mode) {}

    public static long runtime_pollReset(long ctx, long mode) {
        return 0;
    }

    public static void runtime_pollSetDeadline(long ctx, long d, long mode) {}

    public static void runtime_pollUnblock(long ctx) {}

    public static boolean runtime_isPollServerDescriptor(long fd) {
        return false;
    }
}
