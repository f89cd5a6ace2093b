package gojc.rt;

/**
 * A Go panic in flight. Carries the panic value (any Go value: a GoString, a box, a
 * GoError...). Its Java stack trace is where the panic started: the frames a deferred call
 * sees below runtime.gopanic (runtime.Caller, Callers), which the JVM has unwound by then;
 * -Dgojc.panicStacks=false leaves it out.
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

    private static final boolean STACKS = !"false".equals(System.getProperty("gojc.panicStacks"));

    public GoPanic(Object value) {
        super(null, null, false, STACKS);
        this.value = value;
    }

    @Override
    public String getMessage() {
        return Panics.panicValueText(value);
    }
}
