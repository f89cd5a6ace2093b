package gojc.e2e;

import gojc.build.BuildOptions;
import gojc.build.BuildResult;
import gojc.build.Builder;
import gojc.build.Toolchain;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** runtime.main's observable steps: init tracing, and jars that do not depend on when they were built. */
class ProgramStartTest {
    private static final Path DIAMOND = GoProgram.ROOT.resolve("testdata/run/initdiamond");

    @Test
    void inittraceLinesHaveGcsFormat() throws Exception {
        GoProgram.Outcome o = GoProgram.buildAndRun(DIAMOND, List.of("."), BuildOptions.DEFAULT,
                Map.of("GODEBUG", "inittrace=1"));
        assertEquals(0, o.exit(), o.output());
        Pattern line = Pattern.compile("init (\\S+) @[0-9.]+ ms, [0-9.]+ ms clock, [0-9]+ bytes, [0-9]+ allocs");
        List<String> traced = o.output().lines().filter(l -> l.startsWith("init ") && l.contains(" ms clock"))
                .peek(l -> assertTrue(line.matcher(l).matches(), "not gc's format: " + l))
                .map(l -> l.split(" ")[1]).toList();
        assertEquals(List.of("example.com/diamond/a", "example.com/diamond/b", "example.com/diamond/c",
                "example.com/diamond"), traced);
    }

    @Test
    void buildingTwiceGivesIdenticalJars() {
        assertArrayEquals(build(), build());
    }

    private static byte[] build() {
        PrintStream err = new PrintStream(new ByteArrayOutputStream());
        BuildResult r = new Builder(Toolchain.current(), err, DIAMOND).build(List.of("."), BuildOptions.DEFAULT);
        assertEquals(0, r.exitCode());
        return r.jar().toBytes();
    }
}
