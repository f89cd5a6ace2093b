package gojc.rt.std.runtime.metrics;

import gojc.rt.SliceJ;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** The JVM's figures behind runtime/metrics (overlay/runtime/metrics/sample.go maps them to metrics). */
public final class Natives {
    private Natives() {}

    /**
     * w[0..4]: heap bytes in use, heap bytes committed, non-heap bytes committed (metaspace,
     * code cache: the JVM's own metadata), collections run by all the JVM's collectors, those
     * runtime.GC asked for.
     */
    public static void jvmFigures(SliceJ w) {
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        java.lang.management.MemoryUsage heap = mem.getHeapMemoryUsage();
        long gcs = 0;
        for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcs += Math.max(0, b.getCollectionCount());
        }
        SliceJ.set(w, 0, heap.getUsed());
        SliceJ.set(w, 1, heap.getCommitted());
        SliceJ.set(w, 2, Math.max(0, mem.getNonHeapMemoryUsage().getCommitted()));
        SliceJ.set(w, 3, gcs);
        SliceJ.set(w, 4, gojc.rt.std.runtime.Natives.forcedGCs());
    }
}
