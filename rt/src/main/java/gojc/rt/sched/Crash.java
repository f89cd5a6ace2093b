package gojc.rt.sched;

import gojc.rt.Exit;
import java.util.ArrayList;
import java.util.List;

/** The scheduler's fatal errors: deadlock detection and gc's goroutine listing; exit 2. */
final class Crash {
    private Crash() {}

    /** checkdead, Sched.lock held: no M can run anything and nothing will ever wake. */
    static void checkdead() {
        if (!Sched.deadlockDetection) {
            return;
        }
        int run = Sched.mcount - Sched.nmidle - Sched.nmidleLocked;
        if (run > 0) {
            return;
        }
        if (Sched.runqsize > 0) {
            return;
        }
        for (P p : Sched.allp) {
            if (!p.runqEmpty()) {
                return;
            }
        }
        if (Sched.mainGoexited && Sched.ngoroutines.get() == 0) {
            fatalNoTrace("no goroutines (main called runtime.Goexit) - deadlock!");
        }
        if (Sched.earliestTimer() != 0) {
            return; // a timer will fire; the timer waiter or sysmon runs it
        }
        if (IoWait.waiting.get() > 0) {
            return; // the netpoller readies goroutines waiting for I/O, as gc's netpoll does
        }
        fatalGoroutines("all goroutines are asleep - deadlock!");
    }

    private static void fatalNoTrace(String msg) {
        Sched.panicking.incrementAndGet();
        writeStderr("fatal error: " + msg + "\n");
        Exit.exit(2);
    }

    /** gc's fatal with a traceback: the message, then every live goroutine's header. */
    static void fatalGoroutines(String msg) {
        Sched.panicking.incrementAndGet();
        StringBuilder sb = new StringBuilder("fatal error: ").append(msg).append('\n');
        if (gojc.rt.Panics.TRACEBACK_NONE) {
            writeStderr(sb.toString());
            Exit.exit(2);
        }
        List<G> gs;
        synchronized (Sched.lock) {
            gs = new ArrayList<>(Sched.allgs);
        }
        gs.sort((a, b) -> Long.compare(a.goid, b.goid));
        for (G g : gs) {
            int s = g.status;
            if (s == G.DEAD || s == G.IDLE) {
                continue;
            }
            sb.append("\ngoroutine ").append(g.goid).append(" [").append(statusText(g)).append("]:\n");
            if (g.createdBy != null) {
                int tab = g.createdBy.indexOf('\t');
                if (tab >= 0) {
                    sb.append("created by ").append(g.createdBy, 0, tab).append("\n\t")
                            .append(g.createdBy.substring(tab + 1)).append('\n');
                } else {
                    sb.append("created by ").append(g.createdBy).append('\n');
                }
            }
        }
        writeStderr(sb.toString());
        Exit.exit(2);
    }

    private static String statusText(G g) {
        switch (g.status) {
            case G.RUNNABLE:
                return "runnable";
            case G.RUNNING:
                return "running";
            case G.SYSCALL:
                return "syscall";
            case G.WAITING:
                return g.waitReason != null ? g.waitReason : "waiting";
            default:
                return "unknown";
        }
    }

    static void writeStderr(String s) {
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        gojc.rt.Stdio.writeStderr(b, 0, b.length);
    }

    /** A user-visible fatal error from the runtime (gc's fatal/throw). */
    static RuntimeException fatal(String msg) {
        fatalNoTrace(msg);
        return new IllegalStateException(msg);
    }
}
