package gojc.e2e;

import gojc.build.BuildOptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The end-to-end cases: each {@code testdata/run/NAME.go} (or folder {@code NAME/}) is built and
 * run; stdout and stderr together must equal {@code NAME.out}, and the exit code
 * {@code NAME.exit} (0 when absent). Expected outputs come from the real Go 1.19.
 */
class RunTestdataTest {
    static final Path RUN = GoProgram.ROOT.resolve("testdata/run");

    @TestFactory
    Stream<DynamicTest> testdataRun() throws IOException {
        List<Path> cases;
        if (!Files.isDirectory(RUN)) return Stream.empty();
        try (Stream<Path> s = Files.list(RUN)) {
            cases = s.filter(p -> p.toString().endsWith(".go") || Files.isDirectory(p)).sorted().toList();
        }
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(c)));
    }

    @TestFactory
    Stream<DynamicTest> hello() {
        return Stream.of(DynamicTest.dynamicTest("testdata/hello", () -> {
            GoProgram.Outcome o = GoProgram.buildAndRun(GoProgram.ROOT.resolve("testdata/hello"), List.of("main.go"),
                    BuildOptions.DEFAULT);
            assertEquals(0, o.exit(), o.output());
            assertEquals("hello, world\n", o.output());
        }));
    }

    /**
     * Jars run on any JVM from 11 on: a sample of the cases (scheduler, channels, preemption,
     * panics, reflection, fmt, os, signals, the stack) again on JDK 25 where it is installed
     * ($JDK25, else Temurin's path on Debian).
     */
    @TestFactory
    Stream<DynamicTest> onJdk25() {
        Path jdk25 = Path.of(System.getenv().getOrDefault("JDK25", "/usr/lib/jvm/temurin-25-jdk-amd64"));
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(jdk25.resolve("bin/java")), "no JDK 25 at " + jdk25);
        return Stream.of("chan_select.go", "go_many.go", "go_preempt.go", "go_goexit_main.go", "go_deep_recursion.go",
                "go_panic_running.go", "panicframes.go", "reflect_makefunc.go", "fmt_verbs.go", "os_files.go",
                "os_signal.go", "time_timer.go", "finalizers.go", "init_lockosthread.go", "initdiamond")
                .map(n -> DynamicTest.dynamicTest(n + " on JDK 25", () -> check(jdk25, RUN.resolve(n))));
    }

    private static void check(Path c) throws Exception {
        check(Path.of(System.getProperty("java.home")), c);
    }

    private static void check(Path javaHome, Path c) throws Exception {
        String name = c.getFileName().toString().replaceFirst("\\.go$", "");
        List<String> what = Files.isDirectory(c) ? List.of(".") : List.of(c.getFileName().toString());
        Path dir = Files.isDirectory(c) ? c : c.getParent();
        // NAME.env: KEY=VALUE lines for the program's environment (GOMAXPROCS, GOTRACEBACK)
        java.util.Map<String, String> env = new java.util.HashMap<>();
        for (String line : GoProgram.readOrEmpty(RUN.resolve(name + ".env")).split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) env.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
        }
        GoProgram.Outcome o = GoProgram.buildAndRun(javaHome, dir, what, BuildOptions.DEFAULT, env, List.of());
        String wantOut = GoProgram.readOrEmpty(RUN.resolve(name + ".out"));
        String exitFile = GoProgram.readOrEmpty(RUN.resolve(name + ".exit")).trim();
        int wantExit = exitFile.isEmpty() ? 0 : Integer.parseInt(exitFile);
        assertEquals(wantOut, o.output(), "output of " + name);
        assertEquals(wantExit, o.exit(), "exit code of " + name + "; output:\n" + o.output());
    }
}
