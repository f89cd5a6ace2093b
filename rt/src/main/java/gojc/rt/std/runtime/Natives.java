package gojc.rt.std.runtime;

import gojc.rt.GoString;
import gojc.rt.sched.G;
import gojc.rt.sched.Sched;

import java.util.List;
import java.util.stream.Collectors;

/** The body-less functions of gojc's runtime overlay (overlay/runtime). */
public final class Natives {
    private Natives() {}

    public static long GOMAXPROCS(long n) {
        return Sched.GOMAXPROCS(Sched.getg(), n < 1 ? 0 : (int) Math.min(n, 1 << 20));
    }

    public static long NumCPU() {
        return Runtime.getRuntime().availableProcessors();
    }

    public static long NumGoroutine() {
        return Sched.NumGoroutine();
    }

    public static void Gosched() {
        G g = Sched.getg();
        if (g == null) {
            Thread.yield();
            return;
        }
        // Called from Go code without the continuation transform: yield with the thread.
        g.noUnwind++;
        try {
            Sched.Gosched(g);
        } finally {
            g.noUnwind--;
        }
    }

    public static void GC() {
        System.gc();
    }

    public static void Goexit() {
        throw Sched.Goexit(Sched.getg());
    }

    public static void LockOSThread() {
        G g = Sched.getg();
        if (g != null) Sched.LockOSThread(g);
    }

    public static void UnlockOSThread() {
        G g = Sched.getg();
        if (g != null) Sched.UnlockOSThread(g);
    }

    public static GoString gorootEnv() {
        String r = System.getenv("GOROOT");
        return r == null ? GoString.EMPTY : GoString.fromJava(r);
    }

    public static long callerLine(long skip) {
        StackWalker.StackFrame f = goFrame(skip);
        return f == null ? -1 : f.getLineNumber();
    }

    public static GoString callerFile(long skip) {
        StackWalker.StackFrame f = goFrame(skip);
        return f == null || f.getFileName() == null ? GoString.EMPTY : GoString.fromJava(f.getFileName());
    }

    /** The skip'th frame of compiled Go code (classes of JVM package go/) above the native's caller. */
    private static StackWalker.StackFrame goFrame(long skip) {
        List<StackWalker.StackFrame> frames = StackWalker.getInstance().walk(s -> s
                .filter(f -> f.getClassName().startsWith("go.") && !f.getClassName().startsWith("go.$"))
                .collect(Collectors.toList()));
        // frames[0] is runtime.Caller itself, the caller of the native.
        return skip < 0 || skip >= frames.size() ? null : frames.get((int) skip);
    }
}
