package gojc.rt.std.os.signal;

/**
 * os/signal's hooks into gc's signal handling. The JVM owns the process's signal handlers, so
 * gojc delivers no signals to Go yet: Notify registers, but nothing arrives. signal_recv, which
 * the package's watch goroutine calls in a loop, parks that goroutine's thread for good.
 */
public final class Natives {
    private Natives() {}

    private static final java.util.BitSet ENABLED = new java.util.BitSet();
    private static final java.util.BitSet IGNORED = new java.util.BitSet();

    public static synchronized void signal_enable(int sig) {
        ENABLED.set(sig);
        IGNORED.clear(sig);
    }

    public static synchronized void signal_disable(int sig) {
        ENABLED.clear(sig);
    }

    public static synchronized void signal_ignore(int sig) {
        ENABLED.clear(sig);
        IGNORED.set(sig);
    }

    public static synchronized boolean signal_ignored(int sig) {
        return IGNORED.get(sig);
    }

    /** Waits for a signal: none ever comes. The thread parks; the goroutine's M is lost to Go. */
    public static int signal_recv() {
        gojc.rt.sched.G g = gojc.rt.sched.Sched.getg();
        if (g != null && gojc.rt.sched.Sched.hasP(g)) {
            gojc.rt.sched.Sched.entersyscall(g);
        }
        while (true) {
            java.util.concurrent.locks.LockSupport.park(Natives.class);
        }
    }

    public static void signalWaitUntilIdle() {}
}
