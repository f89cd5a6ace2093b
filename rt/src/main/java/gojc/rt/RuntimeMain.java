package gojc.rt;

import gojc.rt.sched.G;
import gojc.rt.sched.GoFunc;
import gojc.rt.sched.Sched;

import java.util.concurrent.CountDownLatch;

/**
 * gc's {@code runtime.main} (runtime/proc.go), step by step in its order, for programs and for
 * libraries. The linker's synthesized entry class calls {@link #run} with the program's init
 * table; a library's first exported call comes through {@link Library}.
 */
public final class RuntimeMain {
    private RuntimeMain() {}

    /**
     * Go's maximum goroutine stack on 64-bit, in decimal bytes as its messages print it. A
     * goroutine's stack is its M's thread stack (Sched.STACK_SIZE, this size under gojc run).
     */
    public static final long MAX_STACK_SIZE = 1_000_000_000L;

    /** When the world started, for init tracing. */
    static long runtimeInitTime;

    static String[] args = new String[0];

    /** The running program (null until {@link #run}, and in libraries). */
    private static volatile Program program;

    /** The build information linked into the program, "" if none (runtime.modinfo). */
    public static String modinfo() {
        Program p = program;
        return p == null ? "" : p.modinfo();
    }

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
        RuntimeMain.program = program;
        Thread m0 = Sched.start(new GoFunc() {
            @Override
            public void run(G g) {
                runtimeMain(program, g, null);
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
     * The body of goroutine 1. For a library (c-archive, c-shared) mainInitDone is the latch its
     * callers already wait on, and the body returns once it is closed; for a program it is null
     * and made here. Package initialization is untransformed code (as static initializers are),
     * so it runs with g.noUnwind raised; escaping panics are reported by the scheduler with
     * goroutine 1's id, or for a library handed to its callers.
     */
    static void runtimeMain(Program program, G g, CountDownLatch mainInitDone) {
        // Transformed by hand: the only call that may unwind is main.main, so rewinding
        // always resumes there and needs no frame.
        if (!g.rewinding) {
            // maxstacksize = 1e9: fixed in the size of the Ms' thread stacks (MAX_STACK_SIZE).
            Sched.setMainStarted();
            Sched.startSysmon();
            // Init runs on the main thread; a LockOSThread in an init keeps main.main there.
            Sched.LockOSThread(g);
            if (!Sched.onM0(g)) {
                throw Fatal.fatal("runtime.main not on m0");
            }
            runtimeInitTime = System.nanoTime();
            // The runtime's own init task: the rest of gojc.rt initializes itself on first use,
            // but the stack-overflow report must be ready before any stack is deep.
            Fatal.prepare();
            // gcenable: gc starts its background sweeper and scavenger here. The JVM's collector
            // threads run from JVM start-up, and the finalizer goroutine starts with the first
            // finalizer that is due (gojc.rt.std.runtime.Finalizers): nothing to start.
            CountDownLatch done = mainInitDone != null ? mainInitDone : new CountDownLatch(1);
            g.noUnwind++;
            try {
                new InitTasks(program).runAll(InitTrace.enabled(), runtimeInitTime);
            } finally {
                g.noUnwind--;
            }
            done.countDown(); // close(main_init_done); a library closes it itself when init panicked
            Sched.UnlockOSThread(g);
            if (mainInitDone != null) {
                return; // a library: main.main is not run
            }
        }
        program.mainMain(g);
        if (g.unwinding) {
            return;
        }
        Sched.mainDone(g);
    }
}
