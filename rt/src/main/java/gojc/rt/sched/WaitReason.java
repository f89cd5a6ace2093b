package gojc.rt.sched;

/** gc's waitReason strings, as printed in goroutine headers ("goroutine 1 [chan receive]:"). */
public final class WaitReason {
    private WaitReason() {}

    public static final String CHAN_RECEIVE = "chan receive";
    public static final String CHAN_SEND = "chan send";
    public static final String CHAN_RECEIVE_NIL = "chan receive (nil chan)";
    public static final String CHAN_SEND_NIL = "chan send (nil chan)";
    public static final String SELECT = "select";
    public static final String SELECT_NO_CASES = "select (no cases)";
    public static final String SLEEP = "sleep";
    public static final String SEMACQUIRE = "semacquire";
    public static final String SYNC_MUTEX_LOCK = "sync.Mutex.Lock";
    public static final String SYNC_COND_WAIT = "sync.Cond.Wait";
    public static final String PREEMPTED = "preempted";
    public static final String PANIC_WAIT = "panicwait";
    public static final String IO_WAIT = "IO wait";
}
