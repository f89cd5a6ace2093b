package gojc.rt.sched;

/**
 * A goroutine (runtime.g). Compiled Go functions take the current G as their first parameter:
 * {@code static R f(G g, args...)}. The fields below marked "protocol" are the contract between
 * generated code and the runtime (docs/goroutines.md has the whole protocol):
 *
 * <ul>
 * <li>{@link #unwinding}: set by a blocking operation that parked the goroutine. After every
 *     call that may block, a transformed function tests it; when set it saves its live locals
 *     and resume point in a {@link Frame}, {@link #pushFrame pushes} it and returns at once
 *     (any value). The entry {@link GoFunc} returns to the scheduler, which clears the flag.
 * <li>{@link #rewinding}: set by the scheduler when it re-enters the entry of a resumed
 *     goroutine. A transformed function that sees it on entry pops its frame, restores its
 *     locals and re-issues the call it was suspended in, with any argument values (they are
 *     ignored while rewinding). The runtime operation at the top clears the flag and returns
 *     its result.
 * <li>{@link #noUnwind}: a depth counter that compiled code increments around frames that
 *     cannot unwind (untransformed Go code, static initializers, reflective calls, Java
 *     callbacks). While it is non-zero a blocking operation parks the M's thread instead
 *     (after handing the P to another M) and returns its result directly.
 * <li>{@link #preempt}: set by sysmon when the goroutine has run for 10 ms. Compiled code polls
 *     it at loop back-edges and function entries and then calls {@link Sched#preempted}, a
 *     blocking operation like any other.
 * <li>{@link #recvValue}/{@link #recvOk}: second results of comma-ok receives and select.
 * <li>{@link #defers}: the deferred calls, newest first.
 * </ul>
 */
public final class G {
    // ---- protocol ----
    public boolean unwinding;
    public boolean rewinding;
    public int noUnwind;
    public volatile boolean preempt;
    public Object recvValue;
    /** What g waits for in {@link IoWait} (arguments are not passed again on rewind), and its mode. */
    Object ioWaitOn;
    int ioWaitMode;
    public boolean recvOk;
    public Defer defers;
    /** The panics running deferred calls and the recover handshake (runtime code only). */
    public final gojc.rt.PanicState panics = new gojc.rt.PanicState();

    /**
     * The saved frames, innermost first, below {@link #nframes}; above it, frames already
     * popped and restored, kept for reuse by {@link #newFrame}.
     */
    private Frame[] frames;
    private int nframes;

    /**
     * A frame for the function now unwinding, which pushes it next: the one popped from this
     * depth when the goroutine last rewound (its function restored its locals from it and
     * holds it no more), else a new one. A goroutine blocking again and again in the same
     * place (a channel loop) then allocates no frames at all. The reference slots are cleared
     * so that a reused frame keeps nothing alive that its function no longer saves.
     */
    public Frame newFrame(int pc) {
        Frame[] fs = frames;
        int n = nframes;
        if (fs != null && n < fs.length) {
            Frame f = fs[n];
            if (f != null && f.j == null && f.d == null && f.l == null) {
                f.pc = pc;
                f.l0 = f.l1 = f.l2 = f.l3 = null;
                return f;
            }
        }
        return new Frame(pc);
    }

    /** As {@link #newFrame(int)} for a frame with overflow slots beyond the inline ones. */
    public Frame newFrame(int pc, int nj, int nd, int nl) {
        Frame[] fs = frames;
        int n = nframes;
        if (fs != null && n < fs.length) {
            Frame f = fs[n];
            if (f != null && length(f.j) == nj && length(f.d) == nd && length(f.l) == nl) {
                f.pc = pc;
                f.l0 = f.l1 = f.l2 = f.l3 = null;
                if (f.l != null) {
                    java.util.Arrays.fill(f.l, null);
                }
                return f;
            }
        }
        return new Frame(pc, nj, nd, nl);
    }

    private static int length(long[] a) {
        return a == null ? 0 : a.length;
    }

    private static int length(double[] a) {
        return a == null ? 0 : a.length;
    }

    private static int length(Object[] a) {
        return a == null ? 0 : a.length;
    }

    /** Saves the frame of a function that is unwinding (innermost first). */
    public void pushFrame(Frame f) {
        if (frames == null) {
            frames = new Frame[4];
        } else if (nframes == frames.length) {
            frames = java.util.Arrays.copyOf(frames, nframes * 2);
        }
        frames[nframes++] = f;
    }

    /** Takes the frame of the outermost function still to rewind (it stays for reuse). */
    public Frame popFrame() {
        return frames[--nframes];
    }

    /**
     * Clears the reference slots of the frames kept for reuse: once the goroutine has rewound,
     * each function holds its values in its locals again, and a stale slot would keep alive an
     * object the program dropped (a finalizer that never runs).
     */
    void clearFrameRefs() {
        Frame[] fs = frames;
        if (fs == null) {
            return;
        }
        for (Frame f : fs) {
            if (f == null) {
                continue;
            }
            f.l0 = f.l1 = f.l2 = f.l3 = null;
            if (f.l != null) {
                java.util.Arrays.fill(f.l, null);
            }
        }
    }

    /** Drops the frames kept for reuse, with what they still reference (the goroutine ended). */
    void dropFrames() {
        if (frames != null) {
            java.util.Arrays.fill(frames, null);
            nframes = 0;
        }
    }

    /** Number of saved frames (0 once rewinding is complete). */
    public int frameCount() {
        return nframes;
    }

    public void pushDefer(Defer d) {
        d.link = defers;
        defers = d;
    }

    /** Unlinks and returns the newest deferred call, or null. */
    public Defer popDefer() {
        Defer d = defers;
        if (d != null) {
            defers = d.link;
            d.link = null;
        }
        return d;
    }

    // ---- scheduler state ----
    static final int IDLE = 0, RUNNABLE = 1, RUNNING = 2, SYSCALL = 3, WAITING = 4, DEAD = 6;

    /** Park handshake between a parking goroutine and its waker (see Sched.ready). */
    static final int P_RUNNING = 0, P_PARKING = 1, P_PARKED = 2, P_WOKEN = 3, P_YIELDING = 4,
            P_THREAD_PARKED = 5;

    long goid;
    volatile int status = IDLE;
    volatile int parkState;
    String waitReason;
    GoFunc entry;
    long parentGoid;
    /** "function\tfile:line" of the go statement, or null. */
    String createdBy;
    /** True once the goroutine unwound: the next run of its entry rewinds. */
    boolean resumed;
    /** The M running this G, or the M whose thread it is parked on. */
    volatile M m;
    /** The M this G is wired to: by LockOSThread, or while its Java stack lives on that M. */
    M lockedm;
    int lockedCount;
    /** Linkage in run queues and free lists. */
    G schedlink;
    /** Select: 0 until one case wins the goroutine. */
    volatile int selectDone;
    /** The sudog this G waits with (single channel op) or the winning select sudog. */
    Sudog waiting;
    Sudog cachedSudog;
    /** Select waiting state kept across unwinding. */
    Sudog[] selectSudogs;
    Chan[] selectLockOrder;
    int selectNsends;
    /** The Java thread of a goroutine made for a non-M thread calling into Go (Sched.curg), else null. */
    Thread foreignThread;
    /** The blocking operation the goroutine unwound from, checked when it rewinds. */
    String suspendedIn;

    private static final java.lang.invoke.VarHandle SELECT_DONE;

    static {
        try {
            SELECT_DONE = java.lang.invoke.MethodHandles.lookup().findVarHandle(G.class, "selectDone", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** A select case's waker claims the goroutine; only the first succeeds. */
    boolean winSelect() {
        return SELECT_DONE.compareAndSet(this, 0, 1);
    }

    G() {}

    public long goid() {
        return goid;
    }

    Sudog acquireSudog() {
        Sudog s = cachedSudog;
        if (s == null) {
            return new Sudog(this);
        }
        cachedSudog = null;
        return s;
    }

    void releaseSudog(Sudog s) {
        s.elem = null;
        s.c = null;
        s.next = s.prev = null;
        s.isSelect = false;
        cachedSudog = s;
    }

    @Override
    public String toString() {
        return "goroutine " + goid;
    }
}
