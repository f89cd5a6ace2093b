package gojc.rt.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SchedTest {
    /** {@code v := <-start; done <- v} */
    static void worker(G g, Chan start, Chan done) {
        int pc = 0;
        Object v = null;
        if (g.rewinding) {
            Frame f = g.popFrame();
            pc = f.pc;
            start = (Chan) f.l[0];
            done = (Chan) f.l[1];
            v = f.l[2];
        }
        switch (pc) {
            case 0:
            case 1:
                v = Chan.recv(g, start);
                if (g.unwinding) {
                    g.pushFrame(frame(1, start, done, null));
                    return;
                }
                // fall through
            case 2:
                Chan.send(g, done, v);
                if (g.unwinding) {
                    g.pushFrame(frame(2, start, done, v));
                }
                return;
            default:
                throw new IllegalStateException();
        }
    }

    private static Frame frame(int pc, Object a, Object b, Object c) {
        Frame f = new Frame(pc, 0, 0, 3);
        f.l[0] = a;
        f.l[1] = b;
        f.l[2] = c;
        return f;
    }

    @Test
    void hundredThousandBlockedGoroutinesOnAFewThreads() {
        int n = 100_000;
        Harness.start();
        int before = Sched.NumGoroutine();
        Chan start = Chan.make(0, 0L);
        Chan done = Chan.make(0, 0L);
        for (int i = 0; i < n; i++) {
            Sched.newproc(null, new GoFunc() {
                @Override
                public void run(G g) {
                    worker(g, start, done);
                }
            }, null);
        }
        Compiled.waitBlocked(start, n);
        assertEquals(before + n, Sched.NumGoroutine());
        List<Object> got = new ArrayList<>();
        Sched.newproc(null, new GoFunc() {
            @Override
            public void run(G g) {
                Compiled.feed(g, start, n);
            }
        }, null);
        Harness.run(new GoFunc() {
            @Override
            public void run(G g) {
                Compiled.drain(g, done, n, got);
            }
        });
        long sum = 0;
        for (Object v : got) {
            sum += (Long) v;
        }
        assertEquals((long) n * (n - 1) / 2, sum);
        int ms = Sched.mcountForTest();
        int peak = ManagementFactory.getThreadMXBean().getPeakThreadCount();
        System.out.println("100000 goroutines: Ms " + ms + ", peak JVM threads " + peak);
        assertTrue(ms <= 4 * Sched.gomaxprocs + 4, "Ms: " + ms);
    }

    /** {@code time.Sleep(d); return time.Since(t0)} for several d, resumed through unwinding. */
    @Test
    void sleepWaitsAtLeastItsDuration() {
        long[] slept = new long[1];
        Harness.run(new GoFunc() {
            long t0;

            @Override
            public void run(G g) {
                if (!g.rewinding) {
                    t0 = System.nanoTime();
                }
                Sched.Sleep(g, 30_000_000L);
                if (g.unwinding) {
                    return;
                }
                slept[0] = System.nanoTime() - t0;
            }
        });
        assertTrue(slept[0] >= 30_000_000L && slept[0] < 1_000_000_000L, "slept " + slept[0]);
    }

    /** Sleepers on several Ps' timer heaps: none wakes before its deadline, all wake. */
    @Test
    void manySleepersWakeAfterTheirDeadlines() {
        Chan late = Chan.make(20, 0L);
        Harness.start();
        long base = System.nanoTime();
        for (long i = 0; i < 20; i++) {
            long deadline = base + 2_000_000L * (20 - i);
            Sched.newproc(null, new GoFunc() {
                @Override
                public void run(G g) {
                    Sched.Sleep(g, deadline - System.nanoTime());
                    if (g.unwinding) {
                        return;
                    }
                    Chan.send(g, late, System.nanoTime() - deadline);
                }
            }, null);
        }
        List<Object> got = new ArrayList<>();
        Harness.run(new GoFunc() {
            @Override
            public void run(G g) {
                Compiled.drain(g, late, 20, got);
            }
        });
        for (Object v : got) {
            long ns = (Long) v;
            assertTrue(ns >= 0 && ns < 2_000_000_000L, "woke " + ns + " ns after its deadline");
        }
    }

    @Test
    void goexitRunsDeferredCallsNewestFirstAndEndsTheGoroutine() throws Exception {
        Harness.start();
        List<String> log = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        int before = Sched.NumGoroutine();
        G[] self = new G[1];
        long[] selfId = new long[1];
        Sched.newproc(null, new GoFunc() {
            @Override
            public void run(G g) {
                self[0] = g;
                selfId[0] = g.goid;
                g.pushDefer(new Defer() {
                    @Override
                    public void run(G g) {
                        log.add("first deferred");
                        done.countDown();
                    }
                });
                g.pushDefer(new Defer() {
                    @Override
                    public void run(G g) {
                        log.add("second deferred");
                    }
                });
                callsGoexit(g);
                log.add("not reached");
            }
        }, null);
        assertTrue(done.await(10, TimeUnit.SECONDS));
        assertEquals(List.of("second deferred", "first deferred"), log);
        long deadline = System.nanoTime() + 5_000_000_000L;
        // This goroutine must end (its G dead, or already reused under another goid). Goroutines
        // left by earlier tests in this JVM may end meanwhile, so the count may drop below before.
        while (!(self[0].status == G.DEAD || self[0].goid != selfId[0]) && System.nanoTime() < deadline) {
            Thread.yield();
        }
        assertTrue(self[0].status == G.DEAD || self[0].goid != selfId[0], "the goroutine that called Goexit ended");
        assertTrue(Sched.NumGoroutine() <= before);
    }

    static void callsGoexit(G g) {
        throw Sched.Goexit(g);
    }

    /** A locked goroutine resumes on its own thread after every unwinding; others keep running. */
    @Test
    void lockOSThreadKeepsTheGoroutineOnItsThread() {
        AtomicInteger moved = new AtomicInteger();
        AtomicInteger others = new AtomicInteger();
        Harness.start();
        for (int i = 0; i < 4; i++) {
            Sched.newproc(null, new GoFunc() {
                @Override
                public void run(G g) {
                    Sched.Sleep(g, 1_000_000L);
                    if (g.unwinding) {
                        return;
                    }
                    others.incrementAndGet();
                }
            }, null);
        }
        Thread[] home = new Thread[1];
        Harness.run(new GoFunc() {
            int i;

            @Override
            public void run(G g) {
                if (!g.rewinding) {
                    Sched.LockOSThread(g);
                    Sched.LockOSThread(g); // nested
                    home[0] = Thread.currentThread();
                }
                for (; i < 20; i++) {
                    Sched.Sleep(g, 500_000L);
                    if (g.unwinding) {
                        return;
                    }
                    if (Thread.currentThread() != home[0]) {
                        moved.incrementAndGet();
                    }
                    if (i == 10) {
                        Sched.UnlockOSThread(g); // still locked once
                    }
                }
                Sched.UnlockOSThread(g);
            }
        });
        assertNotNull(home[0]);
        assertEquals(0, moved.get());
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (others.get() < 4 && System.nanoTime() < deadline) {
            Thread.yield();
        }
        assertEquals(4, others.get());
    }

    /** In untransformed code a receive parks the thread; the goroutine resumes on that thread. */
    @Test
    void untransformedCodeParksItsThread() {
        Chan c = Chan.make(0, 0L);
        Thread[] threads = new Thread[2];
        Object[] got = new Object[1];
        Harness.start();
        Sched.newproc(null, new GoFunc() {
            @Override
            public void run(G g) {
                Compiled.waitBlocked(c, 1);
                Chan.send(g, c, 99L);
            }
        }, null);
        Harness.run(new GoFunc() {
            @Override
            public void run(G g) {
                g.noUnwind++;
                threads[0] = Thread.currentThread();
                got[0] = Chan.recv(g, c);
                threads[1] = Thread.currentThread();
                g.noUnwind--;
            }
        });
        assertEquals(99L, got[0]);
        assertTrue(threads[0] == threads[1]);
    }

    /** A blocking Java call between entersyscall and exitsyscall: sysmon retakes the P. */
    @Test
    void sysmonRetakesThePOfABlockedSyscall() {
        Harness.start();
        AtomicInteger ran = new AtomicInteger();
        Harness.run(new GoFunc() {
            @Override
            public void run(G g) {
                for (int i = 0; i < Sched.gomaxprocs * 2; i++) {
                    Sched.newproc(g, new GoFunc() {
                        @Override
                        public void run(G g) {
                            ran.incrementAndGet();
                        }
                    }, null);
                }
                Sched.entersyscall(g);
                long deadline = System.nanoTime() + 5_000_000_000L;
                while (ran.get() < Sched.gomaxprocs * 2 && System.nanoTime() < deadline) {
                    java.util.concurrent.locks.LockSupport.parkNanos(1_000_000L); // "blocked in a syscall"
                }
                Sched.exitsyscall(g);
            }
        });
        assertEquals(Sched.gomaxprocs * 2, ran.get());
    }

    /**
     * Two goroutines that never poll for preemption each wait until both have started: they
     * finish only if two Ms run them at the same time.
     */
    @Test
    void twoGoroutinesRunInParallel() throws Exception {
        Harness.start();
        AtomicInteger started = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(2);
        java.util.Set<Thread> threads = java.util.concurrent.ConcurrentHashMap.newKeySet();
        for (int i = 0; i < 2; i++) {
            Sched.newproc(null, new GoFunc() {
                @Override
                public void run(G g) {
                    threads.add(Thread.currentThread());
                    started.incrementAndGet();
                    long deadline = System.nanoTime() + 20_000_000_000L;
                    while (started.get() < 2 && System.nanoTime() < deadline) {
                        Thread.onSpinWait();
                    }
                    done.countDown();
                }
            }, null);
        }
        assertTrue(done.await(30, TimeUnit.SECONDS));
        assertEquals(2, started.get());
        assertEquals(2, threads.size());
    }
}
