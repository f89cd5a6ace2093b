package gojc.rt.sched;

import java.util.concurrent.ThreadLocalRandom;

/**
 * The select statement (runtime/select.go). A select compiles to one call of {@link #select}
 * with its channels, send cases first; the chosen case's index comes back, -1 for default.
 */
public final class Select {
    private Select() {}

    /**
     * cases[0..nsends) are send cases with values sendValues[i]; cases[nsends..) are receive
     * cases. A null channel's case is never chosen. block is false when there is a default.
     * Returns the chosen index, or -1 for default; a receive case leaves its value in
     * {@code g.recvValue} and its ok in {@code g.recvOk}. Follows the unwind/rewind protocol:
     * while rewinding the arguments are ignored.
     */
    public static int select(G g, Chan[] cases, Object[] sendValues, int nsends, boolean block) {
        if (g.rewinding) {
            Sched.rewound(g, WaitReason.SELECT);
            return finish(g);
        }
        int n = cases.length;
        // pollorder: a uniformly random permutation of the live cases
        int[] order = new int[n];
        int live = 0;
        ThreadLocalRandom rnd = ThreadLocalRandom.current();
        for (int i = 0; i < n; i++) {
            if (cases[i] == null) {
                continue;
            }
            int j = rnd.nextInt(live + 1);
            order[live] = order[j];
            order[j] = i;
            live++;
        }
        if (live == 0) {
            if (!block) {
                return -1;
            }
            Chan.blockForever(g, n == 0 ? WaitReason.SELECT_NO_CASES : WaitReason.SELECT);
            return -1;
        }
        Chan[] lockorder = lockOrder(cases, live);
        lockAll(lockorder);
        for (int k = 0; k < live; k++) {
            int i = order[k];
            Chan c = cases[i];
            if (i < nsends) {
                if (c.closed) {
                    unlockAll(lockorder);
                    throw Chan.sendOnClosed();
                }
                Sudog sg = c.recvq.dequeue();
                if (sg != null) {
                    unlockAll(lockorder);
                    sg.elem = sendValues[i];
                    sg.success = true;
                    Sched.ready(sg.g);
                    return i;
                }
                if (c.qcount < c.dataqsiz) {
                    c.put(sendValues[i]);
                    unlockAll(lockorder);
                    return i;
                }
            } else {
                Sudog sg = c.sendq.dequeue();
                if (sg != null) {
                    Object v = c.recvFrom(sg);
                    unlockAll(lockorder);
                    sg.success = true;
                    Sched.ready(sg.g);
                    g.recvValue = v;
                    g.recvOk = true;
                    return i;
                }
                if (c.qcount > 0) {
                    g.recvValue = c.take();
                    g.recvOk = true;
                    unlockAll(lockorder);
                    return i;
                }
                if (c.closed) {
                    unlockAll(lockorder);
                    g.recvValue = c.zero();
                    g.recvOk = false;
                    return i;
                }
            }
        }
        if (!block) {
            unlockAll(lockorder);
            return -1;
        }
        // Wait on every case; the first waker to win g.selectDone chooses.
        Sudog[] sgs = new Sudog[n];
        for (int i = 0; i < n; i++) {
            Chan c = cases[i];
            if (c == null) {
                continue;
            }
            Sudog sg = new Sudog(g);
            sg.c = c;
            sg.isSelect = true;
            sg.caseIndex = i;
            sg.success = false;
            if (i < nsends) {
                sg.elem = sendValues[i];
                c.sendq.enqueue(sg);
            } else {
                c.recvq.enqueue(sg);
            }
            sgs[i] = sg;
        }
        g.selectSudogs = sgs;
        g.selectLockOrder = lockorder;
        g.selectNsends = nsends;
        g.waiting = null;
        g.selectDone = 0;
        Sched.beginPark(g, WaitReason.SELECT);
        unlockAll(lockorder);
        Sched.park(g);
        if (g.unwinding) {
            return -1;
        }
        return finish(g);
    }

    /** After wake-up: dequeue the losing cases and report the winner. */
    private static int finish(G g) {
        Sudog win = g.waiting;
        Sudog[] sgs = g.selectSudogs;
        Chan[] lockorder = g.selectLockOrder;
        int nsends = g.selectNsends;
        g.waiting = null;
        g.selectSudogs = null;
        g.selectLockOrder = null;
        lockAll(lockorder);
        for (Sudog sg : sgs) {
            if (sg != null && sg != win) {
                if (sg.caseIndex < nsends) {
                    sg.c.sendq.remove(sg);
                } else {
                    sg.c.recvq.remove(sg);
                }
            }
        }
        g.selectDone = 0;
        unlockAll(lockorder);
        int i = win.caseIndex;
        if (i < nsends) {
            if (!win.success) {
                throw Chan.sendOnClosed();
            }
        } else {
            g.recvOk = win.success;
            g.recvValue = win.success ? win.elem : win.c.zero();
        }
        return i;
    }

    /** The distinct channels sorted by identity: every select locks in this order (no deadlock). */
    private static Chan[] lockOrder(Chan[] cases, int live) {
        Chan[] cs = new Chan[live];
        int k = 0;
        for (Chan c : cases) {
            if (c != null) {
                cs[k++] = c;
            }
        }
        // insertion sort: selects are small
        for (int i = 1; i < k; i++) {
            Chan c = cs[i];
            int j = i - 1;
            while (j >= 0 && cs[j].id > c.id) {
                cs[j + 1] = cs[j];
                j--;
            }
            cs[j + 1] = c;
        }
        int u = 0;
        for (int i = 0; i < k; i++) {
            if (u == 0 || cs[u - 1] != cs[i]) {
                cs[u++] = cs[i];
            }
        }
        return u == k ? cs : java.util.Arrays.copyOf(cs, u);
    }

    private static void lockAll(Chan[] cs) {
        for (Chan c : cs) {
            c.lock();
        }
    }

    private static void unlockAll(Chan[] cs) {
        for (int i = cs.length - 1; i >= 0; i--) {
            cs[i].unlock();
        }
    }
}
