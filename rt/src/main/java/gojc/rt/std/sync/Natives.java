package gojc.rt.std.sync;

import gojc.rt.GoString;
import gojc.rt.Ptr;
import gojc.rt.sched.AddrSema;
import gojc.rt.sched.Fatals;
import gojc.rt.sched.NotifyList;
import gojc.rt.sched.Sched;
import gojc.rt.sched.WaitReason;

/**
 * Package sync's body-less functions (gc's runtime provides them by linkname) on gojc's
 * scheduler: semaphores park the goroutine, not the thread ({@link AddrSema}), and sync.Cond's
 * notify list is {@link NotifyList}. The blocking ones (runtime_Semacquire,
 * runtime_SemacquireMutex, notifyListWait) follow the unwind/rewind protocol and are listed
 * as blocking in gojc.codegen.Continuations: when re-issued while rewinding, their arguments
 * are zeros and are not used.
 */
public final class Natives {
    private Natives() {}

    /** sync.throw (a Java keyword: the binding appends '_'). */
    public static void throw_(GoString s) {
        throw Fatals.fatal(s.toJava());
    }

    public static void fatal(GoString s) {
        throw Fatals.fatal(s.toJava());
    }

    public static void runtime_Semacquire(Ptr s) {
        AddrSema.acquire(Sched.getg(), s, false, WaitReason.SEMACQUIRE);
    }

    public static void runtime_SemacquireMutex(Ptr s, boolean lifo, long skipframes) {
        AddrSema.acquire(Sched.getg(), s, lifo, WaitReason.SYNC_MUTEX_LOCK);
    }

    public static void runtime_Semrelease(Ptr s, boolean handoff, long skipframes) {
        AddrSema.release(s);
    }

    /** Spinning needs idle Ps and cores to spare; waiting goroutines park instead. */
    public static boolean runtime_canSpin(long i) {
        return false;
    }

    public static void runtime_doSpin() {
        Thread.onSpinWait();
    }

    public static long runtime_nanotime() {
        return System.nanoTime();
    }

    // ---- overlay/sync/runtime.go: the notify list lives in notifyList.head ----

    public static int notifyListAdd(Ptr head) {
        return NotifyList.of(head).add();
    }

    public static void notifyListWait(Ptr head, int t) {
        var g = Sched.getg();
        NotifyList.waitFor(g, g.rewinding ? null : NotifyList.of(head), t);
    }

    public static void notifyListNotifyAll(Ptr head) {
        NotifyList.of(head).notifyAll0();
    }

    public static void notifyListNotifyOne(Ptr head) {
        NotifyList.of(head).notifyOne();
    }
}
