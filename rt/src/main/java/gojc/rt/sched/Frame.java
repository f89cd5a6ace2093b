package gojc.rt.sched;

/**
 * The saved state of one suspended Go function: its resume point and its live locals. Compiled
 * code allocates a frame only when it actually unwinds (a call returned with
 * {@link G#unwinding} set), pushes it with {@link G#pushFrame}, and pops it with
 * {@link G#popFrame} when re-entered with {@link G#rewinding} set.
 *
 * <p>The slots are typed so that no primitive is boxed: {@code j} holds every integer kind
 * (bool, intN, uintN, rune, as long), {@code d} float32/float64, {@code l} references
 * (strings, slices, pointers, interfaces...). The generated code decides the layout per
 * resume point; arrays not needed stay null. A compiler may also subclass Frame with
 * named fields instead.
 */
public class Frame {
    /** The resume point: which call site of the function suspended. */
    public int pc;
    public long[] j;
    public double[] d;
    public Object[] l;

    public Frame() {}

    public Frame(int pc, int nj, int nd, int nl) {
        this.pc = pc;
        this.j = nj == 0 ? null : new long[nj];
        this.d = nd == 0 ? null : new double[nd];
        this.l = nl == 0 ? null : new Object[nl];
    }
}
