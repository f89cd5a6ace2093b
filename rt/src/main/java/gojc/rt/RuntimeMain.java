package gojc.rt;

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

    /**
     * Runs the program on m0, a platform thread whose stack is sized for Go's limit (the JVM
     * reserves it as address space, so it costs memory only as it is used), and never returns:
     * the process exits with the program's exit code.
     */
    public static void run(Program program, String[] args) {
        RuntimeMain.args = args;
        Thread m0 = new Thread(null, () -> runtimeMain(program, false), "m0", MAX_STACK_SIZE);
        m0.start();
        while (true) {
            try {
                m0.join();
                break;
            } catch (InterruptedException e) {
                // keep waiting: the process ends from m0
            }
        }
        Exit.exit(0);
    }

    private static void runtimeMain(Program program, boolean library) {
        try {
            mainStarted = true;
            // sysmon, lockOSThread and the m0 check come with the scheduler (issue 6); until then
            // the main goroutine simply runs on m0, the only M.
            runtimeInitTime = System.nanoTime();
            boolean trace = InitTrace.enabled();
            // The runtime's own init tasks: the rt classes initialize themselves on first use.
            // gcenable: the JVM's collector is always on; nothing to enable.
            new InitTasks(program).runAll(trace, runtimeInitTime);
            if (library) {
                return;
            }
            program.mainMain();
            Exit.exit(0);
        } catch (Throwable t) {
            Fatal.uncaught(t);
        }
    }
}
