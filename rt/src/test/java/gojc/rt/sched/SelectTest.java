package gojc.rt.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SelectTest {
    /**
     * <pre>
     * for i := 0; i < n; i++ {
     *     select {
     *     case <-a: counts[0]++
     *     case <-b: counts[1]++
     *     case <-c: counts[2]++
     *     }
     * }
     * </pre>
     */
    static void countChoices(G g, Chan a, Chan b, Chan c, long n, long[] counts) {
        long i = 0;
        if (g.rewinding) {
            Frame f = g.popFrame();
            i = f.j[0];
            n = f.j[1];
            counts = (long[]) f.l[0];
        }
        for (; i < n; i++) {
            int k = Select.select(g, new Chan[] {a, b, c}, null, 0, true);
            if (g.unwinding) {
                Frame f = new Frame(1, 2, 0, 1);
                f.j[0] = i;
                f.j[1] = n;
                f.l[0] = counts;
                g.pushFrame(f);
                return;
            }
            counts[k]++;
        }
    }

    @Test
    void choosesUniformlyAmongReadyCases() {
        int n = 30_000;
        Chan a = Chan.make(n, 0L);
        Chan b = Chan.make(n, 0L);
        Chan c = Chan.make(n, 0L);
        long[] counts = new long[3];
        Harness.run(new GoFunc() {
            @Override
            public void run(G g) {
                for (long i = 0; i < n; i++) { // buffered sends never block
                    Chan.send(g, a, i);
                    Chan.send(g, b, i);
                    Chan.send(g, c, i);
                }
                countChoices(g, a, b, c, n, counts);
            }
        });
        for (long k : counts) {
            // expected n/3 = 10,000 each; 9,400..10,600 is more than 7 standard deviations wide
            assertTrue(k > 9_400 && k < 10_600, java.util.Arrays.toString(counts));
        }
    }

    @Test
    void nilChannelCasesAreIgnored() {
        Harness.run(new GoFunc() {
            @Override
            public void run(G g) {
                Chan ready = Chan.make(100, 0L);
                for (long i = 0; i < 100; i++) {
                    Chan.send(g, ready, i);
                }
                for (int i = 0; i < 100; i++) {
                    int k = Select.select(g, new Chan[] {null, null, ready}, new Object[] {1L, null, null}, 1, true);
                    assertEquals(2, k);
                    assertEquals((long) i, g.recvValue);
                }
                // only nil cases and a default: default
                assertEquals(-1, Select.select(g, new Chan[] {null, null}, new Object[] {1L, null}, 1, false));
            }
        });
    }

    @Test
    void defaultWhenNothingIsReady() {
        Harness.run(new GoFunc() {
            @Override
            public void run(G g) {
                Chan empty = Chan.make(0, 0L);
                Chan full = Chan.make(1, 0L);
                Chan.send(g, full, 5L);
                assertEquals(-1, Select.select(g, new Chan[] {full, empty}, new Object[] {1L, null}, 1, false));
                Chan closed = Chan.make(0, 0L);
                Chan.close(closed);
                assertEquals(1, Select.select(g, new Chan[] {full, closed}, new Object[] {1L, null}, 1, false));
                assertEquals(false, g.recvOk);
                assertEquals(0L, g.recvValue);
                assertEquals("send on closed channel",
                        ChanTest.panicText(() -> Select.select(g, new Chan[] {closed}, new Object[] {1L}, 1, false)));
            }
        });
    }

    /**
     * A goroutine blocks in {@code select { case x := <-a: ...; case y := <-b: ...; case c <- v: ... }}
     * repeatedly; others complete one of its cases each time. Records "case:value".
     */
    static void selectLoop(G g, Chan a, Chan b, Chan c, long n, List<Object> log) {
        long i = 0;
        if (g.rewinding) {
            Frame f = g.popFrame();
            i = f.j[0];
            n = f.j[1];
            a = (Chan) f.l[0];
            b = (Chan) f.l[1];
            c = (Chan) f.l[2];
            log = (List<Object>) f.l[3];
        }
        for (; i < n; i++) {
            int k = Select.select(g, new Chan[] {c, a, b}, new Object[] {i, null, null}, 1, true);
            if (g.unwinding) {
                Frame f = new Frame(1, 2, 0, 4);
                f.j[0] = i;
                f.j[1] = n;
                f.l[0] = a;
                f.l[1] = b;
                f.l[2] = c;
                f.l[3] = log;
                g.pushFrame(f);
                return;
            }
            synchronized (log) {
                log.add(k == 0 ? "sent" : k + ":" + g.recvValue);
            }
        }
    }

    @Test
    void blockedSelectIsWokenByEachKindOfCase() {
        Chan a = Chan.make(0, 0L);
        Chan b = Chan.make(0, 0L);
        Chan c = Chan.make(0, 0L);
        List<Object> log = new ArrayList<>();
        long n = 3_000;
        Harness.start();
        Sched.newproc(null, new GoFunc() {
            @Override
            public void run(G g) {
                selectLoop(g, a, b, c, n, log);
            }
        }, null);
        // three goroutines each complete n/3 of the selects: sends on a, sends on b, receives on c
        List<Object> received = new ArrayList<>();
        Sched.newproc(null, new GoFunc() {
            @Override
            public void run(G g) {
                Compiled.feed(g, a, n / 3);
            }
        }, null);
        Sched.newproc(null, new GoFunc() {
            @Override
            public void run(G g) {
                Compiled.feed(g, b, n / 3);
            }
        }, null);
        Harness.run(new GoFunc() {
            @Override
            public void run(G g) {
                Compiled.drain(g, c, n / 3, received);
            }
        });
        long deadline = System.currentTimeMillis() + 20_000;
        while (true) {
            synchronized (log) {
                if (log.size() == n || System.currentTimeMillis() > deadline) {
                    break;
                }
            }
            Thread.yield();
        }
        synchronized (log) {
            assertEquals(n, log.size());
            assertEquals(n / 3, log.stream().filter("sent"::equals).count());
            assertEquals(n / 3, log.stream().filter(s -> ((String) s).startsWith("1:")).count());
            assertEquals(n / 3, log.stream().filter(s -> ((String) s).startsWith("2:")).count());
        }
        assertEquals(n / 3, received.size());
    }

    /** In untransformed code a blocking select and a sleep park the thread and still complete. */
    @Test
    void selectAndSleepInUntransformedCode() {
        Chan a = Chan.make(0, 0L);
        Chan b = Chan.make(0, 0L);
        Harness.start();
        Sched.newproc(null, new GoFunc() {
            @Override
            public void run(G g) {
                Compiled.waitBlocked(b, 1);
                Chan.send(g, b, 5L);
            }
        }, null);
        int[] chosen = new int[1];
        Object[] value = new Object[1];
        long[] slept = new long[1];
        Harness.run(new GoFunc() {
            @Override
            public void run(G g) {
                g.noUnwind++;
                chosen[0] = Select.select(g, new Chan[] {a, b}, null, 0, true);
                value[0] = g.recvValue;
                long t = System.nanoTime();
                Sched.Sleep(g, 5_000_000L);
                slept[0] = System.nanoTime() - t;
                g.noUnwind--;
            }
        });
        assertEquals(1, chosen[0]);
        assertEquals(5L, value[0]);
        assertTrue(slept[0] >= 5_000_000L, "slept " + slept[0]);
        assertEquals(0, a.waiters() + b.waiters());
    }
}
