package gojc.rt.sched;

import gojc.rt.Ptr;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * gc's semaphores keyed by the address of a uint32 (runtime/sema.go's semacquire/semrelease for
 * package sync): the count is the uint32 itself, read and changed with {@link Ptr}'s atomics;
 * waiters sit in one of 251 roots hashed by the variable (Ptrs to one variable are equal).
 * A release with waiters takes the unit for the oldest one and readies it (gc's handoff), so a
 * woken waiter never has to compete again. {@link #acquire} is a blocking operation of the
 * unwind/rewind protocol (docs/goroutines.md).
 */
public final class AddrSema {
    private AddrSema() {}

    private static final class Root {
        final AtomicInteger nwait = new AtomicInteger();
        final HashMap<Ptr, ArrayDeque<Sudog>> waiters = new HashMap<>();
    }

    private static final Root[] ROOTS = new Root[251];

    static {
        for (int i = 0; i < ROOTS.length; i++) {
            ROOTS[i] = new Root();
        }
    }

    private static Root root(Ptr addr) {
        return ROOTS[(addr.hashCode() & 0x7fffffff) % ROOTS.length];
    }

    /** cansemacquire: takes one unit when *addr > 0. */
    private static boolean tryAcquire(Ptr addr) {
        while (true) {
            int v = addr.loadInt();
            if (v == 0) {
                return false;
            }
            if (addr.casInt(v, v - 1)) {
                return true;
            }
        }
    }

    /** semacquire: waits until *addr > 0, then decrements it; lifo queues at the head. */
    public static void acquire(G g, Ptr addr, boolean lifo, String reason) {
        if (g.rewinding) {
            Sched.rewound(g, WaitReason.SEMACQUIRE);
            finish(g);
            return;
        }
        if (tryAcquire(addr)) {
            return;
        }
        Root r = root(addr);
        synchronized (r) {
            r.nwait.incrementAndGet();
            if (tryAcquire(addr)) {
                r.nwait.decrementAndGet();
                return;
            }
            Sudog sg = g.acquireSudog();
            sg.success = false;
            g.waiting = sg;
            ArrayDeque<Sudog> q = r.waiters.computeIfAbsent(addr, k -> new ArrayDeque<>());
            if (lifo) {
                q.addFirst(sg);
            } else {
                q.addLast(sg);
            }
            Sched.beginPark(g, reason, WaitReason.SEMACQUIRE);
        }
        Sched.park(g);
        if (g.unwinding) {
            return;
        }
        finish(g);
    }

    private static void finish(G g) {
        Sudog sg = g.waiting;
        g.waiting = null;
        g.releaseSudog(sg);
    }

    /** semrelease: increments *addr and, when someone waits, hands the unit to the first waiter. */
    public static void release(Ptr addr) {
        addr.addInt(1);
        Root r = root(addr);
        if (r.nwait.get() == 0) {
            return;
        }
        Sudog sg;
        synchronized (r) {
            ArrayDeque<Sudog> q = r.waiters.get(addr);
            if (q == null || !tryAcquire(addr)) {
                return; // no waiter on this address, or another acquirer took the unit
            }
            sg = q.pollFirst();
            if (q.isEmpty()) {
                r.waiters.remove(addr);
            }
            r.nwait.decrementAndGet();
            sg.success = true;
        }
        Sched.ready(sg.g);
    }
}
