package gojc.rt;

/**
 * A Go panic in flight. Carries the panic value (any Go value: a GoString, a box, a
 * GoError...). No Java stack trace is captured: panics are control flow here.
 */
public final class GoPanic extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The argument of panic(). */
    public final Object value;
    /** The panic that was running when this one started (printed first, as gc does). */
    public GoPanic link;
    /** Set when a deferred call recovered this panic (printed as " [recovered]"). */
    public boolean recovered;
    /** Set for the pseudo-panic of runtime.Goexit (not printed). */
    public boolean goexit;
    /** Set when a newer panic started in a deferred call this panic was running. */
    public boolean aborted;
    /** Set once the panic is on its goroutine's panic list (it started running deferred calls). */
    public boolean started;

    public GoPanic(Object value) {
        super(null, null, false, false);
        this.value = value;
    }

    @Override
    public String getMessage() {
        return Panics.panicValueText(value);
    }
}
