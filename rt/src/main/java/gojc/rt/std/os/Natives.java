package gojc.rt.std.os;

import gojc.rt.GoString;
import gojc.rt.RuntimeMain;
import gojc.rt.SliceL;

import java.util.concurrent.ThreadLocalRandom;

/** The body-less functions of package os (gc's runtime provides them by linkname). */
public final class Natives {
    private Natives() {}

    /**
     * os.Args: the program's name, then its arguments. The name is the jar the JVM runs
     * ({@code java -jar prog.jar}), else the {@code gojc.program} system property, else "main".
     */
    public static SliceL runtime_args() {
        String[] args = RuntimeMain.args();
        Object[] a = new Object[args.length + 1];
        a[0] = GoString.fromJava(programName());
        for (int i = 0; i < args.length; i++) {
            a[i + 1] = GoString.fromJava(args[i]);
        }
        return SliceL.wrap(a);
    }

    private static String programName() {
        String p = System.getProperty("gojc.program");
        if (p != null) return p;
        String cmd = System.getProperty("sun.java.command");
        if (cmd != null && !cmd.isEmpty()) {
            String first = cmd.split(" ", 2)[0];
            if (first.endsWith(".jar")) return first;
        }
        return "main";
    }

    /** A write to a broken pipe on fd 1 or 2: gc raises SIGPIPE; the JVM ignores it, so exit as the signal would. */
    public static void sigpipe() {
        gojc.rt.Exit.exit(2);
    }

    /** Nothing to flush before os.Exit: there is no race detector or coverage. */
    public static void runtime_beforeExit() {}

    public static int fastrand() {
        return ThreadLocalRandom.current().nextInt();
    }
}
