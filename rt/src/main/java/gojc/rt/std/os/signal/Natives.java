package gojc.rt.std.os.signal;

import gojc.rt.sched.G;
import gojc.rt.sched.Sched;

import java.util.ArrayDeque;
import java.util.BitSet;

/**
 * os/signal's hooks into the runtime (gc's sigsend/signal_recv), on the JVM's own signal API
 * (sun.misc.Signal, in jdk.unsupported since JDK 9). The JVM lets a program catch the signals it
 * does not use itself (SIGINT, SIGTERM, SIGHUP, SIGWINCH, SIGCONT, SIGTSTP, SIGALRM, SIGPIPE,
 * SIGCHLD, ...); Notify of one it keeps (SIGSEGV, SIGQUIT, SIGUSR2, ...) registers but nothing
 * arrives, as under gc for signals that cannot be caught. A caught signal is queued and
 * os/signal's watch goroutine takes it through {@link #signal_recv}.
 */
public final class Natives {
    private Natives() {}

    /** Linux signal names by number, as the JVM names them (without "SIG"). */
    private static final String[] NAMES = {
        null, "HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "BUS", "FPE", "KILL", "USR1", "SEGV", "USR2",
        "PIPE", "ALRM", "TERM", "STKFLT", "CHLD", "CONT", "STOP", "TSTP", "TTIN", "TTOU", "URG", "XCPU",
        "XFSZ", "VTALRM", "PROF", "WINCH", "IO", "PWR", "SYS",
    };

    private static final Object LOCK = new Object();
    private static final BitSet ENABLED = new BitSet();
    private static final BitSet IGNORED = new BitSet();
    /** Signals caught and not yet taken by signal_recv (a signal pending twice is sent once, as gc). */
    private static final ArrayDeque<Integer> pending = new ArrayDeque<>();
    private static final BitSet queued = new BitSet();
    /** True from the moment signal_recv hands out a signal until it is called again. */
    private static boolean delivering;

    private static sun.misc.Signal signal(int sig) {
        if (sig <= 0 || sig >= NAMES.length) return null;
        try {
            return new sun.misc.Signal(NAMES[sig]);
        } catch (IllegalArgumentException e) {
            return null; // a name this JVM's platform does not know
        }
    }

    /** Installs h for sig when the JVM allows it; false when the JVM keeps the signal for itself. */
    private static boolean handle(int sig, sun.misc.SignalHandler h) {
        sun.misc.Signal s = signal(sig);
        if (s == null) return false;
        try {
            sun.misc.Signal.handle(s, h);
            return true;
        } catch (IllegalArgumentException | IllegalStateException e) {
            return false; // "Signal already used by VM or OS"
        }
    }

    private static final sun.misc.SignalHandler CATCH = s -> deliver(s.getNumber());

    private static void deliver(int sig) {
        synchronized (LOCK) {
            if (!ENABLED.get(sig) || queued.get(sig)) return;
            queued.set(sig);
            pending.add(sig);
            LOCK.notifyAll();
        }
    }

    public static void signal_enable(int sig) {
        synchronized (LOCK) {
            ENABLED.set(sig);
            IGNORED.clear(sig);
        }
        handle(sig, CATCH);
    }

    public static void signal_disable(int sig) {
        synchronized (LOCK) {
            ENABLED.clear(sig);
        }
        handle(sig, sun.misc.SignalHandler.SIG_DFL);
    }

    public static void signal_ignore(int sig) {
        synchronized (LOCK) {
            ENABLED.clear(sig);
            IGNORED.set(sig);
        }
        handle(sig, sun.misc.SignalHandler.SIG_IGN);
    }

    public static boolean signal_ignored(int sig) {
        synchronized (LOCK) {
            return IGNORED.get(sig);
        }
    }

    /**
     * The watch goroutine waits for the next caught signal, as gc's signal_recv: its M waits in
     * a syscall state, so sysmon hands the P to another M meanwhile.
     */
    public static int signal_recv() {
        return inSyscall(() -> {
            synchronized (LOCK) {
                delivering = false;
                LOCK.notifyAll();
                while (pending.isEmpty()) {
                    waitOn(0);
                }
                int sig = pending.remove();
                queued.clear(sig);
                delivering = true;
                return sig;
            }
        });
    }

    /** Waits until every signal caught so far has been handed to os/signal's handlers (Stop, Reset). */
    public static void signalWaitUntilIdle() {
        inSyscall(() -> {
            synchronized (LOCK) {
                while (delivering || !pending.isEmpty()) {
                    waitOn(1);
                }
                return 0;
            }
        });
    }

    /** Runs a wait of the calling goroutine's thread between entersyscall and exitsyscall. */
    private static int inSyscall(java.util.function.IntSupplier wait) {
        G g = Sched.getg();
        boolean syscall = g != null && Sched.hasP(g);
        if (syscall) Sched.entersyscall(g);
        try {
            return wait.getAsInt();
        } finally {
            if (syscall) Sched.exitsyscall(g);
        }
    }

    /** LOCK.wait(ms), holding LOCK; an interrupt only ends this wait (only a signal or idleness ends the loop). */
    private static void waitOn(long ms) {
        try {
            LOCK.wait(ms);
        } catch (InterruptedException e) {
            // keep waiting
        }
    }

    /** kill(getpid(), sig): raised through the JVM; false when the JVM cannot raise it. */
    public static boolean raise(int sig) {
        sun.misc.Signal s = signal(sig);
        if (s == null) return false;
        try {
            sun.misc.Signal.raise(s);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
