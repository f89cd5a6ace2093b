package gojc.rt.std.internal.poll;

import gojc.rt.sched.G;
import gojc.rt.sched.IoWait;
import gojc.rt.std.syscall.Sockets;

import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * runtime/netpoll.go's pollDesc for one socket: the goroutines waiting to read and to write,
 * the deadlines, and the closing flag. The {@link Poller} thread readies a waiter when the
 * selector reports its channel ready; a deadline's timer readies it with rd or wd set to -1.
 */
final class PollDesc {
    static final int NO_ERROR = 0, ERR_CLOSING = 1, ERR_TIMEOUT = 2;
    static final int READ = 'r', WRITE = 'w';

    final long fd;
    private boolean closing;
    /** Deadlines: 0 none, -1 passed, else a System.nanoTime() instant. */
    private long rd, wd;
    /** Bumped by every deadline change, so that a stale timer does nothing. */
    private long rseq, wseq;
    private ScheduledFuture<?> rtimer, wtimer;
    private G rg, wg;
    /** The channel the poller registered (set by the poller thread only). */
    SelectableChannel channel;
    /** Set by close: the poller drops the registration. */
    volatile boolean closed;

    PollDesc(long fd) {
        this.fd = fd;
    }

    /** netpollcheckerr. */
    synchronized int check(int mode) {
        if (closing) return ERR_CLOSING;
        if ((mode == READ && rd < 0) || (mode == WRITE && wd < 0)) return ERR_TIMEOUT;
        return NO_ERROR;
    }

    /**
     * Parks g until the channel is ready for mode, the deadline passes or the descriptor is
     * closed. Returns the error code, or 0 while g unwinds (its rewind re-enters {@link Natives}).
     */
    int block(G g, int mode) {
        synchronized (this) {
            int err = check(mode);
            if (err != NO_ERROR) return err;
            if (mode == READ) {
                rg = g;
            } else {
                wg = g;
            }
            IoWait.beginPark(g, this, mode);
        }
        Poller.update(this);
        IoWait.park(g);
        return g.unwinding ? NO_ERROR : check(mode);
    }

    /** Readies the goroutine waiting for mode, if any. */
    void wake(int mode) {
        G g;
        synchronized (this) {
            if (mode == READ) {
                g = rg;
                rg = null;
            } else {
                g = wg;
                wg = null;
            }
        }
        if (g != null) IoWait.ready(g);
    }

    /** The selector reported ops ready. */
    void fired(int ops) {
        if ((ops & (SelectionKey.OP_READ | SelectionKey.OP_ACCEPT)) != 0) wake(READ);
        if ((ops & (SelectionKey.OP_WRITE | SelectionKey.OP_CONNECT)) != 0) wake(WRITE);
    }

    /** The operations ch must be selected for: those goroutines wait for. */
    synchronized int interest(SelectableChannel ch) {
        int ops = 0;
        if (rg != null) ops |= ch.validOps() & (SelectionKey.OP_READ | SelectionKey.OP_ACCEPT);
        if (wg != null) {
            boolean connecting = ch instanceof SocketChannel && ((SocketChannel) ch).isConnectionPending();
            ops |= connecting ? SelectionKey.OP_CONNECT : ch.validOps() & SelectionKey.OP_WRITE;
        }
        return ops;
    }

    /** The channel to select on: looked up while the socket may still be getting it. */
    SelectableChannel lookUpChannel() {
        return Sockets.selectable(fd);
    }

    /** poll_runtime_pollSetDeadline: d is relative (ns), 0 for none, negative for passed. */
    void setDeadline(long d, int mode) {
        synchronized (this) {
            if (closing) return;
            if (d > 0) {
                d += System.nanoTime();
                if (d <= 0) d = Long.MAX_VALUE;
            }
            if (mode == READ || mode == READ + WRITE) {
                rd = d;
                rseq++;
                rtimer = arm(rtimer, d, READ, rseq);
            }
            if (mode == WRITE || mode == READ + WRITE) {
                wd = d;
                wseq++;
                wtimer = arm(wtimer, d, WRITE, wseq);
            }
        }
        if (deadlinePassed(READ)) wake(READ);
        if (deadlinePassed(WRITE)) wake(WRITE);
    }

    private synchronized boolean deadlinePassed(int mode) {
        return (mode == READ ? rd : wd) < 0;
    }

    private ScheduledFuture<?> arm(ScheduledFuture<?> old, long when, int mode, long seq) {
        if (old != null) old.cancel(false);
        if (when <= 0) return null;
        long delay = when - System.nanoTime();
        return Poller.TIMERS.schedule(() -> expire(mode, seq), Math.max(delay, 0), TimeUnit.NANOSECONDS);
    }

    private void expire(int mode, long seq) {
        synchronized (this) {
            if (mode == READ) {
                if (seq != rseq) return;
                rd = -1;
                rtimer = null;
            } else {
                if (seq != wseq) return;
                wd = -1;
                wtimer = null;
            }
        }
        wake(mode);
    }

    /** poll_runtime_pollUnblock: the descriptor is closing; waiters fail with ERR_CLOSING. */
    void unblock() {
        synchronized (this) {
            closing = true;
            rseq++;
            wseq++;
            if (rtimer != null) rtimer.cancel(false);
            if (wtimer != null) wtimer.cancel(false);
            rtimer = wtimer = null;
        }
        wake(READ);
        wake(WRITE);
    }
}
