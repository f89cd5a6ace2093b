package gojc.rt;

/**
 * A goroutine's panic state (gc's g._panic list and the recover handshake). Until compiled code
 * passes the goroutine's G explicitly, each thread has one; the fields then move onto G.
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
        return CURRENT.get();
    }
}
