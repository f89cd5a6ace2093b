package gojc.types;

import gojc.diag.Diagnostic;
import gojc.diag.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Type-checks every std package of GOROOT/src (linux/amd64). Slow: runs with
 * {@code -Dgojc.std=true}; prints the packages with errors and the totals.
 */
class StdTest {
    static List<String> stdPackages() throws IOException {
        List<String> pkgs = new ArrayList<>();
        Path root = GorootImporter.GOROOT_SRC.toRealPath();
        try (Stream<Path> s = Files.walk(root)) {
            s.filter(Files::isDirectory).forEach(d -> {
                String rel = root.relativize(d).toString().replace('\\', '/');
                if (rel.isEmpty() || rel.equals("builtin") || rel.startsWith("cmd") || rel.startsWith("vendor") || rel.contains("testdata")
                        || rel.contains("/_") || rel.startsWith("_")) {
                    return;
                }
                try (Stream<Path> fs = Files.list(d)) {
                    if (fs.anyMatch(f -> f.toString().endsWith(".go") && !f.toString().endsWith("_test.go"))) pkgs.add(rel);
                } catch (IOException e) {
                    throw new RuntimeException(e);
                }
            });
        }
        pkgs.sort(String::compareTo);
        return pkgs;
    }

    @Test
    @EnabledIfSystemProperty(named = "gojc.std", matches = "true")
    void checkAllStd() throws IOException {
        GorootImporter imp = new GorootImporter();
        long start = System.nanoTime();
        int ok = 0, bad = 0, crashed = 0;
        List<String> failures = new ArrayList<>();
        for (String p : stdPackages()) {
            try {
                imp.importPackage(p);
                Diagnostics d = imp.diags.get(p);
                if (d == null || !d.hasErrors()) {
                    ok++;
                } else {
                    bad++;
                    List<Diagnostic> s = d.sorted();
                    failures.add(p + ": " + s.size() + " errors, first: " + s.get(0));
                }
            } catch (RuntimeException | StackOverflowError e) {
                crashed++;
                failures.add(p + ": CRASH " + e);
            }
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        String summary = "std: " + ok + " packages without errors, " + bad + " with errors, " + crashed
                + " crashed, in " + ms + " ms";
        failures.add(summary);
        Files.write(Path.of("target", "std-report.txt"), failures);
        System.out.println(summary);
        assertEquals(0, bad + crashed, "see target/std-report.txt");
    }
}
