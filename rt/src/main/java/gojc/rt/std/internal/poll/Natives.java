package gojc.rt.std.internal.poll;

import gojc.rt.Ptr;
import gojc.rt.Results;
import gojc.rt.sched.AddrSema;
import gojc.rt.sched.Sched;
import gojc.rt.sched.WaitReason;

/**
 * internal/poll's runtime hooks. There is no netpoller: runtime_pollOpen fails, so every
 * descriptor is used in blocking mode (reads and writes block their M in a syscall state, see
 * gojc.rt.std.syscall.Blocking) and deadlines are not supported.
 */
public final class Natives {
    private Natives() {}

    private static final int ENOSYS = 38;

    /**
     * semacquire on fdMutex's semaphore words: the scheduler's address-keyed semaphores, as for
     * sync. A blocking operation of the unwind/rewind protocol (listed in Continuations.BLOCKING).
     */
    public static void runtime_Semacquire(Ptr sema) {
        AddrSema.acquire(Sched.getg(), sema, false, WaitReason.SEMACQUIRE);
    }

    public static void runtime_Semrelease(Ptr sema) {
        AddrSema.release(sema);
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
