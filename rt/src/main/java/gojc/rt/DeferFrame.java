package gojc.rt;

/**
 * The deferred calls of one function activation, newest last. A function containing defer
 * creates one at entry, pushes each evaluated deferred call, and calls {@link #exit} at every
 * return (with null) and when a panic escapes its body (with the throwable). exit runs the
 * calls in LIFO order and returns normally when the function is to return (no panic, or
 * recovered), or throws the panic that continues to unwind.
 */
public final class DeferFrame {
    private FuncV[] calls = new FuncV[2];
    private boolean[] recovers = new boolean[2];
    private int n;
    /** Whether the deferred call now running was started by a panic (not a normal return). */
    private boolean byPanic;

    /** Records {@code defer f(args)}: fn holds the evaluated function and arguments. */
    public void push(FuncV fn, boolean usesRecover) {
        if (n == calls.length) {
            calls = java.util.Arrays.copyOf(calls, n * 2);
            recovers = java.util.Arrays.copyOf(recovers, n * 2);
        }
        calls[n] = fn;
        recovers[n] = usesRecover;
        n++;
    }

    public void exit(Throwable t) {
        GoPanic p = null;
        PanicState s = null;
        if (t != null) {
            s = PanicState.current();
            p = start(s, t);
        }
        while (n > 0) {
            n--;
            FuncV d = calls[n];
            boolean rec = recovers[n];
            calls[n] = null;
            try {
                if (p != null && rec) {
                    s.recoverToken = p;
                }
                byPanic = p != null;
                callNoUnwind(d);
            } catch (Throwable t2) {
                if (s == null) {
                    s = PanicState.current();
                }
                s.recoverToken = null;
                GoPanic p2 = start(s, t2);
                if (p != null) {
                    p.aborted = true;
                }
                p = p2;
                continue;
            }
            if (p != null) {
                s.recoverToken = null;
                if (p.recovered) {
                    // gc's recovery: drop the panic and the ones it aborted; the function
                    // returns normally after its remaining deferred calls.
                    GoPanic q = p.link;
                    gojc.rt.sched.Sched.panicDefersDone();
                    while (q != null && q.aborted) {
                        if (!q.goexit) {
                            gojc.rt.sched.Sched.panicDefersDone();
                        }
                        q = q.link;
                    }
                    s.panicking = q;
                    p = null;
                }
            }
        }
        if (p != null) {
            throw p;
        }
    }

    /**
     * {@code defer recover()}: recover is called by the deferring function's own exit when its
     * deferred calls run at a normal return (or after a recovery), so it recovers what that
     * function could (its token); run by a panic, its caller is the panic and it does nothing.
     */
    public static void recoverDeferred(DeferFrame frame, Object token) {
        if (!frame.byPanic) {
            Defers.recover(token);
        }
    }

    /**
     * Runs a deferred call: this frame cannot unwind (the runtime's Java code), so a deferred
     * call that blocks parks its thread (see gojc.rt.sched.G#noUnwind).
     */
    private static void callNoUnwind(FuncV d) {
        gojc.rt.sched.G g = gojc.rt.sched.Sched.getg();
        if (g == null) {
            d.call();
            return;
        }
        g.noUnwind++;
        try {
            d.call();
        } finally {
            g.noUnwind--;
        }
    }

    /** Makes t the running panic; JVM errors that are not Go panics (stack overflow) go on. */
    private static GoPanic start(PanicState s, Throwable t) {
        GoPanic p = Panics.fromJava(t);
        if (p == null) {
            if (t instanceof RuntimeException) {
                throw (RuntimeException) t;
            }
            throw (Error) t;
        }
        if (!p.started) {
            p.started = true;
            // gc's runningPanicDefers: main returning waits for this panic to be printed
            if (!p.goexit) {
                gojc.rt.sched.Sched.panicDefersStarted();
            }
            p.link = s.panicking;
            s.panicking = p;
        }
        return p;
    }
}
