package gojc.rt.sched;

/** A goroutine waiting on one channel (runtime.sudog): in a FIFO queue of the channel. */
final class Sudog {
    final G g;
    Chan c;
    /** The value to send, or the value received. */
    Object elem;
    /** True when a communication happened; false when woken by close. */
    boolean success;
    boolean isSelect;
    int caseIndex;
    Sudog next, prev;
    boolean queued;

    Sudog(G g) {
        this.g = g;
    }
}
