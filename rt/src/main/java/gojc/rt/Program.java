package gojc.rt;

/**
 * What the linker synthesizes for a program or library: the table of package init tasks in
 * initialization order and the call of {@code main.main}. The runtime only walks this table;
 * the order was decided at link time.
 */
public abstract class Program {
    /** Import paths of the packages with init tasks, in the order they must be initialized. */
    protected abstract String[] packages();

    /** Runs the init task body of package {@code packages()[i]}: its variables, then its init funcs. */
    protected abstract void initPackage(int i);

    /** Calls {@code main.main}; library jars never call it. */
    protected abstract void mainMain();

    /**
     * Calls {@code main.main} as goroutine 1. Until compiled code takes the G parameter,
     * main.main is untransformed: its frames cannot unwind, so blocking operations under it
     * park the thread (see gojc.rt.sched.G#noUnwind). A linker that emits a transformed
     * main.main overrides this to call it directly.
     */
    protected void mainMain(gojc.rt.sched.G g) {
        g.noUnwind++;
        try {
            mainMain();
        } finally {
            g.noUnwind--;
        }
    }
}
