package gojc.rt.sched;

import gojc.rt.Program;
import gojc.rt.RuntimeMain;
import gojc.rt.Stdio;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whole programs run in a child JVM by {@link ScenarioTest} through {@link RuntimeMain}, as the
 * linker's entry class would: their exit code and output are what is tested.
 */
public final class Scenario extends Program {
    private final String name;

    private Scenario(String name) {
        this.name = name;
    }

    public static void main(String[] args) {
        RuntimeMain.run(new Scenario(args[0]), new String[0]);
    }

    @Override
    protected String[] packages() {
        return new String[0];
    }

    @Override
    protected void initPackage(int i) {
        throw new IllegalStateException();
    }

    /** The untransformed main.main: blocking operations park the thread. */
    @Override
    protected void mainMain() {
        G g = Sched.getg();
        switch (name) {
            case "deadlock-untransformed": {
                Chan c = Chan.make(0, 0L);
                Chan.recv(g, c);
                out("not reached");
                return;
            }
            default:
                throw new IllegalArgumentException(name);
        }
    }

    /** main.main as transformed code: g is passed and unwinding is possible. */
    @Override
    protected void mainMain(G g) {
        switch (name) {
            case "deadlock-untransformed":
                super.mainMain(g);
                return;
            case "deadlock":
                deadlock(g);
                return;
            case "main-exits":
                mainExits(g);
                return;
            case "panic-in-goroutine":
                panicInGoroutine(g);
                return;
            case "main-goexit":
                mainGoexit(g);
                return;
            case "nil-go":
                Sched.newproc(g, null, "main.main\tx.go:3");
                return;
            case "stack-overflow":
                stackOverflow(g);
                return;
            case "preempt":
                preempt(g);
                return;
            case "nounwind":
                noUnwind(g);
                return;
            case "gomaxprocs":
                gomaxprocs(g);
                return;
            case "main-waits-for-panic":
                if (g.rewinding) { // resumed in the Gosched below
                    Sched.Gosched(g);
                    return;
                }
                Sched.newproc(g, new GoFunc() {
                    int yields;

                    @Override
                    public void run(G g) {
                        if (!g.rewinding) {
                            Sched.panicDefersStarted(); // a panic running its deferred calls
                        }
                        for (; yields < 3; yields++) {
                            Sched.Gosched(g);
                            if (g.unwinding) {
                                return;
                            }
                        }
                        throw gojc.rt.Panics.panic(gojc.rt.GoString.fromJava("late"));
                    }
                }, null);
                Sched.Gosched(g); // the goroutine starts panicking, then main.main returns
                return;
            default:
                throw new IllegalArgumentException(name);
        }
    }

    static void out(String s) {
        byte[] b = (s + "\n").getBytes(StandardCharsets.UTF_8);
        Stdio.writeStdout(b, 0, b.length);
    }

    /** go func() { select {} }(); go func() { var c chan int; c <- 1 }(); <-make(chan int) */
    private static void deadlock(G g) {
        Chan c = null;
        if (g.rewinding) {
            c = (Chan) g.popFrame().l[0];
        } else {
            Sched.newproc(g, new GoFunc() {
                @Override
                public void run(G g) {
                    Select.select(g, new Chan[0], new Object[0], 0, true);
                }
            }, "main.main\t/tmp/d1.go:5");
            Sched.newproc(g, new GoFunc() {
                @Override
                public void run(G g) {
                    Chan.send(g, null, 1L);
                }
            }, "main.main\t/tmp/d1.go:6");
            c = Chan.make(0, 0L);
        }
        Chan.recv(g, c);
        if (g.unwinding) {
            Frame f = new Frame(1, 0, 0, 1);
            f.l[0] = c;
            g.pushFrame(f);
        }
    }

    /** A goroutine blocks forever, another spins on sleeps; main returns: exit 0. */
    private static void mainExits(G g) {
        Sched.newproc(g, new GoFunc() {
            @Override
            public void run(G g) {
                Chan.recv(g, Chan.make(0, 0L));
            }
        }, null);
        out("main done");
    }

    private static void panicInGoroutine(G g) {
        if (!g.rewinding) {
            Sched.newproc(g, new GoFunc() {
                @Override
                public void run(G g) {
                    throw gojc.rt.Panics.panic(gojc.rt.GoString.fromJava("boom"));
                }
            }, null);
        }
        Sched.Sleep(g, 2_000_000_000L);
        if (g.unwinding) {
            return; // no locals to save
        }
        out("main woke: the panic did not end the process");
    }

    /** defer println("deferred"); go func() { time.Sleep(50ms) }(); runtime.Goexit() */
    private static void mainGoexit(G g) {
        g.pushDefer(new Defer() {
            @Override
            public void run(G g) {
                out("deferred");
            }
        });
        Sched.newproc(g, new GoFunc() {
            @Override
            public void run(G g) {
                Sched.Sleep(g, 50_000_000L);
                if (g.unwinding) {
                    return;
                }
                out("other goroutine done");
            }
        }, null);
        throw Sched.Goexit(g);
    }

    private static void stackOverflow(G g) {
        Chan done = Chan.make(0, 0L);
        Sched.newproc(g, new GoFunc() {
            @Override
            public void run(G g) {
                recurse(g, 0);
            }
        }, null);
        Chan.recv(g, done); // parks; the overflow ends the process
    }

    static long recurse(G g, long n) {
        return recurse(g, n + 1) + 1;
    }

    /**
     * With GOMAXPROCS=1: a goroutine spins polling a flag that only main sets; main can run
     * again only if sysmon preempts the spinner.
     */
    private static void preempt(G g) {
        int pc = 0;
        AtomicBoolean stop = null;
        Chan result = null;
        if (g.rewinding) {
            Frame f = g.popFrame();
            pc = f.pc;
            stop = (AtomicBoolean) f.l[0];
            result = (Chan) f.l[1];
        } else {
            stop = new AtomicBoolean();
            result = Chan.make(1, 0L);
            AtomicBoolean s = stop;
            Chan r = result;
            Sched.newproc(g, new GoFunc() {
                @Override
                public void run(G g) {
                    long iters = Compiled.spinUntil(g, s);
                    if (g.unwinding) {
                        return;
                    }
                    Chan.send(g, r, iters); // buffered: never blocks
                }
            }, null);
        }
        switch (pc) {
            case 0:
            case 1:
                Sched.Gosched(g); // the spinner takes the only P
                if (g.unwinding) {
                    g.pushFrame(frame(1, stop, result));
                    return;
                }
                stop.set(true);
                // fall through
            case 2:
                Object iters = Chan.recv(g, result);
                if (g.unwinding) {
                    g.pushFrame(frame(2, stop, result));
                    return;
                }
                out("preempted spinner after " + ((Long) iters > 0 ? "some" : "no") + " iterations");
                return;
            default:
                throw new IllegalStateException();
        }
    }

    private static Frame frame(int pc, Object a, Object b) {
        Frame f = new Frame(pc, 0, 0, 2);
        f.l[0] = a;
        f.l[1] = b;
        return f;
    }

    /**
     * With GOMAXPROCS=1: a goroutine in untransformed code receives from c, parking its
     * thread; main can send only if the P was handed off. The receiver resumes on its thread.
     */
    private static void noUnwind(G g) {
        int pc = 0;
        Chan c = null;
        Chan result = null;
        if (g.rewinding) {
            Frame f = g.popFrame();
            pc = f.pc;
            c = (Chan) f.l[0];
            result = (Chan) f.l[1];
        } else {
            c = Chan.make(0, 0L);
            result = Chan.make(1, null);
            Chan cc = c;
            Chan r = result;
            Sched.newproc(g, new GoFunc() {
                @Override
                public void run(G g) {
                    g.noUnwind++;
                    Thread before = Thread.currentThread();
                    Object v = Chan.recv(g, cc);
                    boolean same = before == Thread.currentThread();
                    g.noUnwind--;
                    Chan.send(g, r, "got " + v + (same ? " on the same thread" : " on another thread"));
                }
            }, null);
        }
        switch (pc) {
            case 0:
            case 1:
                Chan.send(g, c, 42L);
                if (g.unwinding) {
                    g.pushFrame(frame(1, c, result));
                    return;
                }
                // fall through
            case 2:
                Object msg = Chan.recv(g, result);
                if (g.unwinding) {
                    g.pushFrame(frame(2, c, result));
                    return;
                }
                out((String) msg);
                return;
            default:
                throw new IllegalStateException();
        }
    }

    /** GOMAXPROCS stops the world, resizes and returns the previous value; goroutines still run. */
    @SuppressWarnings("unchecked")
    private static void gomaxprocs(G g) {
        Chan c;
        java.util.List<Object> got;
        if (g.rewinding) {
            Frame f = g.popFrame();
            c = (Chan) f.l[0];
            got = (java.util.List<Object>) f.l[1];
        } else {
            int a = Sched.GOMAXPROCS(g, 3);
            int b = Sched.GOMAXPROCS(g, 1);
            int d = Sched.GOMAXPROCS(g, 0);
            out("GOMAXPROCS " + a + " " + b + " " + d);
            c = Chan.make(0, 0L);
            got = new java.util.ArrayList<>();
            for (int i = 0; i < 10; i++) {
                long v = i;
                Chan cc = c;
                Sched.newproc(g, new GoFunc() {
                    @Override
                    public void run(G g) {
                        Chan.send(g, cc, v);
                    }
                }, null);
            }
        }
        Compiled.drain(g, c, 10, got);
        if (g.unwinding) {
            g.pushFrame(frame(1, c, got));
            return;
        }
        long sum = 0;
        for (Object v : got) {
            sum += (Long) v;
        }
        out("sum " + sum);
    }
}
