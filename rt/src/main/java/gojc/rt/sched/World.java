package gojc.rt.sched;

import java.util.ArrayList;
import java.util.List;

/**
 * Stopping and starting the world for GOMAXPROCS (gc's stopTheWorld/procresize/startTheWorld):
 * every P but the caller's is taken while idle or in a syscall, or given up by its M at the
 * next schedule() once its goroutine yields to the preemption request.
 */
final class World {
    private World() {}

    static void stop(M m) {
        synchronized (Sched.lock) {
            Sched.gcwaiting = true;
            Sched.stopwait = Sched.gomaxprocs - 1;
            m.p.status = P.GCSTOP;
            for (P p : Sched.allp) {
                if (p.status == P.SYSCALL && p.casStatus(P.SYSCALL, P.GCSTOP)) {
                    Sched.stopwait--;
                }
            }
            P p;
            while ((p = Sched.pidleget()) != null) {
                p.status = P.GCSTOP;
                Sched.stopwait--;
            }
            while (Sched.stopwait > 0) {
                for (P q : Sched.allp) {
                    if (q.status == P.RUNNING && q.m != null && q.m.curg != null) {
                        q.m.curg.preempt = true;
                    }
                }
                try {
                    Sched.lock.wait(1);
                } catch (InterruptedException e) {
                    // keep waiting
                }
            }
        }
    }

    static void gcstopm(M m) {
        P p = Sched.releasep(m);
        synchronized (Sched.lock) {
            p.status = P.GCSTOP;
            if (--Sched.stopwait == 0) {
                Sched.lock.notifyAll();
            }
        }
        Sched.stopm(m);
    }

    static void resize(M m, int n) {
        synchronized (Sched.lock) {
            P[] old = Sched.allp;
            P[] ps = new P[n];
            for (int i = 0; i < n; i++) {
                ps[i] = i < old.length ? old[i] : new P(i);
            }
            for (int i = n; i < old.length; i++) {
                old[i].drainToGlobal();
                old[i].gfpurge();
                old[i].timers.moveTo(ps[0].timers);
                old[i].status = P.GCSTOP;
            }
            if (m.p.id >= n) {
                m.p.m = null;
                m.p = null;
                Sched.acquirep(m, ps[0]);
            }
            Sched.allp = ps;
            Sched.gomaxprocs = n;
        }
    }

    static void start(M m) {
        List<P> toStart = new ArrayList<>();
        synchronized (Sched.lock) {
            Sched.gcwaiting = false;
            m.p.status = P.RUNNING;
            for (P p : Sched.allp) {
                if (p == m.p) {
                    continue;
                }
                if (p.status == P.SYSCALL) {
                    continue; // still with its M in a syscall
                }
                if (p.runqEmpty()) {
                    Sched.pidleput(p);
                } else {
                    p.status = P.IDLE;
                    toStart.add(p);
                }
            }
        }
        for (P p : toStart) {
            Sched.startm(p, false);
        }
        Sched.wakep();
    }
}
