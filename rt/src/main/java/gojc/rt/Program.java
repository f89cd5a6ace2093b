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

    /**
     * The module build information the go command would stamp into the binary (debug.BuildInfo's
     * text without its go line), for runtime/debug.ReadBuildInfo; "" when there is none.
     */
    protected String modinfo() {
        return "";
    }

    /** Calls {@code main.main}; library jars never call it. */
    protected abstract void mainMain();

    /**
     * Calls {@code main.main} as goroutine 1. The compiler's continuation transform makes it
     * unwindable when it may block (docs/goroutines.md); on resume the runtime calls this again
     * with {@code g.rewinding} set.
     */
    protected void mainMain(gojc.rt.sched.G g) {
        // The compiler's continuation transform makes main.main unwindable when it may block;
        // the synthesized mainMain() forwarder between needs no frame (its one call is main.main).
        mainMain();
    }
}
