package gojc.rt;

/**
 * A goroutine's panic state (gc's g._panic list and the recover handshake). It lives on the
 * goroutine's G ({@link gojc.rt.sched.G#panics}) and is cleared when the goroutine ends, so that
 * a panic aborted by Goexit never leaks into the next goroutine run by the same thread; code
 * running outside any goroutine (a Java thread that never called into Go, runtime tests) has
 * one per thread.
 */
public final class PanicState {
    /** The innermost panic whose deferred calls are running, linked to older ones. */
    public GoPanic panicking;
    /**
     * Set by {@link DeferFrame} right before it invokes a deferred function that calls recover
     * while a panic runs deferred calls; the function takes it at entry ({@link Defers#enter}).
     */
    GoPanic recoverToken;

    private static final ThreadLocal<PanicState> CURRENT = ThreadLocal.withInitial(PanicState::new);

    public static PanicState current() {
        gojc.rt.sched.G g = gojc.rt.sched.Sched.getg();
        return g != null ? g.panics : CURRENT.get();
    }

    /** Forgets every panic (the goroutine ended). */
    public void clear() {
        panicking = null;
        recoverToken = null;
    }
}
