package gojc.rt.sched;

/**
 * The body of a goroutine: {@code go f(x, y)} compiles to a subclass whose fields hold the
 * already evaluated function value and arguments, and whose {@link #run} calls {@code f(g, x, y)}.
 * The entry is re-entered (with {@link G#rewinding} set) each time the goroutine resumes after
 * unwinding, so run must read its fields again, never consume them.
 */
public abstract class GoFunc {
    public abstract void run(G g);
}
