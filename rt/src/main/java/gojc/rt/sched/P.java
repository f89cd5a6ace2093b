package gojc.rt.sched;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.locks.LockSupport;

/**
 * A processor (runtime.p): the right to run Go code, with a local run queue (a 256-slot ring
 * written only by its owner M and stolen from by others, plus runnext), the timers, a goid
 * cache and the free Gs.
 */
final class P {
    static final int IDLE = 0, RUNNING = 1, SYSCALL = 2, GCSTOP = 3;
    static final int RING = 256;

    final int id;
    volatile int status;
    M m;
    P link;
    int schedtick;
    volatile int syscalltick;
    // sysmon's view, as sysmontick
    int seenSchedtick, seenSyscalltick;
    long seenWhen;

    private final G[] runq = new G[RING];
    private volatile int head; // consumers CAS
    private volatile int tail; // owner stores
    private volatile G runnext;

    final TimerHeap timers = new TimerHeap();

    long goidcache, goidcacheend;
    G gFree;
    int nGFree;

    private static final VarHandle HEAD, TAIL, RUNNEXT, STATUS;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            HEAD = l.findVarHandle(P.class, "head", int.class);
            TAIL = l.findVarHandle(P.class, "tail", int.class);
            RUNNEXT = l.findVarHandle(P.class, "runnext", G.class);
            STATUS = l.findVarHandle(P.class, "status", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    P(int id) {
        this.id = id;
    }

    boolean casStatus(int from, int to) {
        return STATUS.compareAndSet(this, from, to);
    }

    boolean runqEmpty() {
        // As gc: runnext and the ring read consistently enough; callers recheck under the lock.
        while (true) {
            int h = head;
            int t = tail;
            G next = runnext;
            if (tail == t) {
                return h == t && next == null;
            }
        }
    }

    int runqSize() {
        return tail - head + (runnext != null ? 1 : 0);
    }

    /** Owner only. next: put g in runnext, kicking the old one to the tail. */
    void runqput(G g, boolean next) {
        if (next) {
            G old;
            do {
                old = runnext;
            } while (!RUNNEXT.compareAndSet(this, old, g));
            if (old == null) {
                return;
            }
            g = old;
        }
        while (true) {
            int h = head;
            int t = tail;
            if (t - h < RING) {
                runq[t & (RING - 1)] = g;
                TAIL.setRelease(this, t + 1); // publishes the slot, as gc's StoreRel
                return;
            }
            if (runqputSlow(g, h, t)) {
                return;
            }
        }
    }

    /** Moves g and half the full ring to the global queue. */
    private boolean runqputSlow(G g, int h, int t) {
        int n = (t - h) / 2;
        G[] batch = new G[n + 1];
        for (int i = 0; i < n; i++) {
            batch[i] = runq[(h + i) & (RING - 1)];
        }
        if (!HEAD.compareAndSet(this, h, h + n)) {
            return false;
        }
        batch[n] = g;
        for (int i = 0; i < n; i++) {
            batch[i].schedlink = batch[i + 1];
        }
        batch[n].schedlink = null;
        synchronized (Sched.lock) {
            Sched.globrunqputbatch(batch[0], batch[n], n + 1);
        }
        return true;
    }

    /** Owner only: runnext first, then the ring. */
    G runqget() {
        G next = runnext;
        if (next != null && RUNNEXT.compareAndSet(this, next, null)) {
            return next;
        }
        while (true) {
            int h = head;
            int t = tail;
            if (t == h) {
                return null;
            }
            G g = runq[h & (RING - 1)];
            if (HEAD.compareAndSet(this, h, h + 1)) {
                return g;
            }
        }
    }

    /** Steals half of victim's queue into this (empty) P's ring; returns one G to run or null. */
    G runqsteal(P victim, boolean stealRunnext) {
        int t = tail;
        int n = victim.grab(runq, t, stealRunnext);
        if (n == 0) {
            return null;
        }
        n--;
        G g = runq[(t + n) & (RING - 1)];
        if (n > 0) {
            TAIL.setRelease(this, t + n);
        }
        return g;
    }

    private int grab(G[] into, int intoHead, boolean stealRunnext) {
        while (true) {
            int h = head;
            int t = tail;
            int n = t - h;
            n = n - n / 2;
            if (n == 0) {
                if (stealRunnext) {
                    G next = runnext;
                    if (next != null && status == RUNNING) {
                        // Its P is about to run it (the goroutine that readied it is blocking):
                        // give it a few microseconds before stealing, or every channel hand-off
                        // would bounce between threads. Sleep rather than spin, as gc's
                        // usleep(3): the thief stays counted as spinning while off the CPU (the
                        // kernel's timer slack makes it tens of microseconds), so the readies
                        // meanwhile wake no other M (ping-pong on 2 Ps: 231,000 context
                        // switches before, and a spinning core taken from the others).
                        LockSupport.parkNanos(3_000);
                        next = runnext;
                    }
                    if (next != null && RUNNEXT.compareAndSet(this, next, null)) {
                        into[intoHead & (RING - 1)] = next;
                        return 1;
                    }
                }
                return 0;
            }
            if (n > RING / 2) {
                continue; // read an inconsistent h and t
            }
            for (int i = 0; i < n; i++) {
                into[(intoHead + i) & (RING - 1)] = runq[(h + i) & (RING - 1)];
            }
            if (HEAD.compareAndSet(this, h, h + n)) {
                return n;
            }
        }
    }

    /** Empties the local queue into the global one (GOMAXPROCS shrinking). Sched.lock held. */
    void drainToGlobal() {
        G g;
        while ((g = runqget()) != null) {
            g.schedlink = null;
            Sched.globrunqputbatch(g, g, 1);
        }
    }

    long nextGoid() {
        if (goidcache == goidcacheend) {
            goidcache = Sched.goidgen.getAndAdd(Sched.GOID_BATCH) + 1;
            goidcacheend = goidcache + Sched.GOID_BATCH;
        }
        return goidcache++;
    }

    /** A dead G to reuse: from this P's list, refilled from the global one (gc's gfget). */
    G gfget() {
        if (gFree == null && Sched.gFreeCount > 0) {
            synchronized (Sched.gFreeLock) {
                while (nGFree < 32 && Sched.gFree != null) {
                    G g = Sched.gFree;
                    Sched.gFree = g.schedlink;
                    Sched.gFreeCount--;
                    g.schedlink = gFree;
                    gFree = g;
                    nGFree++;
                }
            }
        }
        G g = gFree;
        if (g != null) {
            gFree = g.schedlink;
            g.schedlink = null;
            nGFree--;
        }
        return g;
    }

    /** Gives every local dead G to the global list (the P goes away). */
    void gfpurge() {
        synchronized (Sched.gFreeLock) {
            while (gFree != null) {
                G x = gFree;
                gFree = x.schedlink;
                x.schedlink = Sched.gFree;
                Sched.gFree = x;
                Sched.gFreeCount++;
            }
            nGFree = 0;
        }
    }

    /** Keeps a dead G for reuse; past 64 local ones, half go to the global list. */
    void gfput(G g) {
        g.schedlink = gFree;
        gFree = g;
        nGFree++;
        if (nGFree >= 64) {
            synchronized (Sched.gFreeLock) {
                while (nGFree > 32) {
                    G x = gFree;
                    gFree = x.schedlink;
                    nGFree--;
                    x.schedlink = Sched.gFree;
                    Sched.gFree = x;
                    Sched.gFreeCount++;
                }
            }
        }
    }
}
