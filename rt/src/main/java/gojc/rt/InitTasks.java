package gojc.rt;

/**
 * The program's init tasks with gc's states: 0 not started, 1 running, 2 done. The linker put
 * them in initialization order; meeting a task in state 1 means the table and the code disagree.
 */
final class InitTasks {
    private final Program program;
    private final String[] paths;
    private final byte[] state;

    InitTasks(Program program) {
        this.program = program;
        this.paths = program.packages();
        this.state = new byte[paths.length];
    }

    void runAll(boolean trace, long runtimeInitTime) {
        for (int i = 0; i < paths.length; i++) {
            run(i, trace, runtimeInitTime);
        }
    }

    private void run(int i, boolean trace, long runtimeInitTime) {
        switch (state[i]) {
            case 2:
                return;
            case 1:
                throw Fatal.fatal("recursive call during initialization - linker skew");
            default:
                state[i] = 1;
                long start = System.nanoTime();
                long bytes = trace ? InitTrace.allocatedBytes() : 0;
                program.initPackage(i);
                if (trace) {
                    InitTrace.print(paths[i], start, System.nanoTime(), runtimeInitTime,
                            InitTrace.allocatedBytes() - bytes);
                }
                state[i] = 2;
        }
    }
}
