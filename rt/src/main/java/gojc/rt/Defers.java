package gojc.rt;

/** The recover builtin and its handshake with the deferred-call machinery. */
public final class Defers {
    private Defers() {}

    /**
     * Called at entry by every function whose body calls recover: returns the panic it may
     * recover if it was invoked directly as a deferred call during panicking, else null.
     */
    public static Object enter() {
        PanicState s = PanicState.current();
        GoPanic p = s.recoverToken;
        s.recoverToken = null;
        return p;
    }

    /** The builtin recover(): token is what {@link #enter} returned for this activation. */
    public static Object recover(Object token) {
        if (token == null) {
            return null;
        }
        GoPanic p = (GoPanic) token;
        PanicState s = PanicState.current();
        if (p != s.panicking || p.recovered || p.goexit) {
            return null;
        }
        p.recovered = true;
        return p.value;
    }
}
