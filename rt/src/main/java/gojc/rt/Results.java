package gojc.rt;

/**
 * The result area for functions with more than one result: the first result is the JVM return
 * value, result i (i >= 1) is written here at slot i-1 of the array for its representation
 * (integers and bools widened to long in {@link #j}, floats to double in {@link #d}, references
 * in {@link #l}) just before the return, and read by the caller right after the call, before
 * any other Go code runs. One area per thread: a field of the scheduler's Ms
 * ({@link GoThread}), a thread-local for other threads.
 */
public final class Results {
    /** The most results beyond the first a function may have. */
    public static final int MAX = 64;

    public final long[] j = new long[MAX];
    public final double[] d = new double[MAX];
    public final Object[] l = new Object[MAX];

    private static final ThreadLocal<Results> CURRENT = ThreadLocal.withInitial(Results::new);

    public static Results get() {
        Thread t = Thread.currentThread();
        return t instanceof GoThread ? ((GoThread) t).results : CURRENT.get();
    }

    /** Reads a reference result and drops the area's hold on it. */
    public Object takeL(int i) {
        Object v = l[i];
        l[i] = null;
        return v;
    }
}
