package gojc.rt.sched;

import gojc.rt.Ptr;

/**
 * sync.Cond's ticket-based wait list (runtime/sema.go's notifyList): Add takes a ticket, Wait
 * sleeps until its ticket is notified, NotifyOne wakes the oldest ticket, NotifyAll all of them.
 * gc keeps it inside sync's notifyList struct; here the list is this object, created on first use
 * and kept in that struct's {@code head} field (an unsafe.Pointer, i.e. an Object).
 * {@link #waitFor} is a blocking operation of the unwind/rewind protocol.
 */
public final class NotifyList {
    /** Next ticket to hand out, and next ticket to notify (uint32, wrapping). */
    private int wait, notify;
    private Sudog head, tail;

    /** The list kept in *slot, created when the slot is still nil. */
    public static NotifyList of(Ptr slot) {
        Object l = slot.loadRef();
        if (l == null) {
            NotifyList fresh = new NotifyList();
            l = slot.casRef(null, fresh) ? fresh : slot.loadRef();
        }
        return (NotifyList) l;
    }

    /** notifyListAdd: the ticket of a goroutine about to wait. */
    public synchronized int add() {
        return wait++;
    }

    /** Whether ticket a comes before b (uint32 arithmetic wraps). */
    private static boolean less(int a, int b) {
        return a - b < 0;
    }

    /** notifyListWait: sleeps until ticket t has been notified. */
    public static void waitFor(G g, NotifyList l, int t) {
        if (g.rewinding) {
            Sched.rewound(g, WaitReason.SYNC_COND_WAIT);
            finish(g);
            return;
        }
        synchronized (l) {
            if (less(t, l.notify)) {
                return; // already notified
            }
            Sudog sg = g.acquireSudog();
            sg.caseIndex = t;
            sg.next = null;
            g.waiting = sg;
            if (l.tail == null) {
                l.head = sg;
            } else {
                l.tail.next = sg;
            }
            l.tail = sg;
            Sched.beginPark(g, WaitReason.SYNC_COND_WAIT);
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

    /** notifyListNotifyAll: wakes every waiter. */
    public void notifyAll0() {
        Sudog s;
        synchronized (this) {
            if (wait == notify) {
                return;
            }
            s = head;
            head = tail = null;
            notify = wait;
        }
        while (s != null) {
            Sudog next = s.next;
            s.next = null;
            Sched.ready(s.g);
            s = next;
        }
    }

    /** notifyListNotifyOne: wakes the waiter with the oldest unnotified ticket, if it waits yet. */
    public void notifyOne() {
        Sudog found = null;
        synchronized (this) {
            if (wait == notify) {
                return;
            }
            int t = notify;
            notify = t + 1;
            for (Sudog p = null, s = head; s != null; p = s, s = s.next) {
                if (s.caseIndex == t) {
                    Sudog n = s.next;
                    if (p != null) {
                        p.next = n;
                    } else {
                        head = n;
                    }
                    if (tail == s) {
                        tail = p;
                    }
                    s.next = null;
                    found = s;
                    break;
                }
            }
        }
        if (found != null) {
            Sched.ready(found.g);
        }
    }
}
