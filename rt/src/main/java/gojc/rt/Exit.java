package gojc.rt;

/** Ends the process at once with a code, as gc's exit does: no other goroutine runs on. */
public final class Exit {
    private Exit() {}

    public static void exit(int code) {
        // halt, not System.exit: Go runs no shutdown hooks or finalizers at exit, and output
        // was written unbuffered, so nothing is left to flush.
        java.lang.Runtime.getRuntime().halt(code);
    }

    /** Loads and initializes what exit needs, for a caller that may run short of stack later. */
    static void prepare() {
        java.lang.Runtime.getRuntime();
        try {
            Class.forName("java.lang.Shutdown", true, null);
        } catch (ClassNotFoundException | LinkageError e) {
            // exit still works; it then loads the class itself
        }
    }
}
