package gojc.rt.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The local run queue alone (no scheduler running): runnext, FIFO ring, stealing half. */
class RunQueueTest {
    private static G g(long id) {
        G g = new G();
        g.goid = id;
        return g;
    }

    @Test
    void runnextRunsFirstAndKicksTheOldOneToTheTail() {
        P p = new P(0);
        G a = g(1), b = g(2), c = g(3);
        p.runqput(a, false);
        p.runqput(b, true);
        p.runqput(c, true); // b goes to the tail, after a
        assertSame(c, p.runqget());
        assertSame(a, p.runqget());
        assertSame(b, p.runqget());
        assertNull(p.runqget());
        assertTrue(p.runqEmpty());
    }

    @Test
    void stealingTakesHalfInOrder() {
        P victim = new P(0);
        P thief = new P(1);
        for (int i = 0; i < 10; i++) {
            victim.runqput(g(i), false);
        }
        G run = thief.runqsteal(victim, false); // as gc: the last of the batch runs now
        assertEquals(4, run.goid);
        assertEquals(4, thief.runqSize());
        assertEquals(5, victim.runqSize());
        for (int i = 0; i < 4; i++) {
            assertEquals(i, thief.runqget().goid);
        }
        assertEquals(5, victim.runqget().goid);
    }

    @Test
    void runnextIsStolenOnlyWhenAskedAndNothingElseIsLeft() {
        P victim = new P(0);
        P thief = new P(1);
        G only = g(7);
        victim.runqput(only, true);
        assertNull(thief.runqsteal(victim, false));
        assertSame(only, thief.runqsteal(victim, true)); // victim is not RUNNING: no grace period
        assertTrue(victim.runqEmpty());
    }

    @Test
    void goidsComeFromTheCacheInBatchesOf16() {
        P p = new P(0);
        long before = Sched.goidgen.get();
        long first = p.nextGoid();
        assertEquals(before + 1, first);
        assertEquals(before + Sched.GOID_BATCH, Sched.goidgen.get());
        for (int i = 1; i < Sched.GOID_BATCH; i++) {
            assertEquals(first + i, p.nextGoid());
        }
    }
}
