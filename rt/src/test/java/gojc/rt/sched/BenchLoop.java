package gojc.rt.sched;

/** Repeats a ping-pong inside one JVM (for profiling with JFR; the process exits normally). */
public final class BenchLoop {
    public static void main(String[] args) {
        Harness.start();
        for (int r = 0; r < Integer.parseInt(args[0]); r++) {
            long n = 1_000_000;
            Chan ping = Chan.make(0, 0L);
            Chan pong = Chan.make(0, 0L);
            long t0 = System.nanoTime();
            Sched.newproc(null, new GoFunc() {
                @Override
                public void run(G g) {
                    Compiled.ponger(g, n, ping, pong);
                }
            }, null);
            Harness.run(new GoFunc() {
                @Override
                public void run(G g) {
                    Compiled.pinger(g, n, ping, pong);
                }
            });
            System.out.println("1M round trips: " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        }
        System.exit(0);
    }
}
