package gojc.rt;

import gojc.rt.sched.G;
import gojc.rt.sched.GoFunc;
import gojc.rt.sched.Sched;

/**
 * gc's {@code runtime.main}, step by step as proc.go orders it. The linker's synthesized entry
 * class calls {@link #run} with the program's init table.
 */
public final class RuntimeMain {
    private RuntimeMain() {}

    /** Go's maximum goroutine stack on 64-bit, in decimal bytes as its messages print it. */
    public static final long MAX_STACK_SIZE = 1_000_000_000L;

    /** Set once runtime.main has started; newproc may start Ms from then on. */
    static volatile boolean mainStarted;

    /** When the world started, for init tracing. */
    static long runtimeInitTime;

    static String[] args = new String[0];

    /** The program's arguments after its name (os.Args[1:]), as the launcher received them. */
    public static String[] args() {
        return args.clone();
    }

    /**
     * Starts the scheduler with runtime.main as goroutine 1 on m0, a platform thread whose
     * stack is sized for Go's limit (the JVM reserves it as address space, so it costs memory
     * only as it is used), and never returns: the process exits when main.main returns
     * ({@link Sched#mainDone}), on a fatal error, or through os.Exit.
     */
    public static void run(Program program, String[] args) {
        RuntimeMain.args = args;
        Fatal.prepare();
        mainStarted = true;
        Thread m0 = Sched.start(new GoFunc() {
            @Override
            public void run(G g) {
                runtimeMain(program, g, false);
            }
        }, Sched.defaultProcs());
        while (true) {
            try {
                m0.join();
                break;
            } catch (InterruptedException e) {
                // keep waiting: the process ends from a goroutine
            }
        }
        Exit.exit(0);
    }

    /**
     * The body of goroutine 1. Package initialization is untransformed code (as static
     * initializers are), so it runs with g.noUnwind raised; escaping panics are reported by
     * the scheduler with goroutine 1's id.
     */
    private static void runtimeMain(Program program, G g, boolean library) {
        // Transformed by hand: the only call that may unwind is main.main, so rewinding
        // always resumes there and needs no frame.
        if (!g.rewinding) {
            runtimeInitTime = System.nanoTime();
            boolean trace = InitTrace.enabled();
            // The runtime's own init tasks: the rt classes initialize themselves on first use.
            // gcenable: the JVM's collector is always on; nothing to enable.
            g.noUnwind++;
            try {
                new InitTasks(program).runAll(trace, runtimeInitTime);
            } finally {
                g.noUnwind--;
            }
            if (library) {
                return;
            }
        }
        program.mainMain(g);
        if (g.unwinding) {
            return;
        }
        Sched.mainDone(g);
    }
}
