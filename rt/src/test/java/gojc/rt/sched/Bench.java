package gojc.rt.sched;

import gojc.rt.Program;
import gojc.rt.RuntimeMain;
import gojc.rt.Stdio;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Benchmarks run by hand, println only: {@code java -cp rt/target/classes:rt/target/test-classes
 * gojc.rt.sched.Bench spawn|pingpong|sieve|cpu}. The Go functions are written as the
 * continuation transform will generate them. Go equivalents: docs/goroutines.md.
 */
public final class Bench extends Program {
    private final String what;

    private Bench(String what) {
        this.what = what;
    }

    public static void main(String[] args) {
        if (args.length > 1) {
            RuntimeArgs.reps = Integer.parseInt(args[1]);
        }
        RuntimeMain.run(new Bench(args[0]), args);
    }

    @Override
    protected String[] packages() {
        return new String[0];
    }

    @Override
    protected void initPackage(int i) {}

    @Override
    protected void mainMain() {
        throw new IllegalStateException();
    }

    static void println(String s) {
        byte[] b = (s + "\n").getBytes(StandardCharsets.UTF_8);
        Stdio.writeStdout(b, 0, b.length);
    }

    /**
     * Runs the benchmark args[1] times (default 1) in one process: the first run includes
     * the JIT's warm-up, later ones show the steady state.
     */
    @Override
    protected void mainMain(G g) {
        int reps = RuntimeArgs.reps;
        int rep = 0;
        long t0 = 0;
        if (g.rewinding) {
            Frame f = g.popFrame();
            rep = (int) f.j0;
            t0 = f.j1;
        }
        for (; rep < reps; rep++) {
            if (!g.rewinding) {
                t0 = System.nanoTime();
            }
            switch (what) {
                case "spawn":
                    spawn(g, 1_000_000);
                    break;
                case "pingpong":
                    pingpong(g, 2_000_000);
                    break;
                case "sieve":
                    sieve(g, 2_000);
                    break;
                case "cpu":
                    cpu(g);
                    break;
                default:
                    throw new IllegalArgumentException(what);
            }
            if (g.unwinding) {
                Frame f = new Frame(1);
                f.j0 = rep;
                f.j1 = t0;
                g.pushFrame(f);
                return;
            }
            println(what + ": " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        }
    }

    static final class RuntimeArgs {
        static int reps = 1;
    }

    // ---- spawn: for i < n { go func() { if atomic.AddInt64(&left, -1) == 0 { done <- true } }() }; <-done

    static void spawn(G g, long n) {
        Chan done;
        if (g.rewinding) {
            done = (Chan) g.popFrame().l[0];
        } else {
            done = Chan.make(0, Boolean.FALSE);
            AtomicLong left = new AtomicLong(n);
            Chan d = done;
            for (long i = 0; i < n; i++) {
                Sched.newproc(g, new GoFunc() {
                    @Override
                    public void run(G g) {
                        if (!g.rewinding && left.decrementAndGet() != 0) {
                            return;
                        }
                        Chan.send(g, d, Boolean.TRUE);
                    }
                }, null);
            }
        }
        Chan.recv(g, done);
        if (g.unwinding) {
            Frame f = new Frame(1, 0, 0, 1);
            f.l[0] = done;
            g.pushFrame(f);
        }
    }

    // ---- pingpong: go ponger(n, ping, pong); pinger(n, ping, pong)

    static void pingpong(G g, long n) {
        Chan ping;
        Chan pong;
        if (g.rewinding) {
            Frame f = g.popFrame();
            ping = (Chan) f.l[0];
            pong = (Chan) f.l[1];
        } else {
            ping = Chan.make(0, 0L);
            pong = Chan.make(0, 0L);
            Chan a = ping;
            Chan b = pong;
            Sched.newproc(g, new GoFunc() {
                @Override
                public void run(G g) {
                    Compiled.ponger(g, n, a, b);
                }
            }, null);
        }
        long sum = Compiled.pinger(g, n, ping, pong);
        if (g.unwinding) {
            Frame f = new Frame(1, 0, 0, 2);
            f.l[0] = ping;
            f.l[1] = pong;
            g.pushFrame(f);
            return;
        }
        if (sum != n * (n - 1)) {
            throw new AssertionError(sum);
        }
    }

    // ---- sieve: the classic concurrent prime sieve, printing the sum of the first n primes

    static void sieve(G g, long n) {
        Chan ch;
        long i = 0;
        long sum = 0;
        if (g.rewinding) {
            Frame f = g.popFrame();
            ch = (Chan) f.l[0];
            i = f.j[0];
            sum = f.j[1];
        } else {
            ch = Chan.make(0, 0L);
            Chan c = ch;
            Sched.newproc(g, new GoFunc() {
                @Override
                public void run(G g) {
                    Compiled.generate(g, c);
                }
            }, null);
        }
        for (; i < n; i++) {
            Object prime = Chan.recv(g, ch);
            if (g.unwinding) {
                Frame f = new Frame(1, 2, 0, 1);
                f.l[0] = ch;
                f.j[0] = i;
                f.j[1] = sum;
                g.pushFrame(f);
                return;
            }
            sum += (Long) prime;
            Chan in = ch;
            Chan out = Chan.make(0, 0L);
            long p = (Long) prime;
            Sched.newproc(g, new GoFunc() {
                @Override
                public void run(G g) {
                    Compiled.filter(g, in, out, p);
                }
            }, null);
            ch = out;
        }
        println("sum of the first " + n + " primes: " + sum);
    }

    // ---- cpu: the same work twice, one goroutine after the other, then in two goroutines

    static volatile long sink;

    static long work(long seed, long iters) {
        long x = seed;
        for (long k = 0; k < iters; k++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
            x ^= x >>> 29;
        }
        return x;
    }

    static void cpu(G g) {
        long iters = 500_000_000L;
        Chan done;
        long tSeq = 0;
        long t1 = 0;
        int k = 0;
        if (g.rewinding) {
            Frame f = g.popFrame();
            done = (Chan) f.l[0];
            tSeq = f.j[0];
            t1 = f.j[1];
            k = (int) f.j[2];
        } else {
            work(1, iters / 10); // warm up
            long t = System.nanoTime();
            sink = work(1, iters) + work(2, iters);
            tSeq = System.nanoTime() - t;
            println("sequential: " + tSeq / 1_000_000 + " ms");
            done = Chan.make(2, 0L);
            t1 = System.nanoTime();
            for (long s = 1; s <= 2; s++) {
                long seed = s;
                Chan d = done;
                Sched.newproc(g, new GoFunc() {
                    @Override
                    public void run(G g) {
                        long r = work(seed, iters);
                        Chan.send(g, d, r); // buffered: never blocks
                    }
                }, null);
            }
        }
        for (; k < 2; k++) {
            Chan.recv(g, done);
            if (g.unwinding) {
                Frame f = new Frame(1, 3, 0, 1);
                f.l[0] = done;
                f.j[0] = tSeq;
                f.j[1] = t1;
                f.j[2] = k;
                g.pushFrame(f);
                return;
            }
        }
        long tPar = System.nanoTime() - t1;
        println("two goroutines: " + tPar / 1_000_000 + " ms, speed-up " + String.format("%.2f", (double) tSeq / tPar));
    }
}
