package gojc.e2e;

import gojc.build.BuildOptions;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * gc's deadlock report with the default traceback: the fatal error, then goroutine 1 with its
 * wait reason. testdata/run cases run with GOTRACEBACK=none (gc's frames show code addresses),
 * so the goroutine lines are checked here.
 */
class DeadlockTest {
    @Test
    void allGoroutinesAsleepNamesEachWaitReason() throws Exception {
        GoProgram.Outcome o = GoProgram.buildAndRun(GoProgram.ROOT.resolve("testdata/fatal"), List.of("deadlock.go"),
                BuildOptions.DEFAULT, Map.of("GOMAXPROCS", "2"));
        assertEquals(2, o.exit(), o.output());
        assertTrue(o.output().startsWith("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\n"),
                o.output());
        assertTrue(o.output().contains("\ngoroutine 17 [select (no cases)]:\n"), o.output());
    }
}
