package gojc.syntax;

import gojc.diag.Diagnostic;
import gojc.diag.Diagnostics;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Parses every .go file under GOROOT/src and GOROOT/test. Files gofmt accepts must parse
 * without any diagnostic; for files gofmt rejects, gojc's first error must be on the line of
 * gofmt's first error. gofmt's verdicts come from gofmt-rejects.tsv (tools/gofmt-verdicts.sh).
 * {@code -Dgojc.goroot.sample=N} parses only every N-th accepted file (all rejected ones).
 */
@Tag("goroot")
class ParseGorootTest {
    static final Path GOROOT = Path.of(System.getProperty("gojc.goroot", "/usr/lib/go-1.19"));

    @Test
    void parsesGoroot() throws IOException {
        assumeTrue(Files.isDirectory(GOROOT.resolve("src")), "no GOROOT at " + GOROOT);
        int sample = Integer.getInteger("gojc.goroot.sample", 1);
        Map<String, Integer> rejects = loadRejects();
        int files = 0, accepted = 0, rejected = 0;
        long lines = 0;
        List<String> failures = new ArrayList<>();
        long t0 = System.nanoTime();
        int k = 0;
        for (String dir : List.of("src", "test")) {
            for (Path p : ParseBench.goFiles(GOROOT.resolve(dir))) {
                String rel = GOROOT.relativize(p).toString();
                Integer want = rejects.get(rel);
                if (want == null && k++ % sample != 0) continue;
                byte[] content = Files.readAllBytes(p);
                for (byte b : content) if (b == '\n') lines++;
                Diagnostics d = new Diagnostics();
                Parser.parse(new Source(p, rel), content, d);
                files++;
                if (want == null) {
                    accepted++;
                    if (d.hasErrors()) failures.add("gofmt accepts, gojc reports " + d.sorted().get(0));
                } else {
                    rejected++;
                    if (!d.hasErrors()) {
                        failures.add(rel + ": gofmt reports an error on line " + want + ", gojc none");
                    } else {
                        Diagnostic first = d.sorted().get(0);
                        if (first.pos().line() != want) {
                            failures.add(rel + ": gofmt's first error is on line " + want + ", gojc's: " + first);
                        }
                    }
                }
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf("ParseGorootTest: %d files (%d gofmt-accepted, %d gofmt-rejected), %d lines, %.1f s, %d failures%n",
                files, accepted, rejected, lines, secs, failures.size());
        failures.stream().limit(40).forEach(f -> System.out.println("  " + f));
        assertTrue(failures.isEmpty(), failures.size() + " failures, first: " + (failures.isEmpty() ? "" : failures.get(0)));
    }

    static Map<String, Integer> loadRejects() throws IOException {
        Map<String, Integer> m = new HashMap<>();
        try (InputStream in = ParseGorootTest.class.getResourceAsStream("gofmt-rejects.tsv")) {
            assertNotNull(in, "gofmt-rejects.tsv resource missing");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                int tab = line.indexOf('\t');
                if (tab > 0) m.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1).trim()));
            }
        }
        return m;
    }
}
