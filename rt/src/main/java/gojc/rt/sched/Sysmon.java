package gojc.rt.sched;

import java.util.concurrent.locks.LockSupport;

/**
 * sysmon: a daemon thread without a P. It preempts goroutines that ran 10 ms, retakes Ps from
 * Ms blocked in syscalls or blocking Java calls, and wakes an M for due timers when every P
 * is idle. It sleeps 20 us, backing off to 10 ms after 50 rounds with nothing to do.
 */
final class Sysmon implements Runnable {
    static final long FORCE_PREEMPT_NS = 10_000_000L;
    static final long MAX_DELAY_NS = 10_000_000L;

    static void start() {
        Thread t = new Thread(null, new Sysmon(), "gojc-sysmon", 1 << 20);
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void run() {
        long delay = 20_000;
        int idle = 0;
        while (true) {
            if (idle == 0) {
                delay = 20_000;
            } else if (idle > 50) {
                delay = Math.min(delay * 2, MAX_DELAY_NS);
            }
            long next = Sched.earliestTimer();
            long sleep = delay;
            if (next != 0) {
                sleep = Math.max(1_000, Math.min(sleep, next - System.nanoTime()));
            }
            LockSupport.parkNanos(sleep);
            long now = System.nanoTime();
            boolean worked = retake(now);
            if (Sched.npidle == Sched.gomaxprocs) {
                long t = Sched.earliestTimer();
                if (t != 0 && t <= now) {
                    Sched.startm(null, false);
                    worked = true;
                }
            }
            idle = worked ? 0 : idle + 1;
        }
    }

    /**
     * Preempts long-running goroutines and retakes Ps blocked in syscalls; true if it retook a
     * P. A preemption alone does not count as work (as gc's retake): with every P running a
     * CPU-bound goroutine sysmon must back off to 10 ms rather than wake every 20 us and take
     * CPU time from them (measured: about 12% of a core with two busy goroutines).
     */
    static boolean retake(long now) {
        boolean did = false;
        for (P p : Sched.allp) {
            int s = p.status;
            if (s == P.RUNNING) {
                int t = p.schedtick;
                if (p.seenSchedtick != t) {
                    p.seenSchedtick = t;
                    p.seenWhen = now;
                } else if (now - p.seenWhen >= FORCE_PREEMPT_NS) {
                    M m = p.m;
                    G g = m != null ? m.curg : null;
                    // Only when something waits for this P: a compiled goroutine yields by
                    // unwinding its stack and rewinding it, which gc's preemption does not cost
                    // (and 100 unwinds a second grew the JIT's code of hot loops 3x).
                    boolean waiting = !p.runqEmpty() || Sched.runqsize > 0 || p.timers.first != 0;
                    if (g != null && !g.preempt && waiting) {
                        g.preempt = true;
                    }
                }
            } else if (s == P.SYSCALL) {
                int t = p.syscalltick;
                if (p.seenSyscalltick != t) {
                    p.seenSyscalltick = t;
                    p.seenWhen = now;
                    continue; // give it one sysmon tick (20 us at least)
                }
                if (p.runqEmpty() && Sched.nmspinning.get() + Sched.npidle > 0
                        && now - p.seenWhen < FORCE_PREEMPT_NS) {
                    continue;
                }
                if (p.casStatus(P.SYSCALL, P.IDLE)) {
                    Sched.handoffp(p);
                    did = true;
                }
            }
        }
        return did;
    }
}
