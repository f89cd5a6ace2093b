package gojc.rt.std.runtime.pprof;

import gojc.rt.Results;
import gojc.rt.SliceJ;
import gojc.rt.SliceL;

/**
 * The body-less functions of runtime/pprof. gojc records no profiles yet: CPU profile reads
 * end at once, goroutine profiles are empty, profile labels are kept per goroutine thread.
 */
public final class Natives {
    private Natives() {}

    private static final ThreadLocal<Object> LABELS = new ThreadLocal<>();

    /** (n, ok): no records. */
    public static long runtime_goroutineProfileWithLabels(SliceL p, SliceL labels) {
        Results.get().j[0] = 1;
        return 0;
    }

    /** (data, tags, eof): the CPU profile is always at its end. */
    public static SliceJ readProfile() {
        Results r = Results.get();
        r.l[0] = null;
        r.j[1] = 1;
        return null;
    }

    public static long runtime_cyclesPerSecond() {
        return 1_000_000_000L;
    }

    public static SliceJ runtime_expandFinalInlineFrame(SliceJ stk) {
        return stk;
    }

    public static void runtime_setProfLabel(Object labels) {
        LABELS.set(labels);
    }

    public static Object runtime_getProfLabel() {
        return LABELS.get();
    }
}
