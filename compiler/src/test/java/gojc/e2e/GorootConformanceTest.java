package gojc.e2e;

import gojc.build.BuildOptions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Guards the committed conformance lists: every Go test-suite case listed as passing must
 * still pass. {@code run.pass} lists {@code // run} cases (output must equal the .out file, exit
 * 0, as test/run.go judges); {@code errorcheck.pass} lists {@code // errorcheck} cases.
 * {@code testdata/conformance/update} recomputes the lists with the shared reference tools.
 */
class GorootConformanceTest {
    static final Path LISTS = GoProgram.ROOT.resolve("testdata/conformance");

    @Test
    void runCasesStillPass() throws Exception {
        List<String> cases = list("run.pass");
        List<String> failures = parallel(cases, c -> {
            Path file = GoProgram.GOTEST.resolve(c);
            GoProgram.Outcome o = GoProgram.buildAndRun(file.getParent(), List.of(file.getFileName().toString()),
                    BuildOptions.DEFAULT);
            String want = GoProgram.readOrEmpty(Path.of(file.toString().replaceFirst("\\.go$", ".out")));
            if (o.exit() != 0) return c + ": exit " + o.exit() + "\n" + o.output();
            if (!o.output().equals(want)) return c + ": output differs:\n" + o.output();
            return null;
        });
        assertTrue(failures.isEmpty(), failures.size() + " of " + cases.size() + " regressed:\n" + String.join("\n", failures));
    }

    @Test
    void errorcheckCasesStillPass() throws Exception {
        List<String> cases = list("errorcheck.pass");
        List<String> failures = parallel(cases, c -> {
            String why = ErrorCheck.check(GoProgram.GOTEST.resolve(c));
            return why == null ? null : c + ": " + why;
        });
        assertTrue(failures.isEmpty(), failures.size() + " of " + cases.size() + " regressed:\n" + String.join("\n", failures));
    }

    private static List<String> list(String name) throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(GoProgram.GOTEST), "no Go test suite at " + GoProgram.GOTEST);
        Path f = LISTS.resolve(name);
        if (!Files.exists(f)) return List.of();
        List<String> out = new ArrayList<>();
        for (String l : Files.readAllLines(f)) {
            l = l.trim();
            if (!l.isEmpty() && !l.startsWith("#")) out.add(l);
        }
        return out;
    }

    interface Case {
        String run(String c) throws Exception;
    }

    /** Runs the cases two at a time (the machines have two cores); returns the failures. */
    static List<String> parallel(List<String> cases, Case body) throws Exception {
        // Big stacks, as the gojc command gives its compiler thread.
        ExecutorService pool = Executors.newFixedThreadPool(2, r -> new Thread(null, r, "case", 1L << 30));
        try {
            List<Future<String>> fs = new ArrayList<>();
            for (String c : cases) {
                fs.add(pool.submit(() -> {
                    try {
                        return body.run(c);
                    } catch (Throwable t) { // a compiler crash on one case is that case's failure
                        return "FAIL " + c + "  (crash: " + t + ")";
                    }
                }));
            }
            List<String> failures = Collections.synchronizedList(new ArrayList<>());
            for (Future<String> f : fs) {
                String r = f.get();
                if (r != null) failures.add(r);
            }
            return failures;
        } finally {
            pool.shutdownNow();
        }
    }
}
