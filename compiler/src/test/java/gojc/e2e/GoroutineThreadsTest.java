package gojc.e2e;

import gojc.build.BuildOptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How many platform threads goroutines cost, counted from the JVM's thread log (Ms are the
 * threads started with a stack of hundreds of MB): blocked goroutines that unwind need none of their own,
 * across package boundaries too; a goroutine blocked in a frame that cannot unwind parks one.
 */
class GoroutineThreadsTest {
    private static final Path RUN = GoProgram.ROOT.resolve("testdata/run");

    /** Runs a program with thread logging; returns the number of Ms started. */
    private static int msStarted(Path dir, String what, String wantOutput) throws Exception {
        Path log = Files.createTempFile("gojc-threads-", ".log");
        try {
            GoProgram.Outcome o = GoProgram.buildAndRun(dir, List.of(what), BuildOptions.DEFAULT, Map.of("GOMAXPROCS", "2"),
                    List.of("-Xlog:os+thread:file=" + log));
            assertEquals(0, o.exit(), o.output());
            assertEquals(wantOutput, o.output());
            java.util.regex.Pattern stack = java.util.regex.Pattern.compile("stacksize: (\\d+)k");
            long n = Files.readAllLines(log).stream()
                    .filter(l -> l.contains(" started "))
                    .map(stack::matcher)
                    .filter(m -> m.find() && Long.parseLong(m.group(1)) >= 64 * 1024) // Ms: 256 MB; JVM threads: 1 MB or less
                    .count();
            System.out.println(dir.getFileName() + "/" + what + ": " + n + " Ms started");
            return (int) n;
        } finally {
            Files.deleteIfExists(log);
        }
    }

    @Test
    void hundredThousandGoroutinesBlockedAcrossPackagesNeedFewThreads() throws Exception {
        int ms = msStarted(RUN.resolve("go_xpkg_block"), ".", "sum 250000\n");
        assertTrue(ms >= 1 && ms <= 6, ms + " Ms for 100,000 blocked goroutines with GOMAXPROCS=2");
    }

    @Test
    void goroutinesBlockedInFramesThatCannotUnwindParkTheirThreads() throws Exception {
        int ms = msStarted(RUN, "go_defer_block.go", "held 190\n");
        assertTrue(ms >= 10, ms + " Ms: goroutines blocked in deferred calls should each have parked one");
    }
}
