package gojc.rt.sched;

import gojc.rt.Exit;
import gojc.rt.GoPanic;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * The goroutine scheduler (runtime/proc.go): global state under {@link #lock}, goroutine
 * creation, the scheduling loop of every M, parking and readying goroutines.
 */
public final class Sched {
    private Sched() {}

    /**
     * The M thread stack size (reserved as address space, committed as used). The gojc
     * launcher sets Go's 1 GB (gojc.mstack=1000000000) together with the JVM option
     * -XX:StackReservedPages=0. Without that option a stack overflow makes HotSpot walk and
     * decode every frame of the thread looking for @ReservedStackAccess methods, in time and
     * malloc'ed memory growing with the depth (a 1 GB stack: minutes and 6.8 GB; with the
     * option: 2.7 s CPU, docs/goroutines.md); so a plain {@code java -jar} gets 256 MB, which
     * still holds a million frames.
     */
    static final long STACK_SIZE = Long.getLong("gojc.mstack", 256L << 20);
    static final int GOID_BATCH = 16;

    /** sched.lock: global run queue, idle P and M lists, M counts, allgs. */
    static final Object lock = new Object();

    // global run queue (lock held)
    private static G runqhead, runqtail;
    static volatile int runqsize;

    static volatile P[] allp = new P[0];
    static volatile int gomaxprocs;
    private static P pidle;
    static volatile int npidle;
    private static M midle;
    static int nmidle, nmidleLocked, mcount;
    static final AtomicInteger nmspinning = new AtomicInteger();
    /** The first user goroutine gets 17, as in gc, whose first batch also feeds system goroutines. */
    static final AtomicLong goidgen = new AtomicLong(GOID_BATCH);
    /** Live user goroutines. */
    static final AtomicInteger ngoroutines = new AtomicInteger();
    /** Every G ever made: dead ones are reused from the free lists, never dropped (as gc). */
    static final List<G> allgs = new ArrayList<>();
    static final Object gFreeLock = new Object();
    static G gFree;
    static volatile int gFreeCount;
    static volatile boolean mainStarted;
    static volatile boolean mainGoexited;
    /** Panics running their deferred calls (gc's runningPanicDefers). */
    static final AtomicInteger runningPanicDefers = new AtomicInteger();
    /** Non-zero once a goroutine is printing a fatal panic. */
    static final AtomicInteger panicking = new AtomicInteger();
    /** An M parked until the earliest timer, or null. */
    private static final AtomicReference<M> timerWaiter = new AtomicReference<>();
    private static volatile long timerWaiterUntil;

    /** Off only in in-process tests, whose harness threads are not Ms. */
    static volatile boolean deadlockDetection = true;

    // stop the world
    static volatile boolean gcwaiting;
    static int stopwait;

    // ---- start-up ----

    /** procresize at start-up: n Ps, P0 to m0. Returns P0. */
    static P init(int procs) {
        synchronized (lock) {
            P[] ps = new P[procs];
            for (int i = 0; i < procs; i++) {
                ps[i] = new P(i);
            }
            allp = ps;
            gomaxprocs = procs;
            for (int i = procs - 1; i > 0; i--) {
                pidleput(ps[i]);
            }
            return ps[0];
        }
    }

    /** GOMAXPROCS from the environment, else the number of available processors. */
    public static int defaultProcs() {
        String env = System.getenv("GOMAXPROCS");
        if (env != null) {
            try {
                int n = Integer.parseInt(env.trim());
                if (n > 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // ignored, as gc does
            }
        }
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Starts the scheduler with {@code main} as goroutine 1 on a new M (m0) and returns m0
     * (already started). Goroutine 1 (runtime.main) starts sysmon; main's end decides the
     * process exit, see {@link #mainDone}.
     */
    public static Thread start(GoFunc main, int procs) {
        P p0 = init(procs);
        G g1 = new G();
        g1.goid = 1;
        g1.entry = main;
        g1.status = G.RUNNABLE;
        synchronized (lock) {
            allgs.add(g1);
            mcount++;
        }
        ngoroutines.incrementAndGet();
        M m0 = new M(0, p0, false, g1);
        m0.start();
        return m0;
    }

    /** runtime.main's {@code mainStarted = true}: from now on newproc may start Ms (wakep). */
    public static void setMainStarted() {
        mainStarted = true;
    }

    /** runtime.main's {@code newm(sysmon, nil, -1)}: sysmon on a thread of its own, without a P. */
    public static void startSysmon() {
        Sysmon.start();
    }

    /** True when g runs on m0, the M that {@link #start} made for goroutine 1. */
    public static boolean onM0(G g) {
        return g.m != null && g.m.id == 0;
    }

    /** The G running on the current thread, or null outside goroutines (for untransformed code). */
    public static G getg() {
        Thread t = Thread.currentThread();
        return t instanceof M ? ((M) t).curg : null;
    }

    /**
     * Starts the scheduler for a library (c-archive, c-shared): no deadlock detection (Java
     * threads may wake goroutines at any time, as gc skips checkdead for libraries).
     */
    public static Thread startLibrary(GoFunc init, int procs) {
        deadlockDetection = false;
        return start(init, procs);
    }

    /**
     * The current goroutine as compiled code sees it: the M's, or for a Java thread calling into
     * Go (a library export, a callback) a goroutine of its own, created on its first call (gc's
     * needm with an extra M). That goroutine cannot unwind (the Java caller's frames are below
     * it), so its blocking operations park the Java thread; it has no P.
     */
    public static G curg() {
        Thread t = Thread.currentThread();
        return t instanceof M ? ((M) t).curg : EXTRA.get();
    }

    private static final ThreadLocal<G> EXTRA = ThreadLocal.withInitial(Sched::newExtraG);

    private static G newExtraG() {
        G g = new G();
        g.goid = goidgen.incrementAndGet();
        g.status = G.RUNNING;
        g.noUnwind = 1;
        g.foreignThread = Thread.currentThread();
        // A Java thread may wake goroutines at any time: like gc for c-archive and c-shared
        // builds, there is no deadlock detection once one takes part.
        deadlockDetection = false;
        return g;
    }

    // ---- goroutine creation and exit ----

    /** {@code go fn()}: createdBy is "function\tfile:line" of the go statement (may be null). */
    public static void newproc(G parent, GoFunc fn, String createdBy) {
        if (fn == null) {
            Crash.fatalGoroutines("go of nil func value");
        }
        M m = currentM();
        P p = m != null ? m.p : null;
        G ng = p != null ? p.gfget() : null;
        if (ng == null) {
            ng = new G();
            ng.status = G.DEAD;
            synchronized (lock) {
                allgs.add(ng);
            }
        }
        ng.entry = fn;
        ng.parentGoid = parent != null ? parent.goid : 0;
        ng.createdBy = createdBy;
        ng.goid = p != null ? p.nextGoid() : goidgen.incrementAndGet();
        ng.status = G.RUNNABLE;
        ngoroutines.incrementAndGet();
        if (p != null) {
            p.runqput(ng, true);
        } else {
            synchronized (lock) {
                ng.schedlink = null;
                globrunqputbatch(ng, ng, 1);
            }
        }
        if (mainStarted) {
            wakep();
        }
    }

    /** The goroutine's entry returned (or Goexit finished): runtime.goexit0. */
    private static void goexit0(M m, G g) {
        g.status = G.DEAD;
        g.entry = null;
        g.defers = null;
        g.panics.clear();
        g.waiting = null;
        g.recvValue = null;
        g.preempt = false;
        g.resumed = false;
        g.createdBy = null;
        g.noUnwind = 0;
        g.rewinding = false;
        g.dropFrames();
        g.m = null;
        m.curg = null;
        if (g.lockedm != null) {
            g.lockedm = null;
            g.lockedCount = 0;
            m.lockedg = null;
        }
        int left = ngoroutines.decrementAndGet();
        if (g.goid == 1) {
            return; // never reused
        }
        m.p.gfput(g);
        if (left == 0 && mainGoexited) {
            synchronized (lock) {
                Crash.checkdead();
            }
        }
    }

    // ---- the scheduling loop ----

    /** Runs g on m until it exits or unwinds; then decides what becomes of it. */
    static void execute(M m, G g) {
        m.curg = g;
        g.m = m;
        g.status = G.RUNNING;
        m.p.schedtick++;
        if (g.resumed) {
            g.rewinding = true;
        }
        try {
            g.entry.run(g);
        } catch (Throwable t) {
            if (t instanceof GoPanic && ((GoPanic) t).goexit) {
                g.unwinding = false;
                g.rewinding = false;
                runDeferredForGoexit(g);
                if (g.goid == 1) {
                    mainGoexited = true;
                }
            } else {
                crash(t, g);
            }
        }
        if (!g.unwinding) {
            goexit0(m, g);
            return;
        }
        g.unwinding = false;
        g.resumed = true;
        m.curg = null;
        if (g.parkState == G.P_YIELDING) {
            g.parkState = G.P_RUNNING;
            g.status = G.RUNNABLE;
            g.m = null;
            synchronized (lock) {
                g.schedlink = null;
                globrunqputbatch(g, g, 1);
            }
            return;
        }
        g.m = null;
        if (!casPark(g, G.P_PARKING, G.P_PARKED)) {
            // woken while it was unwinding: run it next
            g.parkState = G.P_RUNNING;
            g.status = G.RUNNABLE;
            m.p.runqput(g, true);
        }
    }

    /** gc's schedule(): forever find a runnable goroutine and execute it. */
    static void schedule(M m) {
        while (true) {
            if (m.lockedg != null) {
                stopLockedM(m);
                execute(m, m.lockedg);
                continue;
            }
            G g = findRunnable(m);
            if (m.spinning) {
                resetSpinning(m);
            }
            if (g.lockedm != null && g.lockedm != m) {
                startLockedM(m, g);
                continue;
            }
            execute(m, g);
        }
    }

    private static G findRunnable(M m) {
        top:
        while (true) {
            if (gcwaiting) {
                World.gcstopm(m);
                continue;
            }
            P p = m.p;
            if (p.timers.first != 0) {
                runTimers(p, System.nanoTime());
            }
            G g;
            if (p.schedtick % 61 == 0 && runqsize > 0) {
                synchronized (lock) {
                    g = globrunqget(p, 1);
                }
                if (g != null) {
                    return g;
                }
            }
            g = p.runqget();
            if (g != null) {
                return g;
            }
            if (runqsize > 0) {
                synchronized (lock) {
                    g = globrunqget(p, 0);
                }
                if (g != null) {
                    return g;
                }
            }
            if (m.spinning || 2 * nmspinning.get() < gomaxprocs - npidle) {
                if (!m.spinning) {
                    m.spinning = true;
                    nmspinning.incrementAndGet();
                }
                g = stealWork(m, p);
                if (g != null) {
                    return g;
                }
                if (!p.runqEmpty()) {
                    continue; // timers made work
                }
            }
            synchronized (lock) {
                if (gcwaiting) {
                    continue top;
                }
                if (runqsize > 0) {
                    g = globrunqget(p, 0);
                    if (g != null) {
                        return g;
                    }
                }
                releasep(m);
                pidleput(p);
            }
            boolean wasSpinning = m.spinning;
            if (wasSpinning) {
                m.spinning = false;
                nmspinning.decrementAndGet();
                // a goroutine readied while we were spinning found nobody to wake: look again
                for (P p2 : allp) {
                    if (!p2.runqEmpty() || runqsize > 0) {
                        P np;
                        synchronized (lock) {
                            np = pidleget();
                        }
                        if (np != null) {
                            acquirep(m, np);
                            m.spinning = true;
                            nmspinning.incrementAndGet();
                            continue top;
                        }
                        break;
                    }
                }
            }
            // without a P now: wait for the earliest timer if no other M does, else stop
            while (true) {
                long until = earliestTimer();
                if (until == 0 || !timerWaiter.compareAndSet(null, m)) {
                    break;
                }
                timerWaiterUntil = until;
                long wait = until - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(m, wait);
                }
                timerWaiterUntil = 0;
                timerWaiter.set(null);
                P np;
                synchronized (lock) {
                    np = pidleget();
                }
                if (np != null) {
                    acquirep(m, np);
                    runAllTimers();
                    continue top;
                }
                if (earliestTimer() == 0 || npidle == 0) {
                    break;
                }
                // lost a race for an idle P: wait for the timers again, so they stay covered
            }
            stopm(m);
        }
    }

    private static G stealWork(M m, P p) {
        P[] ps = allp;
        int n = ps.length;
        for (int i = 0; i < 4; i++) {
            boolean last = i == 3;
            int off = ThreadLocalRandom.current().nextInt(n);
            for (int k = 0; k < n; k++) {
                P victim = ps[(off + k) % n];
                if (victim == p) {
                    continue;
                }
                if (last && victim.timers.first != 0) {
                    runTimers(victim, System.nanoTime());
                    G g = p.runqget();
                    if (g != null) {
                        return g;
                    }
                }
                if (victim.status == P.IDLE && victim.runqEmpty()) {
                    continue;
                }
                G g = p.runqsteal(victim, last);
                if (g != null) {
                    return g;
                }
            }
        }
        return null;
    }

    private static void resetSpinning(M m) {
        m.spinning = false;
        if (nmspinning.decrementAndGet() == 0 && npidle > 0) {
            wakep(); // the last spinner found work: there may be more
        }
    }

    /** Puts m on the idle list and parks it until it is handed a P. */
    static void stopm(M m) {
        synchronized (lock) {
            m.schedlink = midle;
            midle = m;
            nmidle++;
            Crash.checkdead();
        }
        m.waitForNextp();
    }

    /** m is about to run g, which is wired to another M: hand that M our P and stop. */
    private static void startLockedM(M m, G g) {
        M target = g.lockedm;
        P p = releasep(m);
        synchronized (lock) {
            // target stops counting as idle now, not when its thread gets to run: a checkdead
            // in between must not take the handed-off work for a deadlock
            nmidleLocked--;
        }
        target.nextp = p;
        LockSupport.unpark(target);
        stopm(m);
    }

    /** m's wired goroutine is not runnable: give the P away and park until it is. */
    private static void stopLockedM(M m) {
        P p = releasep(m);
        handoffp(p);
        synchronized (lock) {
            nmidleLocked++;
            Crash.checkdead();
        }
        m.waitForNextp(); // startLockedM took m off nmidleLocked
    }

    /** A P the current M gives up while it blocks: keep it working if anything waits. */
    static void handoffp(P p) {
        if (!p.runqEmpty() || runqsize != 0) {
            startm(p, false);
            return;
        }
        if (nmspinning.get() + npidle == 0 && nmspinning.compareAndSet(0, 1)) {
            startm(p, true);
            return;
        }
        synchronized (lock) {
            if (gcwaiting) {
                p.status = P.GCSTOP;
                if (--stopwait == 0) {
                    lock.notifyAll();
                }
                return;
            }
            if (runqsize != 0) {
                // fall through to startm outside the lock
            } else if (npidle == gomaxprocs - 1 && p.timers.first != 0) {
                // the last P with timers must keep an M watching them
            } else {
                pidleput(p);
                return;
            }
        }
        startm(p, false);
    }

    /** Wakes an idle P when there may be work and nobody spins looking for it. */
    static void wakep() {
        if (npidle == 0 || nmspinning.get() != 0 || !nmspinning.compareAndSet(0, 1)) {
            return;
        }
        startm(null, true);
    }

    /** Runs p (or an idle P) on an idle or new M. */
    static void startm(P p, boolean spinning) {
        M m;
        synchronized (lock) {
            if (p == null) {
                p = pidleget();
                if (p == null) {
                    if (spinning) {
                        nmspinning.decrementAndGet();
                    }
                    return;
                }
            }
            m = midle;
            if (m != null) {
                midle = m.schedlink;
                m.schedlink = null;
                nmidle--;
                m.spinning = spinning;
                m.nextp = p;
            } else {
                m = new M(mcount++, p, spinning, null);
            }
        }
        if (m.getState() == Thread.State.NEW) {
            m.start();
        } else {
            LockSupport.unpark(m);
        }
    }

    static void acquirep(M m, P p) {
        m.p = p;
        p.m = m;
        p.status = P.RUNNING;
    }

    static P releasep(M m) {
        P p = m.p;
        p.m = null;
        p.status = P.IDLE;
        m.p = null;
        return p;
    }

    // ---- queues (lock held unless said) ----

    static void globrunqputbatch(G head, G tail, int n) {
        tail.schedlink = null;
        if (runqtail != null) {
            runqtail.schedlink = head;
        } else {
            runqhead = head;
        }
        runqtail = tail;
        runqsize += n;
    }

    private static G globrunqget(P p, int max) {
        int size = runqsize;
        if (size == 0) {
            return null;
        }
        int n = Math.min(size, size / gomaxprocs + 1);
        if (max > 0 && n > max) {
            n = max;
        }
        if (n > P.RING / 2) {
            n = P.RING / 2;
        }
        runqsize = size - n;
        G g = runqhead;
        runqhead = g.schedlink;
        n--;
        while (n-- > 0) {
            G g1 = runqhead;
            runqhead = g1.schedlink;
            p.runqput(g1, false);
        }
        if (runqhead == null) {
            runqtail = null;
        }
        g.schedlink = null;
        return g;
    }

    static void pidleput(P p) {
        p.status = P.IDLE;
        p.link = pidle;
        pidle = p;
        npidle++;
    }

    static P pidleget() {
        P p = pidle;
        if (p != null) {
            pidle = p.link;
            p.link = null;
            npidle--;
        }
        return p;
    }

    static M currentM() {
        Thread t = Thread.currentThread();
        return t instanceof M ? (M) t : null;
    }

    // ---- parking and readying ----

    private static final java.lang.invoke.VarHandle PARK;

    static {
        try {
            PARK = java.lang.invoke.MethodHandles.privateLookupIn(G.class, java.lang.invoke.MethodHandles.lookup())
                    .findVarHandle(G.class, "parkState", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static boolean casPark(G g, int from, int to) {
        return PARK.compareAndSet(g, from, to);
    }

    /**
     * First half of gopark, called before g becomes visible to its waker (under the waker's
     * lock): from here on a concurrent {@link #ready} is remembered.
     */
    static void beginPark(G g, String reason) {
        beginPark(g, reason, reason);
    }

    /** op names the operation for the rewind check (see {@link #rewound}). */
    static void beginPark(G g, String reason, String op) {
        g.suspendedIn = op;
        g.waitReason = reason;
        g.status = G.WAITING;
        g.parkState = g.noUnwind > 0 ? G.P_THREAD_PARKED : G.P_PARKING;
    }

    /**
     * Second half of gopark, after the waker's lock is released. Unwindable: sets
     * {@code g.unwinding}; the caller returns a dummy value. Otherwise parks this thread
     * (after handing the P off) until the goroutine is readied and the M has a P again.
     */
    static void park(G g) {
        // beginPark chose: P_PARKING (unwind) or P_THREAD_PARKED (park the thread). A waker may
        // have moved either on since: PARKING to WOKEN, THREAD_PARKED to RUNNING. A thread park
        // readied that early must still not unwind (its frames cannot): it goes through the
        // thread park below, whose wait ends at once, and ready()'s early decrement of
        // nmidleLocked is balanced by the increment there.
        int s = g.parkState;
        if (s == G.P_PARKING || s == G.P_WOKEN) {
            g.unwinding = true;
            return;
        }
        if (g.foreignThread != null) {
            // a Java thread's goroutine holds no P: just wait to be readied
            while (g.parkState == G.P_THREAD_PARKED) {
                LockSupport.park(g);
            }
            g.status = G.RUNNING;
            return;
        }
        M m = g.m;
        handoffp(releasep(m));
        synchronized (lock) {
            nmidleLocked++;
            Crash.checkdead();
        }
        while (g.parkState == G.P_THREAD_PARKED) {
            LockSupport.park(g);
        } // ready took this M off nmidleLocked
        reacquireP(m, g);
    }

    /**
     * A goroutine whose Java stack lives on m needs a P again: take an idle one, or queue the
     * goroutine wired to m and wait until a scheduler hands m its P (gc's exitsyscall0).
     */
    private static void reacquireP(M m, G g) {
        boolean temporary;
        synchronized (lock) {
            P p = gcwaiting ? null : pidleget();
            if (p != null) {
                acquirep(m, p);
                g.status = G.RUNNING;
                return;
            }
            temporary = g.lockedm == null;
            if (temporary) {
                g.lockedm = m;
            }
            g.status = G.RUNNABLE;
            g.schedlink = null;
            globrunqputbatch(g, g, 1);
            nmidleLocked++;
        }
        m.waitForNextp(); // startLockedM took m off nmidleLocked
        if (temporary) {
            g.lockedm = null;
        }
        g.m = m;
        m.curg = g;
        g.status = G.RUNNING;
        m.p.schedtick++;
    }

    /** goready: makes a parked goroutine runnable. Safe from any thread. */
    static void ready(G g) {
        while (true) {
            int s = g.parkState;
            if (s == G.P_PARKING) {
                if (casPark(g, G.P_PARKING, G.P_WOKEN)) {
                    return; // its M requeues it when the unwinding is done
                }
            } else if (s == G.P_PARKED) {
                g.parkState = G.P_RUNNING;
                g.status = G.RUNNABLE;
                M m = currentM();
                if (m != null && m.p != null) {
                    m.p.runqput(g, true);
                } else {
                    synchronized (lock) {
                        g.schedlink = null;
                        globrunqputbatch(g, g, 1);
                    }
                }
                wakep();
                return;
            } else if (s == G.P_THREAD_PARKED && g.foreignThread != null) {
                if (casPark(g, G.P_THREAD_PARKED, G.P_RUNNING)) {
                    LockSupport.unpark(g.foreignThread);
                    return;
                }
            } else if (s == G.P_THREAD_PARKED) {
                synchronized (lock) {
                    // the parked M stops counting as idle before it can run (see park); if
                    // park has not counted it yet, the count is balanced when it does
                    if (!casPark(g, G.P_THREAD_PARKED, G.P_RUNNING)) {
                        continue;
                    }
                    nmidleLocked--;
                }
                LockSupport.unpark(g.m);
                return;
            } else {
                throw new IllegalStateException("gojc: ready of " + g + " in park state " + s);
            }
        }
    }

    // ---- the runtime API ----

    private static final String YIELD = "Gosched";

    /**
     * The blocking operation op is re-issued while rewinding: the protocol's end. Checks that
     * every frame was popped and that this is the operation the goroutine suspended in, so
     * that a transform bug fails here, loudly, instead of returning someone else's result.
     */
    static void rewound(G g, String op) {
        g.rewinding = false;
        g.clearFrameRefs();
        String was = g.suspendedIn;
        g.suspendedIn = null;
        if (g.frameCount() != 0 || (was != op && !op.equals(was))) {
            throw new IllegalStateException("gojc: goroutine " + g.goid + " rewound into " + op + " with "
                    + g.frameCount() + " frames left, but it suspended in " + was);
        }
    }

    /** runtime.Gosched: a blocking operation that lets other goroutines run. */
    public static void Gosched(G g) {
        if (g.rewinding) {
            rewound(g, YIELD);
            return;
        }
        yield(g);
    }

    /** Called by compiled code that found {@code g.preempt} set; unwinds like Gosched. */
    public static void preempted(G g) {
        if (g.rewinding) {
            rewound(g, YIELD);
            return;
        }
        g.preempt = false;
        yield(g);
    }

    private static void yield(G g) {
        if (g.noUnwind == 0) {
            g.suspendedIn = YIELD;
            g.parkState = G.P_YIELDING;
            g.unwinding = true;
            return;
        }
        if (g.foreignThread != null) {
            Thread.yield(); // a Java thread's goroutine: no P to give up
            return;
        }
        // The stack cannot unwind: queue the goroutine wired to this thread and wait our turn.
        M m = g.m;
        P p = releasep(m);
        boolean temporary = g.lockedm == null;
        if (temporary) {
            g.lockedm = m;
        }
        g.status = G.RUNNABLE;
        synchronized (lock) {
            g.schedlink = null;
            globrunqputbatch(g, g, 1);
            nmidleLocked++;
        }
        handoffp(p);
        m.waitForNextp(); // startLockedM took m off nmidleLocked
        if (temporary) {
            g.lockedm = null;
        }
        m.curg = g;
        g.status = G.RUNNING;
        m.p.schedtick++;
    }

    /**
     * runtime.Goexit: runs the goroutine's deferred calls and ends it. Throws; compiled code
     * must let the exception pass (recover returns nil for it) and run its own deferred calls.
     */
    public static GoPanic Goexit(G g) {
        GoPanic p = new GoPanic(null);
        p.goexit = true;
        throw p;
    }

    private static void runDeferredForGoexit(G g) {
        g.noUnwind++; // the entry frame is gone: deferred calls that block park the thread
        try {
            Defer d;
            while ((d = g.popDefer()) != null) {
                d.run(g);
            }
        } finally {
            g.noUnwind--;
        }
    }

    /** runtime.NumGoroutine. */
    public static int NumGoroutine() {
        return ngoroutines.get();
    }

    /** runtime.LockOSThread: nests; the goroutine runs only on this M until unlocked. */
    public static void LockOSThread(G g) {
        g.lockedCount++;
        M m = g.m;
        g.lockedm = m;
        m.lockedg = g;
    }

    public static void UnlockOSThread(G g) {
        if (g.lockedCount == 0) {
            return;
        }
        if (--g.lockedCount == 0) {
            M m = g.m;
            m.lockedg = null;
            g.lockedm = null;
        }
    }

    /** time.Sleep(ns): a blocking operation on the P's timer heap. */
    public static void Sleep(G g, long ns) {
        if (g.rewinding) {
            rewound(g, WaitReason.SLEEP);
            return;
        }
        if (ns <= 0) {
            return;
        }
        Timer.Wake t = new Timer.Wake(g);
        t.when = System.nanoTime() + ns;
        beginPark(g, WaitReason.SLEEP);
        addTimer(g.m.p, t);
        park(g);
    }

    static void addTimer(P p, Timer t) {
        p.timers.add(t);
        M w = timerWaiter.get();
        long until = timerWaiterUntil;
        if (w != null && (until == 0 || t.when < until)) {
            LockSupport.unpark(w);
        }
        if (npidle > 0) {
            wakep();
        }
    }

    /** Runs p's due timers; true when any ran. */
    static boolean runTimers(P p, long now) {
        boolean ran = false;
        Timer t;
        while ((t = p.timers.pollDue(now)) != null) {
            t.fire();
            ran = true;
        }
        return ran;
    }

    static boolean runAllTimers() {
        long now = System.nanoTime();
        boolean ran = false;
        for (P p : allp) {
            if (p.timers.first != 0 && p.timers.first <= now) {
                ran |= runTimers(p, now);
            }
        }
        return ran;
    }

    static long earliestTimer() {
        long min = 0;
        for (P p : allp) {
            long w = p.timers.first;
            if (w != 0 && (min == 0 || w < min)) {
                min = w;
            }
        }
        return min;
    }

    /** Whether g runs on an M holding a P, so that it may enter a syscall (not a foreign thread's G). */
    public static boolean hasP(G g) {
        return g.m != null && g.m.p != null;
    }

    /** Syscall-style blocking Java call: sysmon may hand the P to another M meanwhile. */
    public static void entersyscall(G g) {
        M m = g.m;
        P p = m.p;
        g.status = G.SYSCALL;
        m.oldp = p;
        p.syscalltick++;
        p.m = null;
        m.p = null;
        p.status = P.SYSCALL;
    }

    public static void exitsyscall(G g) {
        M m = g.m;
        P p = m.oldp;
        m.oldp = null;
        if (p != null && p.casStatus(P.SYSCALL, P.RUNNING)) {
            m.p = p;
            p.m = m;
            g.status = G.RUNNING;
            return;
        }
        reacquireP(m, g);
    }

    // ---- GOMAXPROCS: stop the world, resize, start ----

    public static int GOMAXPROCS(G g, int n) {
        int prev = gomaxprocs;
        if (n <= 0 || n == prev) {
            return prev;
        }
        M m = g.m;
        World.stop(m);
        World.resize(m, n);
        World.start(m);
        return prev;
    }

    // ---- the end of the program ----

    /**
     * main.main returned on goroutine 1: wait for panicking goroutines to print (gc's
     * runningPanicDefers loop), then exit 0 unless a fatal panic is in flight.
     */
    public static void mainDone(G g) {
        // runtime.main is not unwound here: yield and wait with the thread, giving up the P
        // so that the panicking goroutine can run even with GOMAXPROCS=1.
        g.noUnwind++;
        for (int i = 0; i < 1000 && runningPanicDefers.get() > 0; i++) {
            yield(g);
        }
        if (panicking.get() > 0) {
            Chan.blockForever(g, WaitReason.PANIC_WAIT); // the panicking goroutine ends the process
        }
        Exit.exit(0);
    }

    /** For panic machinery: a panic starts/stops running deferred calls. */
    public static void panicDefersStarted() {
        runningPanicDefers.incrementAndGet();
    }

    public static void panicDefersDone() {
        runningPanicDefers.decrementAndGet();
    }

    /** Something escaped a goroutine: a panic, a stack overflow or a gojc bug. Never returns. */
    /**
     * True while goroutines other than g may still run: some are queued, or another P is held
     * by an M. runtime.GC waits on this, as gc's caller waits out the mark phase.
     */
    public static boolean othersRunnable(G g) {
        M m = g.m;
        return runqsize > 0 || npidle < gomaxprocs - 1 || (m != null && m.p != null && !m.p.runqEmpty());
    }

    static void crash(Throwable t, G g) {
        panicking.incrementAndGet();
        gojc.rt.Fatal.uncaught(t, g != null ? g.goid : 0);
    }

    // ---- for tests ----

    /** All goroutines ever created (lock held). */
    static List<G> allgsForTest() {
        return allgs;
    }

    static int mcountForTest() {
        synchronized (lock) {
            return mcount;
        }
    }
}
