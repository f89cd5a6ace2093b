package gojc.rt.std.time;

import gojc.rt.FuncV;
import gojc.rt.Results;
import gojc.rt.sched.G;
import gojc.rt.sched.RuntimeTimer;
import gojc.rt.sched.Sched;

import java.time.Instant;

/** The body-less functions of package time (gc's runtime provides them by linkname). */
public final class Natives {
    private Natives() {}

    /**
     * time.Sleep: a blocking operation of the unwind/rewind protocol (listed in the compiler's
     * Continuations.BLOCKING), so the goroutine parks and its M runs others.
     */
    public static void Sleep(long ns) {
        G g = Sched.getg();
        if (g == null) {
            sleepThread(ns);
            return;
        }
        Sched.Sleep(g, ns);
    }

    private static void sleepThread(long ns) {
        long end = System.nanoTime() + ns;
        for (long left = ns; left > 0; left = end - System.nanoTime()) {
            try {
                Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
            } catch (InterruptedException e) {
                // keep sleeping: Go's Sleep is not interruptible
            }
        }
    }

    /** time.now: wall clock (seconds, nanoseconds) and the monotonic clock, gc's runtime.nanotime. */
    public static long now() {
        Instant t = Instant.now();
        Results r = Results.get();
        r.j[0] = t.getNano();
        r.j[1] = System.nanoTime();
        return t.getEpochSecond();
    }

    public static long runtimeNano() {
        return System.nanoTime();
    }

    public static Object timerStart(Object rt, long when, long period, FuncV fire) {
        RuntimeTimer t = rt == null ? new RuntimeTimer() : (RuntimeTimer) rt;
        t.start(when, period, fire);
        return t;
    }

    public static boolean timerStop(Object rt) {
        return rt != null && ((RuntimeTimer) rt).stop();
    }
}
