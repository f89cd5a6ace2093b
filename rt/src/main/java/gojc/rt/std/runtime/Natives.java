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

    public static boolean gcCollect() {
        FORCED_GCS.incrementAndGet();
        return Finalizers.collect();
    }

    private static final java.util.concurrent.atomic.AtomicLong FORCED_GCS = new java.util.concurrent.atomic.AtomicLong();

    /** How many collections runtime.GC has asked for (runtime/metrics' forced cycles). */
    public static long forcedGCs() {
        return FORCED_GCS.get();
    }

    /** Yields while other goroutines can run, for at most 10 ms (see runtime.GC). */
    public static void gcQuiesce() {
        G g = Sched.getg();
        if (g == null) {
            return;
        }
        long deadline = System.nanoTime() + 10_000_000L;
        for (int i = 0; Sched.othersRunnable(g) && System.nanoTime() < deadline; i++) {
            Gosched();
            if (i >= 100) {
                java.util.concurrent.locks.LockSupport.parkNanos(100_000);
            }
        }
    }

    public static void finWait() {
        for (int i = 0; i < 2000 && Finalizers.busy(); i++) {
            Gosched();
            if (i >= 1000) {
                // a finalizer that takes long or blocks: wait about a second in all, then go on
                java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
            }
        }
    }

    public static boolean runNextFinalizer() {
        return Finalizers.runNext();
    }

    public static boolean setFinalizer(Object obj, Object finalizer) {
        return Finalizers.set(obj, finalizer);
    }

    public static void KeepAlive(Object x) {
        java.lang.ref.Reference.reachabilityFence(x);
    }

    public static void Goexit() {
        throw Sched.Goexit(Sched.getg());
    }

    public static void Breakpoint() {
        G g = Sched.getg();
        byte[] b = ("SIGTRAP: trace trap\nPC=0x0 m=0 sigcode=128\n\ngoroutine "
                + (g == null ? 1 : g.goid()) + " [running]:\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        gojc.rt.Stdio.writeStderr(b, 0, b.length);
        gojc.rt.Exit.exit(2);
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

    public static long callerPC(long skip) {
        List<Long> pcs = Pcs.stack();
        // pcs[0] is this native's caller (runtime.Caller)
        return skip < 0 || skip >= pcs.size() ? 0 : pcs.get((int) skip);
    }

    public static long callers(long skip, gojc.rt.SliceJ pc) {
        List<Long> pcs = Pcs.stack();
        int n = 0;
        for (long i = Math.max(0, skip); i < pcs.size() && n < pc.len; i++, n++) {
            gojc.rt.SliceJ.set(pc, n, pcs.get((int) i));
        }
        return n;
    }

    public static GoString pcFunc(long pc) {
        Pcs.Place p = Pcs.place(pc);
        return p == null ? GoString.EMPTY : GoString.fromJava(p.function);
    }

    public static GoString pcFile(long pc) {
        Pcs.Place p = Pcs.place(pc);
        return p == null ? GoString.fromJava("?") : GoString.fromJava(p.file);
    }

    public static long pcLine(long pc) {
        Pcs.Place p = Pcs.place(pc);
        return p == null ? 0 : p.line;
    }

    public static long pcEntry(long pc) {
        Pcs.Place p = Pcs.place(pc);
        return p == null ? 0 : p.entry;
    }

    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    /** ReadMemStats' figures from the JVM's memory and collector beans. */
    public static void jvmMemory(gojc.rt.SliceJ w) {
        java.lang.management.MemoryUsage heap = java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        long gcs = 0, gcMillis = 0;
        for (java.lang.management.GarbageCollectorMXBean b : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            gcs += Math.max(0, b.getCollectionCount());
            gcMillis += Math.max(0, b.getCollectionTime());
        }
        long nonHeap = java.lang.management.ManagementFactory.getMemoryMXBean().getNonHeapMemoryUsage().getCommitted();
        gojc.rt.SliceJ.set(w, 0, heap.getUsed());
        gojc.rt.SliceJ.set(w, 1, heap.getCommitted());
        gojc.rt.SliceJ.set(w, 2, gcs);
        gojc.rt.SliceJ.set(w, 3, gcMillis * 1_000_000L);
        gojc.rt.SliceJ.set(w, 4, 0);
        gojc.rt.SliceJ.set(w, 5, heap.getCommitted() + Math.max(0, nonHeap));
    }

    /**
     * runtime.Version: gc bakes the toolchain's version in at link time; gojc's programs know
     * only the Go language version they were compiled for, unless -Dgojc.goversion says more.
     */
    public static GoString goVersion() {
        return GoString.fromJava(System.getProperty("gojc.goversion", "go1.19"));
    }

    /** runtime.Stack of the calling goroutine: gc's layout, frames from the JVM's stack. */
    public static GoString stackText(long skip) {
        G g = Sched.getg();
        StringBuilder b = new StringBuilder();
        b.append("goroutine ").append(g == null ? 0 : g.goid()).append(" [running]:\n");
        List<StackWalker.StackFrame> frames = WALKER.walk(s -> s
                .filter(f -> f.getClassName().startsWith("go.") && !f.getClassName().startsWith("go.$")
                        && !f.getClassName().endsWith("$wrap"))
                .collect(Collectors.toList()));
        // frames[0] is the runtime.Stack (or debug.Stack) caller chain's innermost Go frame
        for (int i = (int) Math.max(0, skip - 1); i < frames.size(); i++) {
            StackWalker.StackFrame f = frames.get(i);
            String cls = f.getClassName();
            int dot = cls.lastIndexOf('.');
            String pkg = cls.substring(3, Math.max(3, dot)).replace('.', '/');
            b.append(pkg).append('.').append(f.getMethodName().replace('$', '.')).append("(...)\n");
            b.append('\t').append(gojc.rt.Lines.file(f.getDeclaringClass(), f.getFileName(), f.getLineNumber()))
                    .append(':').append(gojc.rt.Lines.line(f.getDeclaringClass(), f.getLineNumber())).append('\n');
        }
        return GoString.fromJava(b.toString());
    }
}
