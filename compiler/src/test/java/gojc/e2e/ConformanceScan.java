package gojc.e2e;

import gojc.build.BuildOptions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Scans the whole Go test suite and writes which cases pass, counted as the shared gosuite.py
 * and errorcheck.py count them, but faster: programs are compiled in this JVM and only those
 * that compile are run (in a child JVM each). Off unless asked for:
 * {@code mvn -o test -pl compiler -Dtest=ConformanceScan -Dgojc.scan=run|errorcheck|all}; the
 * lists land in {@code testdata/conformance/*.scan}.
 */
class ConformanceScan {
    static final List<String> RUN_DIRS = List.of(".", "ken", "chan", "interface", "fixedbugs", "typeparam", "abi");
    static final List<String> ERRORCHECK_DIRS = List.of(".", "ken", "chan", "interface", "fixedbugs", "typeparam", "syntax");

    @Test
    void scan() throws Exception {
        String what = System.getProperty("gojc.scan", "");
        Assumptions.assumeFalse(what.isEmpty(), "scan not requested");
        if (what.equals("run") || what.equals("all")) scanRun();
        if (what.equals("errorcheck") || what.equals("all")) scanErrorcheck();
    }

    private static void scanRun() throws Exception {
        List<String> cases = cases(RUN_DIRS, "// run");
        List<String> lines = GorootConformanceTest.parallel(cases, c -> {
            Path file = GoProgram.GOTEST.resolve(c);
            GoProgram.Outcome o = GoProgram.buildAndRun(file.getParent(), List.of(file.getFileName().toString()),
                    BuildOptions.DEFAULT);
            String want = GoProgram.readOrEmpty(Path.of(file.toString().replaceFirst("\\.go$", ".out")));
            String why = o.exit() != 0 ? "exit " + o.exit() + ": " + firstLine(o.output())
                    : !o.output().equals(want) ? "output differs" : null;
            return (why == null ? "PASS " : "FAIL ") + c + (why == null ? "" : "  (" + why + ")");
        });
        write("run.scan", lines);
    }

    private static void scanErrorcheck() throws Exception {
        List<String> cases = cases(ERRORCHECK_DIRS, "// errorcheck");
        List<String> lines = GorootConformanceTest.parallel(cases, c -> {
            String why = ErrorCheck.check(GoProgram.GOTEST.resolve(c));
            return (why == null ? "PASS " : "FAIL ") + c + (why == null ? "" : "  (" + firstLine(why) + ")");
        });
        write("errorcheck.scan", lines);
    }

    private static String firstLine(String s) {
        String l = s.lines().filter(x -> !x.startsWith("#")).findFirst().orElse("");
        return l.length() > 120 ? l.substring(0, 120) : l;
    }

    private static void write(String name, List<String> lines) throws IOException {
        List<String> sorted = new ArrayList<>(lines);
        sorted.sort(String::compareTo);
        long pass = sorted.stream().filter(l -> l.startsWith("PASS ")).count();
        sorted.add(pass + " passed, " + (sorted.size() - pass) + " failed");
        Files.write(GorootConformanceTest.LISTS.resolve(name), sorted, StandardCharsets.UTF_8);
        System.out.println(name + ": " + pass + " passed, " + (lines.size() - pass) + " failed");
    }

    /** Cases whose first line (after build constraints) is exactly {@code action}, as the shared tools select them. */
    static List<String> cases(List<String> dirs, String action) throws IOException {
        List<String> out = new ArrayList<>();
        for (String d : dirs) {
            Path base = GoProgram.GOTEST.resolve(d);
            if (!Files.isDirectory(base)) continue;
            try (Stream<Path> s = Files.list(base)) {
                for (Path p : (Iterable<Path>) s.sorted()::iterator) {
                    if (p.toString().endsWith(".go") && Files.isRegularFile(p) && action.equals(firstAction(p))) {
                        out.add(GoProgram.GOTEST.relativize(p).toString());
                    }
                }
            }
        }
        return out;
    }

    private static String firstAction(Path p) throws IOException {
        for (String l : Files.readAllLines(p, StandardCharsets.ISO_8859_1)) {
            String s = l.strip();
            if (s.isEmpty() || s.startsWith("//go:build") || s.startsWith("// +build")) continue;
            return s;
        }
        return "";
    }
}
