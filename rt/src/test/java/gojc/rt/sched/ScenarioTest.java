package gojc.rt.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Whole programs in child JVMs: exit codes and gc's fatal texts. */
class ScenarioTest {
    static final class Result {
        int exit;
        String out;
        String err;
    }

    static Result run(String scenario, Map<String, String> env) throws IOException, InterruptedException {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        String cp = new File("target/classes").getAbsolutePath() + File.pathSeparator
                + new File("target/test-classes").getAbsolutePath();
        List<String> cmd = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-cp", cp));
        if (scenario.equals("stack-overflow")) {
            cmd.add("-Dgojc.mstack=" + (64 << 20)); // the message still names Go's limit
        }
        cmd.add(Scenario.class.getName());
        cmd.add(scenario);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().putAll(env);
        File out = File.createTempFile("scenario", ".out");
        File err = File.createTempFile("scenario", ".err");
        pb.redirectOutput(out);
        pb.redirectError(err);
        Process p = pb.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(scenario + " did not finish in 60 s");
        }
        Result r = new Result();
        r.exit = p.exitValue();
        r.out = Files.readString(out.toPath(), StandardCharsets.UTF_8);
        r.err = Files.readString(err.toPath(), StandardCharsets.UTF_8);
        out.delete();
        err.delete();
        return r;
    }

    static Result run(String scenario) throws IOException, InterruptedException {
        return run(scenario, Map.of());
    }

    @Test
    void deadlockListsEveryGoroutineWithItsWaitReason() throws Exception {
        Result r = run("deadlock");
        assertEquals(2, r.exit, r.err);
        assertEquals("fatal error: all goroutines are asleep - deadlock!\n"
                + "\n"
                + "goroutine 1 [chan receive]:\n"
                + "\n"
                + "goroutine 17 [select (no cases)]:\n"
                + "created by main.main\n"
                + "\t/tmp/d1.go:5\n"
                + "\n"
                + "goroutine 18 [chan send (nil chan)]:\n"
                + "created by main.main\n"
                + "\t/tmp/d1.go:6\n", r.err);
    }

    @Test
    void deadlockOfUntransformedMainParkedOnItsThread() throws Exception {
        Result r = run("deadlock-untransformed");
        assertEquals(2, r.exit, r.err);
        assertEquals("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\n", r.err);
    }

    @Test
    void mainReturningExitsZeroWhileOthersBlock() throws Exception {
        Result r = run("main-exits");
        assertEquals(0, r.exit, r.err);
        assertEquals("main done\n", r.out);
        assertEquals("", r.err);
    }

    @Test
    void panicInAnyGoroutineEndsTheProcess() throws Exception {
        Result r = run("panic-in-goroutine");
        assertEquals(2, r.exit, r.err);
        assertEquals("panic: boom\n\ngoroutine 17 [running]:\n", r.err);
        assertEquals("", r.out);
    }

    @Test
    void mainGoexitRunsDefersLetsOthersFinishThenDies() throws Exception {
        Result r = run("main-goexit");
        assertEquals(2, r.exit, r.err);
        assertEquals("deferred\nother goroutine done\n", r.out);
        assertEquals("fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n", r.err);
    }

    @Test
    void goOfNilFuncValue() throws Exception {
        Result r = run("nil-go");
        assertEquals(2, r.exit, r.err);
        assertTrue(r.err.startsWith("fatal error: go of nil func value\n\ngoroutine 1 [running]:\n"), r.err);
    }

    @Test
    void stackOverflowIsFatal() throws Exception {
        Result r = run("stack-overflow");
        assertEquals(2, r.exit, r.err);
        assertEquals("runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n", r.err);
    }

    @Test
    void sysmonPreemptsAPollingLoopWithOneP() throws Exception {
        Result r = run("preempt", Map.of("GOMAXPROCS", "1"));
        assertEquals(0, r.exit, r.err);
        assertEquals("preempted spinner after some iterations\n", r.out);
    }

    @Test
    void untransformedFramesParkTheThreadAndHandOffTheP() throws Exception {
        Result r = run("nounwind", Map.of("GOMAXPROCS", "1"));
        assertEquals(0, r.exit, r.err);
        assertEquals("got 42 on the same thread\n", r.out);
    }

    @Test
    void gomaxprocsResizesAndReturnsThePreviousValue() throws Exception {
        Result r = run("gomaxprocs", Map.of("GOMAXPROCS", "2"));
        assertEquals(0, r.exit, r.err);
        assertEquals("GOMAXPROCS 2 3 1\nsum 45\n", r.out);
    }

    @Test
    void mainReturningWaitsForAPanicRunningItsDeferredCalls() throws Exception {
        Result r = run("main-waits-for-panic", Map.of("GOMAXPROCS", "1"));
        assertEquals(2, r.exit, r.err);
        assertEquals("panic: late\n\ngoroutine 17 [running]:\n", r.err);
    }
}
