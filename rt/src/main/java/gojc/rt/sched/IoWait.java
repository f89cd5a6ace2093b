package gojc.rt.sched;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Parking for goroutines that wait for a descriptor's readiness (the netpoller of
 * gojc.rt.std.internal.poll). A Java thread readies them, so while any waits there is no
 * deadlock to report: gc's checkdead does not fire while the netpoller has waiters either.
 * The wait is a blocking operation of the unwind/rewind protocol: the caller begins the park
 * under its own lock ({@link #beginPark}), publishes g to its waker, then {@link #park}s.
 */
public final class IoWait {
    private IoWait() {}

    /** Goroutines parked in {@link #beginPark} and not yet {@link #ready}. */
    static final AtomicInteger waiting = new AtomicInteger();

    /**
     * When g re-enters its wait while rewinding (the wait is over), what it waited on as given
     * to {@link #beginPark} (the re-issued call's arguments are dummies); else null.
     */
    public static Object rewound(G g) {
        if (!g.rewinding) {
            return null;
        }
        Sched.rewound(g, WaitReason.IO_WAIT);
        Object on = g.ioWaitOn;
        g.ioWaitOn = null;
        return on;
    }

    /** The mode given to {@link #beginPark} with what {@link #rewound} returned. */
    public static int mode(G g) {
        return g.ioWaitMode;
    }

    /** Starts parking g on on (a poll descriptor) for mode. */
    public static void beginPark(G g, Object on, int mode) {
        g.ioWaitOn = on;
        g.ioWaitMode = mode;
        waiting.incrementAndGet();
        Sched.beginPark(g, WaitReason.IO_WAIT);
    }

    /** Parks g (or sets it unwinding: then the caller returns a dummy result at once). */
    public static void park(G g) {
        Sched.park(g);
        if (!g.unwinding) {
            g.ioWaitOn = null; // a thread-parked goroutine: the wait is over already
        }
    }

    /** Makes g, parked by {@link #beginPark}, runnable. Safe from any thread. */
    public static void ready(G g) {
        Sched.ready(g);
        waiting.decrementAndGet();
    }
}
