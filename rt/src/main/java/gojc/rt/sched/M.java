package gojc.rt.sched;

import java.util.concurrent.locks.LockSupport;

/**
 * A machine (runtime.m): a platform thread with Go's maximum stack size that runs goroutines
 * while it holds a P. Idle Ms park on themselves until a P is handed to them in {@link #nextp}.
 */
final class M extends gojc.rt.GoThread {
    final int id;
    P p;
    /** A P handed over by startm/startlockedm; the parked M takes it when it wakes. */
    volatile P nextp;
    /** The P this M held when it entered a syscall. */
    P oldp;
    boolean spinning;
    G curg;
    /** The goroutine wired to this M by LockOSThread; this M runs nothing else. */
    G lockedg;
    M schedlink;
    /** The goroutine to run first (G1 on m0). */
    private G first;

    M(int id, P p, boolean spinning, G first) {
        super("gojc-m" + id, Sched.STACK_SIZE);
        this.id = id;
        this.nextp = p;
        this.spinning = spinning;
        this.first = first;
        setDaemon(true);
    }

    @Override
    public void run() {
        try {
            takeNextp();
            if (first != null) {
                G g = first;
                first = null;
                Sched.execute(this, g);
            }
            Sched.schedule(this);
        } catch (Throwable t) {
            if (curg == null) {
                // thrown by the scheduler itself, not by Go code: a gojc bug, not a Go panic
                Sched.panicking.incrementAndGet();
                gojc.rt.Fatal.internal(t);
            }
            Sched.crash(t, curg);
        }
    }

    /** Parks until a P is handed over, then acquires it. */
    void waitForNextp() {
        while (nextp == null) {
            LockSupport.park(this);
        }
        takeNextp();
    }

    private void takeNextp() {
        P np = nextp;
        nextp = null;
        Sched.acquirep(this, np);
    }
}
