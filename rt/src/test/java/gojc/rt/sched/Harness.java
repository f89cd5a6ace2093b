package gojc.rt.sched;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs compiled-style goroutines on the scheduler inside the test JVM. The scheduler is
 * process-wide, so it starts once; goroutine 1 parks forever on a nil channel, and deadlock
 * detection is off because the JUnit thread that waits for results is not an M.
 */
final class Harness {
    private Harness() {}

    private static boolean started;

    static synchronized void start() {
        if (started) {
            return;
        }
        started = true;
        Sched.deadlockDetection = false;
        Sched.start(new GoFunc() {
            @Override
            public void run(G g) {
                if (!g.rewinding) {
                    Sched.setMainStarted();
                    Sched.startSysmon();
                }
                Chan.recv(g, null);
            }
        }, Math.max(2, Sched.defaultProcs()));
    }

    /** Starts body as a goroutine and waits (up to 60 s) until it returns; rethrows what it threw. */
    static void run(GoFunc body) {
        start();
        CountDownLatch done = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Sched.newproc(null, new GoFunc() {
            @Override
            public void run(G g) {
                try {
                    body.run(g);
                } catch (Throwable t) {
                    failure.set(t);
                    done.countDown();
                    return;
                }
                if (g.unwinding) {
                    return;
                }
                done.countDown();
            }
        }, null);
        try {
            if (!done.await(60, TimeUnit.SECONDS)) {
                throw new AssertionError("goroutine did not finish in 60 s");
            }
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException) {
            throw (RuntimeException) t;
        }
        if (t instanceof Error) {
            throw (Error) t;
        }
    }
}
