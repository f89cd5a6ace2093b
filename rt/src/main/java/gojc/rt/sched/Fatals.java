package gojc.rt.sched;

/** gc's throw and fatal for std code (sync's "unlock of unlocked mutex"): "fatal error: msg", the goroutines, exit 2. */
public final class Fatals {
    private Fatals() {}

    public static RuntimeException fatal(String msg) {
        Crash.fatalGoroutines(msg);
        return new IllegalStateException(msg); // not reached
    }
}
