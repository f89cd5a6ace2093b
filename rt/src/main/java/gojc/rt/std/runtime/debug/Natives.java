package gojc.rt.std.runtime.debug;

import gojc.rt.GoString;
import gojc.rt.Ptr;

/**
 * The body-less functions of runtime/debug (gc's runtime provides them by linkname). The JVM's
 * collector has no GC percent, stack or thread limits to set: the settings are remembered and
 * returned as gc would, and change nothing.
 */
public final class Natives {
    private Natives() {}

    private static int gcPercent = 100;
    private static long maxStack = 1_000_000_000L;
    private static long maxThreads = 10000;
    private static long memoryLimit = Long.MAX_VALUE;
    private static boolean panicOnFault;

    /** GC statistics: none are kept (the caller's slice is left as it is, pause count 0). */
    public static void readGCStats(Ptr pauses) {}

    public static void freeOSMemory() {
        System.gc();
    }

    public static synchronized long setMaxStack(long n) {
        long old = maxStack;
        maxStack = n;
        return old;
    }

    public static synchronized int setGCPercent(int p) {
        int old = gcPercent;
        gcPercent = p < 0 ? -1 : p;
        return old;
    }

    public static synchronized boolean setPanicOnFault(boolean v) {
        boolean old = panicOnFault;
        panicOnFault = v;
        return old;
    }

    public static synchronized long setMaxThreads(long n) {
        long old = maxThreads;
        maxThreads = n;
        return old;
    }

    public static synchronized long setMemoryLimit(long n) {
        long old = memoryLimit;
        if (n >= 0) memoryLimit = n;
        return old;
    }

    public static void WriteHeapDump(long fd) {
        throw gojc.rt.Panics.panic(GoString.fromJava("gojc: not yet supported: runtime/debug.WriteHeapDump"));
    }

    /** GOTRACEBACK levels do not change gojc's crash output yet. */
    public static void SetTraceback(GoString level) {}

    /**
     * runtime.modinfo: the build information the linker put into the program, framed by 16
     * bytes on each side as in gc's binaries (ReadBuildInfo cuts them off unread); empty when
     * there is none (libraries), so ReadBuildInfo reports ok == false.
     */
    public static GoString modinfo() {
        String info = gojc.rt.RuntimeMain.modinfo();
        if (info.isEmpty()) return GoString.EMPTY;
        String frame = "\0".repeat(16);
        return GoString.fromJava(frame + info + frame);
    }
}
