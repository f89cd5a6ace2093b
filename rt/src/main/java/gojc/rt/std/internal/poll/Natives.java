package gojc.rt.std.internal.poll;

import gojc.rt.Ptr;
import gojc.rt.Results;
import gojc.rt.sched.AddrSema;
import gojc.rt.sched.G;
import gojc.rt.sched.IoWait;
import gojc.rt.sched.Sched;
import gojc.rt.sched.WaitReason;
import gojc.rt.std.syscall.Sockets;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * internal/poll's runtime hooks: semaphores and the netpoller (runtime/netpoll.go's
 * poll_runtime_* functions). Non-blocking sockets are pollable ({@link PollDesc}, {@link
 * Poller}); other descriptors (files, pipes) are not, so os uses them in blocking mode as
 * before (their reads and writes block their M in a syscall state, see
 * gojc.rt.std.syscall.Blocking).
 */
public final class Natives {
    private Natives() {}

    private static final int EPERM = 1;

    /** The open PollDescs by context (the uintptr the Go side keeps). */
    private static final ConcurrentHashMap<Long, PollDesc> descs = new ConcurrentHashMap<>();
    private static final AtomicLong nextCtx = new AtomicLong();

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

    /** (ctx, 0) for a non-blocking socket; (0, EPERM) for others, as epoll_ctl fails for files. */
    public static long runtime_pollOpen(long fd) {
        if (!Sockets.pollable(fd)) {
            Results.get().j[0] = EPERM;
            return 0;
        }
        Poller.start();
        long ctx = nextCtx.incrementAndGet();
        descs.put(ctx, new PollDesc(fd));
        Results.get().j[0] = 0;
        return ctx;
    }

    public static void runtime_pollClose(long ctx) {
        PollDesc pd = descs.remove(ctx);
        if (pd != null) {
            pd.closed = true;
            Poller.update(pd);
        }
    }

    /**
     * Waits until the descriptor is ready for mode ('r' or 'w'): pollNoError, or
     * pollErrClosing / pollErrTimeout. A blocking operation of the unwind/rewind protocol
     * (listed in Continuations.BLOCKING): the goroutine parks without holding its M.
     */
    public static long runtime_pollWait(long ctx, long mode) {
        G g = Sched.curg();
        Object waited = IoWait.rewound(g);
        if (waited != null) {
            return ((PollDesc) waited).check(IoWait.mode(g));
        }
        return descs.get(ctx).block(g, (int) mode);
    }

    public static void runtime_pollWaitCanceled(long ctx, long mode) {}

    public static long runtime_pollReset(long ctx, long mode) {
        return descs.get(ctx).check((int) mode);
    }

    public static void runtime_pollSetDeadline(long ctx, long d, long mode) {
        descs.get(ctx).setDeadline(d, (int) mode);
    }

    public static void runtime_pollUnblock(long ctx) {
        descs.get(ctx).unblock();
    }

    public static boolean runtime_isPollServerDescriptor(long fd) {
        return false;
    }
}
