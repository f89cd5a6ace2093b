package gojc.rt.sched;

/**
 * Go functions written by hand exactly as the continuation transform will generate them:
 * G first, an unwinding test after each call that may block, a frame saved only when
 * unwinding, and a rewinding prologue that restores locals and re-enters the suspended call
 * through a switch at the loop header.
 */
final class Compiled {
    private Compiled() {}

    /**
     * <pre>
     * func pinger(n int, ping, pong chan int) (sum int) {
     *     for i := 0; i < n; i++ {
     *         ping <- i
     *         sum += <-pong
     *     }
     *     return
     * }
     * </pre>
     */
    static long pinger(G g, long n, Chan ping, Chan pong) {
        long i = 0;
        long sum = 0;
        int pc = 0;
        if (g.rewinding) {
            Frame f = g.popFrame();
            pc = f.pc;
            n = f.j0;
            i = f.j1;
            sum = f.j2;
            ping = (Chan) f.l0;
            pong = (Chan) f.l1;
        }
        while (i < n) {
            switch (pc) {
                case 0:
                case 1:
                    Chan.send(g, ping, i);
                    if (g.unwinding) {
                        g.pushFrame(frame(1, n, i, sum, ping, pong));
                        return 0;
                    }
                    // fall through
                case 2:
                    Object v = Chan.recv(g, pong);
                    if (g.unwinding) {
                        g.pushFrame(frame(2, n, i, sum, ping, pong));
                        return 0;
                    }
                    sum += (Long) v;
                    break;
                default:
                    throw new IllegalStateException("bad pc " + pc);
            }
            pc = 0;
            i++;
        }
        return sum;
    }

    /**
     * <pre>
     * func ponger(n int, ping, pong chan int) {
     *     for i := 0; i < n; i++ {
     *         pong <- (<-ping) * 2
     *     }
     * }
     * </pre>
     */
    static void ponger(G g, long n, Chan ping, Chan pong) {
        long i = 0;
        long v = 0;
        int pc = 0;
        if (g.rewinding) {
            Frame f = g.popFrame();
            pc = f.pc;
            n = f.j0;
            i = f.j1;
            v = f.j2;
            ping = (Chan) f.l0;
            pong = (Chan) f.l1;
        }
        while (i < n) {
            switch (pc) {
                case 0:
                case 1:
                    Object r = Chan.recv(g, ping);
                    if (g.unwinding) {
                        g.pushFrame(frame(1, n, i, 0, ping, pong));
                        return;
                    }
                    v = (Long) r * 2;
                    // fall through
                case 2:
                    Chan.send(g, pong, v);
                    if (g.unwinding) {
                        g.pushFrame(frame(2, n, i, v, ping, pong));
                        return;
                    }
                    break;
                default:
                    throw new IllegalStateException("bad pc " + pc);
            }
            pc = 0;
            i++;
        }
    }

    /**
     * A call chain two deep: {@code func relay(in, out chan int, n int) { for i := 0; i < n; i++ { out <- recvOne(in) } }}
     * with {@code func recvOne(c chan int) int { return <-c + 0 }}, to check that frames of
     * several functions unwind and rewind in order.
     */
    static void relay(G g, Chan in, Chan out, long n) {
        long i = 0;
        long v = 0;
        int pc = 0;
        if (g.rewinding) {
            Frame f = g.popFrame();
            pc = f.pc;
            n = f.j0;
            i = f.j1;
            v = f.j2;
            in = (Chan) f.l0;
            out = (Chan) f.l1;
        }
        while (i < n) {
            switch (pc) {
                case 0:
                case 1:
                    v = recvOne(g, in);
                    if (g.unwinding) {
                        g.pushFrame(frame(1, n, i, 0, in, out));
                        return;
                    }
                    // fall through
                case 2:
                    Chan.send(g, out, v);
                    if (g.unwinding) {
                        g.pushFrame(frame(2, n, i, v, in, out));
                        return;
                    }
                    break;
                default:
                    throw new IllegalStateException("bad pc " + pc);
            }
            pc = 0;
            i++;
        }
    }

    static long recvOne(G g, Chan c) {
        if (g.rewinding) {
            Frame f = g.popFrame();
            c = (Chan) f.l[0];
        }
        Object v = Chan.recv(g, c);
        if (g.unwinding) {
            Frame f = new Frame(1, 0, 0, 1);
            f.l[0] = c;
            g.pushFrame(f);
            return 0;
        }
        return (Long) v;
    }

    /** {@code for !*stop { }} with the back-edge preemption poll; returns the iteration count. */
    static long spinUntil(G g, java.util.concurrent.atomic.AtomicBoolean stop) {
        long iters = 0;
        if (g.rewinding) {
            Frame f = g.popFrame();
            iters = f.j[0];
            stop = (java.util.concurrent.atomic.AtomicBoolean) f.l[0];
            Sched.preempted(g); // re-issue the suspended call
        }
        while (!stop.get()) {
            iters++;
            if (g.preempt) {
                Sched.preempted(g);
                if (g.unwinding) {
                    Frame f = new Frame(1, 1, 0, 1);
                    f.j[0] = iters;
                    f.l[0] = stop;
                    g.pushFrame(f);
                    return 0;
                }
            }
        }
        return iters;
    }

    private static Frame frame(int pc, long a, long b, long c, Object x, Object y) {
        Frame f = new Frame(pc);
        f.j0 = a;
        f.j1 = b;
        f.j2 = c;
        f.l0 = x;
        f.l1 = y;
        return f;
    }

    /** A goroutine body calling a 3-argument function: what {@code go f(a, b, c)} compiles to. */
    abstract static class Go3 extends GoFunc {
        final long n;
        final Chan a, b;

        Go3(long n, Chan a, Chan b) {
            this.n = n;
            this.a = a;
            this.b = b;
        }
    }

    /** {@code for i := 0; i < n; i++ { c <- i }} */
    static void feed(G g, Chan c, long n) {
        long i = 0;
        if (g.rewinding) {
            Frame f = g.popFrame();
            i = f.j[0];
            n = f.j[1];
            c = (Chan) f.l[0];
        }
        for (; i < n; i++) {
            Chan.send(g, c, i);
            if (g.unwinding) {
                Frame f = new Frame(1, 2, 0, 1);
                f.j[0] = i;
                f.j[1] = n;
                f.l[0] = c;
                g.pushFrame(f);
                return;
            }
        }
    }

    /** {@code for i := 0; i < n; i++ { into = append(into, <-c) }} */
    static void drain(G g, Chan c, long n, java.util.List<Object> into) {
        long i = 0;
        if (g.rewinding) {
            Frame f = g.popFrame();
            i = f.j[0];
            n = f.j[1];
            c = (Chan) f.l[0];
        }
        for (; i < n; i++) {
            Object v = Chan.recv(g, c);
            if (g.unwinding) {
                Frame f = new Frame(1, 2, 0, 1);
                f.j[0] = i;
                f.j[1] = n;
                f.l[0] = c;
                g.pushFrame(f);
                return;
            }
            into.add(v);
        }
    }

    /** Waits (outside Go semantics, test only) until n goroutines are queued on c. */
    static void waitBlocked(Chan c, int n) {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (c.waiters() >= n) {
                return;
            }
            Thread.yield();
        }
        throw new AssertionError("fewer than " + n + " goroutines blocked");
    }

    /** {@code for i := 2; ; i++ { ch <- i }} */
    static void generate(G g, Chan ch) {
        long i = 2;
        if (g.rewinding) {
            Frame f = g.popFrame();
            i = f.j[0];
            ch = (Chan) f.l[0];
        }
        for (;; i++) {
            Chan.send(g, ch, i);
            if (g.unwinding) {
                Frame f = new Frame(1, 1, 0, 1);
                f.j[0] = i;
                f.l[0] = ch;
                g.pushFrame(f);
                return;
            }
        }
    }

    /** {@code for { i := <-in; if i%prime != 0 { out <- i } }} */
    static void filter(G g, Chan in, Chan out, long prime) {
        int pc = 0;
        long i = 0;
        if (g.rewinding) {
            Frame f = g.popFrame();
            pc = f.pc;
            i = f.j0;
            prime = f.j1;
            in = (Chan) f.l0;
            out = (Chan) f.l1;
        }
        while (true) {
            switch (pc) {
                case 0:
                case 1:
                    Object v = Chan.recv(g, in);
                    if (g.unwinding) {
                        g.pushFrame(filterFrame(1, i, prime, in, out));
                        return;
                    }
                    i = (Long) v;
                    if (i % prime == 0) {
                        break;
                    }
                    // fall through
                case 2:
                    Chan.send(g, out, i);
                    if (g.unwinding) {
                        g.pushFrame(filterFrame(2, i, prime, in, out));
                        return;
                    }
                    break;
                default:
                    throw new IllegalStateException();
            }
            pc = 0;
        }
    }

    private static Frame filterFrame(int pc, long i, long prime, Chan in, Chan out) {
        Frame f = new Frame(pc);
        f.j0 = i;
        f.j1 = prime;
        f.l0 = in;
        f.l1 = out;
        return f;
    }
}
