package gojc.rt.sched;

import gojc.rt.FuncV;

/**
 * The timer behind package time's Timer, Ticker, After and AfterFunc (gc's runtime/time.go
 * timers as package time sees them: startTimer, stopTimer, resetTimer, modTimer). It sits on a
 * P's heap like {@link Timer.Wake}. When it fires, its {@code func()} runs on a goroutine of its
 * own: gc runs the timer function on the timer-running goroutine's system stack, which a JVM
 * scheduler thread cannot offer to compiled Go code; time's functions (sendTime: a
 * non-blocking send, goFunc: a go statement) behave the same either way.
 * A periodic timer is put back on the heap for its next tick before the function runs.
 */
public final class RuntimeTimer extends Timer {
    private long period;
    private FuncV fn;
    private boolean pending;

    public RuntimeTimer() {}

    /** startTimer: arms the timer for when (System.nanoTime units), repeating every period ns if > 0. */
    public synchronized void start(long when, long period, FuncV fn) {
        this.when = when;
        this.period = period;
        this.fn = fn;
        arm();
    }

    /** stopTimer: true when the timer was pending (stopped before it fired). */
    public synchronized boolean stop() {
        boolean was = pending;
        pending = false;
        for (P p : Sched.allp) {
            if (p.timers.remove(this)) {
                break;
            }
        }
        return was;
    }

    /** modTimer/resetTimer: stops, then re-arms with a new time and period; true when it was pending. */
    public synchronized boolean reset(long when, long period, FuncV fn) {
        boolean was = stop();
        start(when, period, fn);
        return was;
    }

    private void arm() {
        pending = true;
        G g = Sched.getg();
        P p = g != null && g.m != null && g.m.p != null ? g.m.p : null;
        if (p == null) {
            P[] all = Sched.allp;
            if (all.length == 0) {
                throw new IllegalStateException("gojc: timer started before the scheduler");
            }
            p = all[0];
        }
        Sched.addTimer(p, this);
    }

    @Override
    void fire() {
        FuncV f;
        synchronized (this) {
            if (!pending) {
                return;
            }
            f = fn;
            if (period > 0) {
                long now = System.nanoTime();
                // like gc: the next tick is the first multiple of period after now
                long next = when + period;
                if (next < now) {
                    next += ((now - next) / period + 1) * period;
                }
                when = next;
                Sched.addTimer(Sched.allp[0], this);
            } else {
                pending = false;
            }
        }
        Sched.newproc(null, new GoStart(f, true), null);
    }
}
