package gojc.rt.sched;

/** A channel's FIFO queue of waiting senders or receivers; guarded by the channel lock. */
final class WaitQ {
    private Sudog first, last;

    void enqueue(Sudog s) {
        s.next = null;
        s.prev = last;
        if (last == null) {
            first = s;
        } else {
            last.next = s;
        }
        last = s;
        s.queued = true;
    }

    /**
     * Takes the first waiter that can still be woken: a select's sudog counts only if it wins
     * the race for its goroutine (the other cases of that select are then stale).
     */
    Sudog dequeue() {
        while (true) {
            Sudog s = first;
            if (s == null) {
                return null;
            }
            remove(s);
            if (s.isSelect) {
                if (!s.g.winSelect()) {
                    continue;
                }
                s.g.waiting = s;
            }
            return s;
        }
    }

    void remove(Sudog s) {
        if (!s.queued) {
            return;
        }
        if (s.prev == null) {
            first = s.next;
        } else {
            s.prev.next = s.next;
        }
        if (s.next == null) {
            last = s.prev;
        } else {
            s.next.prev = s.prev;
        }
        s.next = s.prev = null;
        s.queued = false;
    }

    int size() {
        int n = 0;
        for (Sudog s = first; s != null; s = s.next) {
            n++;
        }
        return n;
    }
}
