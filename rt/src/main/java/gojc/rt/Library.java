package gojc.rt;

import java.util.concurrent.CountDownLatch;

/**
 * The runtime of a library jar ({@code -buildmode=c-archive}/{@code c-shared}): the first call
 * of an exported function starts the runtime on its own thread, which runs every package's init
 * task once and then closes {@code main_init_done}; every call waits for that. {@code main.main}
 * is never run.
 */
public final class Library {
    private Library() {}

    private static final Object LOCK = new Object();
    private static volatile CountDownLatch mainInitDone;
    private static volatile Throwable initFailure;

    /** Called on entry to every exported function; cheap once the runtime is up. */
    public static void ensureStarted(Program program) {
        CountDownLatch done = mainInitDone;
        if (done == null) {
            synchronized (LOCK) {
                done = mainInitDone;
                if (done == null) {
                    done = new CountDownLatch(1);
                    start(program, done);
                    mainInitDone = done;
                }
            }
        }
        boolean interrupted = false;
        while (true) {
            try {
                done.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
        if (initFailure != null) throw toJava(initFailure);
    }

    /**
     * Starts the scheduler (its Ms are daemon threads) with goroutine 1 running the init tasks,
     * as runtime.main does for a c-archive: goroutines started by init keep running, and
     * exported functions called from Java threads block through Sched.curg's goroutines.
     */
    private static void start(Program program, CountDownLatch done) {
        gojc.rt.sched.Sched.startLibrary(new gojc.rt.sched.GoFunc() {
            @Override
            public void run(gojc.rt.sched.G g) {
                try {
                    RuntimeMain.runtimeMain(program, g, done);
                } catch (Throwable t) {
                    initFailure = t;
                    done.countDown();
                }
            }
        }, gojc.rt.sched.Sched.defaultProcs());
    }

    /** A Go panic leaving an exported function becomes a Java exception with gc's text. */
    public static RuntimeException toJava(Throwable t) {
        GoPanic p = Panics.fromJava(t);
        // The calling thread's panics end here: its next call starts with none in flight.
        PanicState.current().clear();
        if (p != null) {
            return new GoPanicException("panic: " + Panics.panicValueText(p.value));
        }
        return t instanceof RuntimeException ? (RuntimeException) t : new RuntimeException(t);
    }

    public static String toJavaString(GoString s) {
        return s.toJava();
    }

    public static GoString fromJavaString(String s) {
        return s == null ? GoString.EMPTY : GoString.fromJava(s);
    }

    /** A Go []byte result as a Java array (a copy: Go may keep using its backing array). */
    public static byte[] toJavaBytes(SliceB s) {
        if (s == null) return null;
        byte[] out = new byte[s.len];
        System.arraycopy(s.array, s.off, out, 0, s.len);
        return out;
    }

    /** A Java byte array as a Go []byte (copied: Java may change its array afterwards). */
    public static SliceB fromJavaBytes(byte[] b) {
        return b == null ? null : SliceB.wrap(b.clone());
    }
}
