package gojc.rt.sched;

import gojc.rt.GoPanic;
import gojc.rt.Panics;
import gojc.rt.RuntimeErrors;
import gojc.rt.ZeroFactory;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A Go channel (runtime/chan.go). Elements are Objects (boxed primitives, GoStrings, ...).
 * A nil channel is Java null; the static operations accept it. Blocking operations follow the
 * unwind/rewind protocol of {@link G}: when they return with {@code g.unwinding} set their
 * result is meaningless, and when called with {@code g.rewinding} set they ignore their
 * arguments and return the result of the suspended operation.
 */
public final class Chan {
    private static final AtomicLong ids = new AtomicLong();

    /** Identity for select's lock order. */
    final long id = ids.incrementAndGet();
    final int dataqsiz;
    private final Object[] buf;
    int qcount, sendx, recvx;
    boolean closed;
    /** The element zero: a value, or a ZeroFactory when each receive needs a fresh one. */
    private final Object zero;
    final WaitQ recvq = new WaitQ();
    final WaitQ sendq = new WaitQ();
    private volatile int lockWord;

    private static final VarHandle LOCK;

    static {
        try {
            LOCK = MethodHandles.lookup().findVarHandle(Chan.class, "lockWord", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Chan(int size, Object zero) {
        this.dataqsiz = size;
        this.buf = size == 0 ? null : new Object[size];
        this.zero = zero;
    }

    /** make(chan T, size); zero is T's zero value (null for reference kinds) or a ZeroFactory. */
    public static Chan make(long size, Object zero) {
        if (size < 0 || size > Integer.MAX_VALUE - 8) {
            throw Panics.panic(new RuntimeErrors.PlainError("makechan: size out of range"));
        }
        return new Chan((int) size, zero);
    }

    Object zero() {
        return zero instanceof ZeroFactory ? ((ZeroFactory) zero).zero() : zero;
    }

    // The channel lock: held only for a few field updates, never while parked.
    void lock() {
        if (!LOCK.compareAndSet(this, 0, 1)) {
            lockSlow();
        }
    }

    private void lockSlow() {
        int spins = 0;
        while (true) {
            if (lockWord == 0 && LOCK.compareAndSet(this, 0, 1)) {
                return;
            }
            if (++spins < 64) {
                Thread.onSpinWait();
            } else {
                Thread.yield();
            }
        }
    }

    void unlock() {
        LOCK.setRelease(this, 0); // a release store suffices, and spares x86 a full fence
    }

    /** Goroutines queued on c (tests). */
    int waiters() {
        lock();
        try {
            return recvq.size() + sendq.size();
        } finally {
            unlock();
        }
    }

    public static int len(Chan c) {
        return c == null ? 0 : c.qcount;
    }

    public static int cap(Chan c) {
        return c == null ? 0 : c.dataqsiz;
    }

    static GoPanic sendOnClosed() {
        throw Panics.panic(new RuntimeErrors.PlainError("send on closed channel"));
    }

    /** c <- v. */
    public static void send(G g, Chan c, Object v) {
        if (g.rewinding) {
            Sched.rewound(g, WaitReason.CHAN_SEND);
            finishSend(g);
            return;
        }
        if (c == null) {
            blockForever(g, WaitReason.CHAN_SEND_NIL);
            return;
        }
        c.lock();
        if (c.closed) {
            c.unlock();
            throw sendOnClosed();
        }
        Sudog sg = c.recvq.dequeue();
        if (sg != null) {
            c.unlock();
            sg.elem = v;
            sg.success = true;
            Sched.ready(sg.g);
            return;
        }
        if (c.qcount < c.dataqsiz) {
            c.buf[c.sendx] = v;
            if (++c.sendx == c.dataqsiz) {
                c.sendx = 0;
            }
            c.qcount++;
            c.unlock();
            return;
        }
        sg = g.acquireSudog();
        sg.elem = v;
        sg.c = c;
        sg.success = false;
        g.waiting = sg;
        c.sendq.enqueue(sg);
        Sched.beginPark(g, WaitReason.CHAN_SEND);
        c.unlock();
        Sched.park(g);
        if (g.unwinding) {
            return;
        }
        finishSend(g);
    }

    private static void finishSend(G g) {
        Sudog sg = g.waiting;
        g.waiting = null;
        boolean ok = sg.success;
        g.releaseSudog(sg);
        if (!ok) {
            throw sendOnClosed();
        }
    }

    /** <-c. */
    public static Object recv(G g, Chan c) {
        return recv2(g, c);
    }

    /** v, ok := <-c: returns v and sets {@code g.recvOk}. */
    public static Object recv2(G g, Chan c) {
        if (g.rewinding) {
            Sched.rewound(g, WaitReason.CHAN_RECEIVE);
            return finishRecv(g);
        }
        if (c == null) {
            blockForever(g, WaitReason.CHAN_RECEIVE_NIL);
            return null;
        }
        c.lock();
        if (c.closed && c.qcount == 0) {
            c.unlock();
            g.recvOk = false;
            return c.zero();
        }
        Sudog sg = c.sendq.dequeue();
        if (sg != null) {
            Object v = c.recvFrom(sg);
            c.unlock();
            sg.success = true;
            Sched.ready(sg.g);
            g.recvOk = true;
            return v;
        }
        if (c.qcount > 0) {
            Object v = c.take();
            c.unlock();
            g.recvOk = true;
            return v;
        }
        sg = g.acquireSudog();
        sg.elem = null;
        sg.c = c;
        sg.success = false;
        g.waiting = sg;
        c.recvq.enqueue(sg);
        Sched.beginPark(g, WaitReason.CHAN_RECEIVE);
        c.unlock();
        Sched.park(g);
        if (g.unwinding) {
            return null;
        }
        return finishRecv(g);
    }

    private static Object finishRecv(G g) {
        Sudog sg = g.waiting;
        g.waiting = null;
        boolean ok = sg.success;
        Object v = ok ? sg.elem : sg.c.zero();
        g.releaseSudog(sg);
        g.recvOk = ok;
        return v;
    }

    /** Receives from a waiting sender (lock held): directly, or through a full buffer. */
    Object recvFrom(Sudog sg) {
        Object v;
        if (dataqsiz == 0) {
            v = sg.elem;
        } else {
            v = buf[recvx];
            buf[recvx] = sg.elem;
            if (++recvx == dataqsiz) {
                recvx = 0;
            }
            sendx = recvx;
        }
        sg.elem = null;
        return v;
    }

    /** Takes the oldest buffered element (lock held, qcount > 0). */
    Object take() {
        Object v = buf[recvx];
        buf[recvx] = null;
        if (++recvx == dataqsiz) {
            recvx = 0;
        }
        qcount--;
        return v;
    }

    /** Buffers v (lock held, qcount < dataqsiz). */
    void put(Object v) {
        buf[sendx] = v;
        if (++sendx == dataqsiz) {
            sendx = 0;
        }
        qcount++;
    }

    /** close(c). */
    public static void close(Chan c) {
        if (c == null) {
            throw Panics.panic(new RuntimeErrors.PlainError("close of nil channel"));
        }
        c.lock();
        if (c.closed) {
            c.unlock();
            throw Panics.panic(new RuntimeErrors.PlainError("close of closed channel"));
        }
        c.closed = true;
        Sudog woken = null;
        Sudog sg;
        while ((sg = c.recvq.dequeue()) != null) {
            sg.elem = null;
            sg.success = false;
            sg.next = woken;
            woken = sg;
        }
        while ((sg = c.sendq.dequeue()) != null) {
            sg.elem = null;
            sg.success = false;
            sg.next = woken;
            woken = sg;
        }
        c.unlock();
        while (woken != null) {
            Sudog next = woken.next;
            woken.next = null;
            Sched.ready(woken.g);
            woken = next;
        }
    }

    /** A nil channel operation or an empty select: parks for good. */
    static void blockForever(G g, String reason) {
        Sched.beginPark(g, reason);
        Sched.park(g);
    }
}
