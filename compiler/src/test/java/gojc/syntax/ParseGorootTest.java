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
 * By default only every 8th gofmt-accepted file is parsed (and every rejected one), which keeps
 * a normal {@code mvn test} well under a minute; {@code -Dgojc.goroot.sample=1} parses all
 * (about 2.2 million lines; ParseBench measures the speed).
 *
 * gc's parser and go/parser (gofmt's) draw the line between syntax and type errors a little
 * differently; the two documented lists below are the only allowances:
 * errors gc's parser reports that go/parser leaves to go/types, and errors go/parser reports
 * that gc's parser accepts (types2 reports them). Diagnostics of the first kind are ignored
 * when comparing; a gofmt verdict of the second kind is not checked.
 */
@Tag("goroot")
class ParseGorootTest {
    static final Path GOROOT = Path.of(System.getProperty("gojc.goroot", "/usr/lib/go-1.19"));

    /** Messages of gc's parser (cmd/compile/internal/syntax) that go/parser does not report. */
    static final List<String> GC_PARSER_ONLY = List.of(
            "method has no receiver", "method has multiple receivers",
            "syntax error: cannot parenthesize embedded type",
            "syntax error: cannot declare in post statement of for loop",
            "must not be parenthesized");

    /** First-error messages of go/parser for code gc's parser accepts. */
    static final List<String> GOPARSER_ONLY = List.of(
            "missing constant value", "invalid import path", "expected array length, found '...'",
            "expected identifier on left side of :=");

    /** Files whose gofmt verdict cannot be compared, and why. */
    static final List<String> GOPARSER_ONLY_FILES = List.of(
            // go/parser rejects a type used as an expression; gc's parser leaves that to types2.
            "test/fixedbugs/bug340.go", // case 0: in a type switch
            "test/fixedbugs/bug358.go", // func type as a return value
            "test/fixedbugs/issue11614.go", // (interface{int}) as a statement
            "test/fixedbugs/issue20233.go", "test/fixedbugs/issue20245.go", // func(...A) as a value
            // go/parser puts an error at EOF on the last line, gc on the line after the final newline.
            "test/fixedbugs/issue24801.go",
            // Positions here go through //line directives, which gojc does not apply yet.
            "test/fixedbugs/issue15611.go", "test/fixedbugs/issue18393.go",
            // gc reports "missing statement after label" at the label (as gojc does), go/parser at the next token.
            "test/fixedbugs/bug274.go",
            // gc reads `t [t[0]]t` as a type parameter list (error); gojc as an array type.
            "src/cmd/compile/internal/syntax/testdata/typeset.go");

    static boolean gcParserOnly(Diagnostic d) {
        return GC_PARSER_ONLY.stream().anyMatch(m -> d.message().contains(m));
    }

    @Test
    void parsesGoroot() throws IOException {
        assumeTrue(Files.isDirectory(GOROOT.resolve("src")), "no GOROOT at " + GOROOT);
        int sample = Integer.getInteger("gojc.goroot.sample", 8);
        Map<String, Integer> rejects = loadRejects();
        int files = 0, accepted = 0, rejected = 0, unchecked = 0;
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
                List<Diagnostic> errs = d.sorted().stream().filter(e -> !gcParserOnly(e)).toList();
                if (want == null) {
                    accepted++;
                    if (!errs.isEmpty()) failures.add("gofmt accepts, gojc reports " + errs.get(0));
                } else if (want < 0 || GOPARSER_ONLY_FILES.contains(rel)) {
                    unchecked++;
                } else {
                    rejected++;
                    if (errs.isEmpty()) {
                        failures.add(rel + ": gofmt reports an error on line " + want + ", gojc none");
                    } else {
                        Diagnostic first = errs.get(0);
                        if (first.pos().line() != want) {
                            failures.add(rel + ": gofmt's first error is on line " + want + ", gojc's: " + first);
                        }
                    }
                }
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf("ParseGorootTest: %d files (%d gofmt-accepted, %d gofmt-rejected, %d go/parser-only verdicts "
                        + "not checked), %d lines, %.1f s, %d failures%n",
                files, accepted, rejected, unchecked, lines, secs, failures.size());
        failures.stream().limit(100).forEach(f -> System.out.println("  " + f));
        assertTrue(failures.isEmpty(), failures.size() + " failures, first: " + (failures.isEmpty() ? "" : failures.get(0)));
    }

    /** path -> gofmt's first error line, or -1 if that error is one gc's parser does not make. */
    static Map<String, Integer> loadRejects() throws IOException {
        Map<String, Integer> m = new HashMap<>();
        try (InputStream in = ParseGorootTest.class.getResourceAsStream("gofmt-rejects.tsv")) {
            assertNotNull(in, "gofmt-rejects.tsv resource missing");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split("\t", 3);
                if (f.length < 2) continue;
                String msg = f.length > 2 ? f[2] : "";
                boolean goParserOnly = GOPARSER_ONLY.stream().anyMatch(msg::startsWith);
                m.put(f[0], goParserOnly ? -1 : Integer.parseInt(f[1].trim()));
            }
        }
        return m;
    }
}
