package gojc.rt;

/** Fatal runtime errors, printed as gc prints them; exit code 2. */
public final class Fatal {
    private Fatal() {}

    /** An internal inconsistency: gc's {@code throw}. */
    public static RuntimeException fatal(String msg) {
        Stdio.writeStderr("fatal error: " + msg + "\n");
        Exit.exit(2);
        return new IllegalStateException(msg); // not reached
    }

    /** What escaped the main goroutine: a Go panic, a stack overflow, or a bug in gojc itself. */
    static void uncaught(Throwable t) {
        uncaught(t, 1);
    }

    /** What escaped goroutine goid. Never returns. */
    public static void uncaught(Throwable t, long goid) {
        if (t instanceof StackOverflowError) {
            Stdio.writeStderr("runtime: goroutine stack exceeds " + RuntimeMain.MAX_STACK_SIZE
                    + "-byte limit\nfatal error: stack overflow\n");
            Exit.exit(2);
        }
        GoPanic p = Panics.fromJava(t);
        if (p != null) {
            Panics.fatal(p, goid);
        }
        Stdio.writeStderr("fatal error: unexpected " + t + "\n");
        StringBuilder sb = new StringBuilder();
        for (StackTraceElement e : t.getStackTrace()) {
            sb.append('\t').append(e).append('\n');
        }
        Stdio.writeStderr(sb.toString());
        Exit.exit(2);
    }
}
