package gojc.e2e;

import gojc.build.BuildOptions;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Unbounded recursion ends with gc's stack-overflow fatal error from the frame that overflowed
 * (no deferred call runs, exit 2). The M stack is lowered to 16 MB here to keep the test fast;
 * the handling does not depend on the size.
 */
class StackLimitTest {
    @Test
    void unboundedRecursionIsGcsFatalStackOverflow() throws Exception {
        GoProgram.Outcome o = GoProgram.buildAndRun(GoProgram.ROOT.resolve("testdata/fatal"), List.of("stack_overflow.go"),
                BuildOptions.DEFAULT, Map.of(), List.of("-Dgojc.mstack=16000000"));
        assertEquals("runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n", o.output());
        assertEquals(2, o.exit());
    }
}
