package gojc.rt.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SemaTest {
    /**
     * A mutex made of a semaphore of 1: {@code for i < n { acquire(s); counter++; release(s) }}
     * in several goroutines; the unsynchronized counter must not lose updates.
     */
    static void incrementer(G g, Sema s, long n, long[] counter, Chan done) {
        long i = 0;
        int pc = 0;
        if (g.rewinding) {
            Frame f = g.popFrame();
            pc = f.pc;
            i = f.j0;
            n = f.j1;
            s = (Sema) f.l0;
            counter = (long[]) f.l1;
            done = (Chan) f.l2;
        }
        if (pc != 2) {
            while (i < n) {
                switch (pc) {
                    case 0:
                    case 1:
                        Sema.acquire(g, s);
                        if (g.unwinding) {
                            g.pushFrame(frame(1, i, n, s, counter, done));
                            return;
                        }
                        counter[0]++;
                        if (i % 64 != 0) {
                            Sema.release(s);
                            break;
                        }
                        // fall through: hold the lock across a goroutine switch
                    case 3:
                        Sched.Gosched(g);
                        if (g.unwinding) {
                            g.pushFrame(frame(3, i, n, s, counter, done));
                            return;
                        }
                        Sema.release(s);
                        break;
                    default:
                        throw new IllegalStateException();
                }
                pc = 0;
                i++;
            }
        }
        Chan.send(g, done, 1L);
        if (g.unwinding) {
            g.pushFrame(frame(2, i, n, s, counter, done));
        }
    }

    private static Frame frame(int pc, long i, long n, Object a, Object b, Object c) {
        Frame f = new Frame(pc);
        f.j0 = i;
        f.j1 = n;
        f.l0 = a;
        f.l1 = b;
        f.l2 = c;
        return f;
    }

    @Test
    void semaphoreOfOneExcludesMutually() {
        Sema s = new Sema(1);
        long[] counter = new long[1];
        Chan done = Chan.make(0, 0L);
        int workers = 4;
        long n = 20_000;
        Harness.start();
        for (int w = 0; w < workers; w++) {
            Sched.newproc(null, new GoFunc() {
                @Override
                public void run(G g) {
                    incrementer(g, s, n, counter, done);
                }
            }, null);
        }
        java.util.List<Object> got = new java.util.ArrayList<>();
        Harness.run(new GoFunc() {
            @Override
            public void run(G g) {
                Compiled.drain(g, done, workers, got);
            }
        });
        assertEquals(workers * n, counter[0]);
        assertEquals(1, s.count());
    }

    @Test
    void releaseWakesWaitersInOrder() {
        Sema s = new Sema(0);
        Chan order = Chan.make(3, 0L);
        AtomicInteger queued = new AtomicInteger();
        Harness.start();
        for (long k = 0; k < 3; k++) {
            long id = k;
            Sched.newproc(null, new GoFunc() {
                @Override
                public void run(G g) {
                    if (!g.rewinding) {
                        queued.incrementAndGet();
                    }
                    Sema.acquire(g, s);
                    if (g.unwinding) {
                        return;
                    }
                    Chan.send(g, order, id);
                }
            }, null);
            while (waiters(s) < k + 1) {
                Thread.yield();
            }
        }
        // one unit at a time: each goes to the oldest waiter
        java.util.List<Object> got = new java.util.ArrayList<>();
        for (int k = 0; k < 3; k++) {
            Harness.run(new GoFunc() {
                @Override
                public void run(G g) {
                    if (!g.rewinding) {
                        Sema.release(s);
                    }
                    Object id = Chan.recv(g, order);
                    if (g.unwinding) {
                        return;
                    }
                    got.add(id);
                }
            });
        }
        assertEquals(java.util.List.of(0L, 1L, 2L), got);
        assertEquals(0, s.count());
    }

    private static int waiters(Sema s) {
        synchronized (s) {
            return s.waitersForTest();
        }
    }
}
