package gojc.rt.std.internal.poll;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/**
 * The netpoller's thread: one java.nio Selector over every waited-for socket channel. A
 * goroutine that must wait queues its {@link PollDesc} here and parks; this thread registers
 * the interest, and when the selector reports the channel ready it drops the interest and
 * readies the goroutine (from outside the scheduler, as timers do from sysmon). Readiness is
 * level-triggered, so data that arrived before the registration is reported at once.
 * Interest is changed by this thread only, so a select in progress never blocks anyone.
 */
public final class Poller {
    private Poller() {}

    /** Deadline timers of the PollDescs: they only ready goroutines. */
    static final ScheduledThreadPoolExecutor TIMERS = new ScheduledThreadPoolExecutor(1, r -> {
        Thread t = new Thread(r, "gojc-netpoll-deadlines");
        t.setDaemon(true);
        return t;
    });

    static {
        TIMERS.setRemoveOnCancelPolicy(true);
    }

    private static final ConcurrentLinkedQueue<PollDesc> changed = new ConcurrentLinkedQueue<>();
    private static volatile Selector selector;

    /** Starts the thread on the first pollable descriptor. */
    static synchronized void start() {
        if (selector != null) return;
        try {
            selector = Selector.open();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread t = new Thread(Poller::loop, "gojc-netpoll");
        t.setDaemon(true);
        t.start();
    }

    /** pd's waiters changed: the thread recomputes its interest. */
    static void update(PollDesc pd) {
        changed.add(pd);
        selector.wakeup();
    }

    /**
     * A socket channel was closed: a registered one is really closed (its descriptor released,
     * the peer told) only when the selector next deregisters it, so let it run now.
     */
    public static void wakeup() {
        Selector s = selector;
        if (s != null) s.wakeup();
    }

    private static void loop() {
        Selector sel = selector;
        while (true) {
            PollDesc pd;
            while ((pd = changed.poll()) != null) {
                apply(sel, pd);
            }
            try {
                sel.select();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (SelectionKey k : sel.selectedKeys()) {
                pd = (PollDesc) k.attachment();
                try {
                    pd.fired(k.readyOps());
                } catch (CancelledKeyException e) {
                    pd.fired(-1);
                }
                apply(sel, pd);
            }
            sel.selectedKeys().clear();
        }
    }

    /** Brings pd's registration in line with its waiters. */
    private static void apply(Selector sel, PollDesc pd) {
        SelectableChannel ch = pd.channel;
        if (ch == null && !pd.closed) {
            ch = pd.channel = pd.lookUpChannel();
        }
        if (ch == null) {
            pd.fired(-1); // no channel (yet, or any more): let the waiters retry the call
            return;
        }
        SelectionKey k = ch.keyFor(sel);
        if (pd.closed) {
            if (k != null) k.cancel();
            pd.fired(-1);
            return;
        }
        try {
            int ops = pd.interest(ch);
            if (k == null) {
                if (ops != 0) ch.register(sel, ops, pd);
            } else {
                k.interestOps(ops);
            }
        } catch (ClosedChannelException | CancelledKeyException e) {
            pd.fired(-1);
        }
    }
}
