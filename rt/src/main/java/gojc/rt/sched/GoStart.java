package gojc.rt.sched;

import gojc.rt.FuncV;

/**
 * The entry of a goroutine started by {@code go f(x, y)}: the compiler binds the evaluated
 * function and arguments in a {@code func()} value (as it does for defer) and this calls it.
 * Re-entered on every resume: it reads its field again and needs no frame, since the call is
 * its only blocking operation.
 */
public final class GoStart extends GoFunc {
    private final FuncV fn;
    /** False when the callee cannot unwind (untransformed code): it blocks by parking its thread. */
    private final boolean canUnwind;

    public GoStart(FuncV fn, boolean canUnwind) {
        this.fn = fn;
        this.canUnwind = canUnwind;
    }

    @Override
    public void run(G g) {
        if (canUnwind) {
            fn.call();
            return;
        }
        g.noUnwind++;
        try {
            fn.call();
        } finally {
            g.noUnwind--;
        }
    }
}
