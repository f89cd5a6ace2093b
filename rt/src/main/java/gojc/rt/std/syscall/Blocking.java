package gojc.rt.std.syscall;

import gojc.rt.sched.G;
import gojc.rt.sched.Sched;

import java.io.IOException;

/**
 * A Java call that may wait for long (a read of a terminal or pipe), made as gc makes a
 * blocking system call: between entersyscall and exitsyscall, so that sysmon hands the P to
 * another M and other goroutines keep running while this thread waits.
 */
final class Blocking {
    private Blocking() {}

    interface IoCall {
        int call() throws IOException;
    }

    static int call(IoCall c) throws IOException {
        G g = Sched.getg();
        if (g == null || !Sched.hasP(g)) {
            return c.call();
        }
        Sched.entersyscall(g);
        try {
            return c.call();
        } finally {
            Sched.exitsyscall(g);
        }
    }
}
