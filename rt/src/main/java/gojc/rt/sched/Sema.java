package gojc.rt.sched;

/**
 * A counting semaphore for the sync package (runtime/sema.go's semacquire/semrelease): gc keys
 * semaphores by the address of a uint32; here the sync overlay keeps one Sema object per
 * Mutex/RWMutex/WaitGroup instead. Waiters are woken in FIFO order, and release hands the unit
 * directly to the first waiter so a releaser cannot take it back at once (gc's handoff).
 * {@link #acquire} is a blocking operation of the unwind/rewind protocol.
 */
public final class Sema {
    private long count;
    private final WaitQ waiters = new WaitQ();

    public Sema() {}

    public Sema(long count) {
        this.count = count;
    }

    /** semacquire: waits until the count is positive, then decrements it. */
    public static void acquire(G g, Sema s, String reason) {
        if (g.rewinding) {
            Sched.rewound(g, WaitReason.SEMACQUIRE);
            finish(g);
            return;
        }
        synchronized (s) {
            if (s.count > 0) {
                s.count--;
                return;
            }
            Sudog sg = g.acquireSudog();
            sg.success = false;
            g.waiting = sg;
            s.waiters.enqueue(sg);
            Sched.beginPark(g, reason, WaitReason.SEMACQUIRE);
        }
        Sched.park(g);
        if (g.unwinding) {
            return;
        }
        finish(g);
    }

    public static void acquire(G g, Sema s) {
        acquire(g, s, WaitReason.SEMACQUIRE);
    }

    private static void finish(G g) {
        Sudog sg = g.waiting;
        g.waiting = null;
        g.releaseSudog(sg);
    }

    /** semrelease: gives the unit to the oldest waiter, or increments the count. Never blocks. */
    public static void release(Sema s) {
        Sudog sg;
        synchronized (s) {
            sg = s.waiters.dequeue();
            if (sg == null) {
                s.count++;
                return;
            }
            sg.success = true;
        }
        Sched.ready(sg.g);
    }

    int waitersForTest() {
        return waiters.size();
    }

    /** The count (tests and diagnostics). */
    public synchronized long count() {
        return count;
    }
}
