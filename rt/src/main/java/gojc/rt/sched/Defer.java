package gojc.rt.sched;

/**
 * One deferred call of a goroutine: the evaluated function value and arguments in fields of a
 * generated subclass. Records form a LIFO list on {@link G#defers}: {@code defer f(x)} compiles
 * to {@code g.pushDefer(new F$defer(x))} after setting {@link #frameDepth}; at each return the
 * function pops and runs the records it pushed ({@link G#popDefer}); a panic or Goexit runs
 * the ones still on the list.
 */
public abstract class Defer {
    /** The next older deferred call. */
    public Defer link;
    /**
     * An identity for the function activation that deferred the call, chosen by the compiler
     * (for example a per-G call depth), so a function runs only its own records.
     */
    public int frameDepth;

    public abstract void run(G g);
}
