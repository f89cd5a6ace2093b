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

    private static final String STACK_OVERFLOW = "runtime: goroutine stack exceeds " + RuntimeMain.MAX_STACK_SIZE
            + "-byte limit\nfatal error: stack overflow\n";

    /** The report's bytes, made by {@link #prepare} while the stack is shallow. */
    private static volatile byte[] stackOverflowText;

    /**
     * A goroutine's stack overflowed: called by the innermost compiled Go frame (its outermost
     * handler), so that the process ends without unwinding the stack. Everything it uses is
     * loaded and initialized beforehand ({@link #prepare}): a class whose initializer overflowed
     * would stay unusable. Never returns.
     */
    public static Error stackOverflow(StackOverflowError e) {
        byte[] b = stackOverflowText;
        if (b == null) {
            b = STACK_OVERFLOW.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        Stdio.writeStderr(b, 0, b.length);
        Exit.exit(2);
        return e;
    }

    /** Loads and initializes what {@link #stackOverflow} needs; the runtime calls it at start. */
    public static void prepare() {
        byte[] b = STACK_OVERFLOW.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Stdio.writeStderr(b, 0, 0);
        Exit.prepare();
        stackOverflowText = b;
    }

    /** What escaped the main goroutine: a Go panic, a stack overflow, or a bug in gojc itself. */
    static void uncaught(Throwable t) {
        uncaught(t, 1);
    }

    /** What escaped goroutine goid. Never returns. */
    public static void uncaught(Throwable t, long goid) {
        if (t instanceof StackOverflowError) {
            stackOverflow((StackOverflowError) t);
        }
        GoPanic p = Panics.fromJava(t);
        if (p != null) {
            Panics.fatal(p, goid);
        }
        internal(t);
    }

    /** A Java exception from gojc's own code: reported with its Java stack. Never returns. */
    public static void internal(Throwable t) {
        Stdio.writeStderr("fatal error: unexpected " + t + "\n");
        StringBuilder sb = new StringBuilder();
        for (StackTraceElement e : t.getStackTrace()) {
            sb.append('\t').append(e).append('\n');
        }
        Stdio.writeStderr(sb.toString());
        Exit.exit(2);
    }
}
