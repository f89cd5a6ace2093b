package gojc.rt.sched;

/**
 * The saved state of one suspended Go function: its resume point and its live locals. Compiled
 * code takes a frame from {@link G#newFrame} only when it actually unwinds (a call returned
 * with {@link G#unwinding} set), pushes it with {@link G#pushFrame}, and pops it with
 * {@link G#popFrame} when re-entered with {@link G#rewinding} set; the goroutine keeps popped
 * frames and hands them out again, so code must not hold on to a frame after restoring from it.
 *
 * <p>The slots are typed so that no primitive is boxed: {@code j*} hold every integer kind
 * (bool, intN, uintN, rune, as long), {@code d*} float32/float64, {@code l*} references
 * (strings, slices, pointers, interfaces...). The inline slots cost no extra allocation; the
 * arrays, allocated only when a resume point has more live values than inline slots, hold
 * the rest. The generated code decides the layout per resume point. A compiler may instead
 * subclass Frame with named fields, and a function may push again the frame it popped.
 */
public class Frame {
    /** The resume point: which call site of the function suspended. */
    public int pc;
    public long j0, j1, j2, j3;
    public double d0, d1;
    public Object l0, l1, l2, l3;
    /** Overflow slots, null unless needed. */
    public long[] j;
    public double[] d;
    public Object[] l;

    public Frame() {}

    public Frame(int pc) {
        this.pc = pc;
    }

    /** A frame whose values all live in the overflow arrays. */
    public Frame(int pc, int nj, int nd, int nl) {
        this.pc = pc;
        this.j = nj == 0 ? null : new long[nj];
        this.d = nd == 0 ? null : new double[nd];
        this.l = nl == 0 ? null : new Object[nl];
    }
}
