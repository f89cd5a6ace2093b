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

    /**
     * For a deferred {@code i.M()}: whether the method M of i's dynamic type calls recover, so
     * that the deferred call takes the recover token.
     */
    public static boolean methodUsesRecover(Object recv, String name, String pkgPath) {
        Type t = Type.of(recv);
        Type.Method m = t == null ? null : t.method(name, pkgPath);
        return m != null && m.usesRecover();
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
