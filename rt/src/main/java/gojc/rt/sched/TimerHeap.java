package gojc.rt.sched;

/** A P's timers: a binary min-heap on {@code when}, guarded by its own monitor. */
final class TimerHeap {
    private Timer[] heap = new Timer[8];
    private int n;
    /** when of the earliest timer, 0 when empty: read without the lock by idle Ms and sysmon. */
    volatile long first;

    synchronized void add(Timer t) {
        if (n == heap.length) {
            heap = java.util.Arrays.copyOf(heap, n * 2);
        }
        heap[n] = t;
        t.index = n;
        up(n++);
        first = heap[0].when;
    }

    /** Removes and returns the earliest timer if it is due at now, else null. */
    synchronized Timer pollDue(long now) {
        if (n == 0 || heap[0].when > now) {
            return null;
        }
        Timer t = heap[0];
        removeAt(0);
        return t;
    }

    synchronized boolean remove(Timer t) {
        int i = t.index;
        if (i < 0 || i >= n || heap[i] != t) {
            return false;
        }
        removeAt(i);
        return true;
    }

    /** Moves every timer into {@code to} (a P that goes away). */
    synchronized void moveTo(TimerHeap to) {
        for (int i = 0; i < n; i++) {
            to.add(heap[i]);
            heap[i] = null;
        }
        n = 0;
        first = 0;
    }

    synchronized int size() {
        return n;
    }

    private void removeAt(int i) {
        Timer t = heap[i];
        t.index = -1;
        n--;
        if (i != n) {
            heap[i] = heap[n];
            heap[i].index = i;
            heap[n] = null;
            down(i);
            up(i);
        } else {
            heap[n] = null;
        }
        first = n == 0 ? 0 : heap[0].when;
    }

    private void up(int i) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (heap[parent].when <= heap[i].when) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void down(int i) {
        while (true) {
            int l = 2 * i + 1;
            if (l >= n) {
                return;
            }
            int c = l + 1 < n && heap[l + 1].when < heap[l].when ? l + 1 : l;
            if (heap[i].when <= heap[c].when) {
                return;
            }
            swap(i, c);
            i = c;
        }
    }

    private void swap(int a, int b) {
        Timer t = heap[a];
        heap[a] = heap[b];
        heap[b] = t;
        heap[a].index = a;
        heap[b].index = b;
    }
}
