package gojc.rt;

/**
 * A thread made to run Go code (the scheduler's Ms). It carries its {@link Results} area in a
 * field: multi-result calls reach it with one type check instead of a ThreadLocal lookup. Other
 * threads that call into Go (library exports, tests) use a thread-local area.
 */
public abstract class GoThread extends Thread {
    final Results results = new Results();

    protected GoThread(String name, long stackSize) {
        super(null, null, name, stackSize);
    }
}
