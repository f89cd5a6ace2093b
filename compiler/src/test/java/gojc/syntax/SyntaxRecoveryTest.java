package gojc.syntax;

import gojc.diag.Diagnostics;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Golden files for several syntax errors per file: each recovery/NAME.go has NAME.want, the
 * output of the real Go 1.19 compiler ({@code go tool compile -e NAME.go}). gojc's parser must
 * report the same errors (positions, //line remapping, texts) and no others.
 */
class SyntaxRecoveryTest {
    static final Path DIR = Path.of("src/test/resources/gojc/syntax/recovery");

    @TestFactory
    Stream<DynamicTest> sameErrorsAsGc() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".go")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            String name = f.getFileName().toString();
            String want = Files.readString(DIR.resolve(name.replace(".go", ".want")));
            Diagnostics d = new Diagnostics();
            Parser.parse(new Source(f, name), Files.readAllBytes(f), d);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            d.print(new PrintStream(out, true, StandardCharsets.UTF_8), true);
            assertEquals(want, out.toString(StandardCharsets.UTF_8));
        }));
    }

    @Test
    void tooManyErrorsAtTheTenthAsGc() throws IOException {
        Path f = DIR.resolve("toomany.go");
        Diagnostics d = new Diagnostics();
        Parser.parse(new Source(f, "toomany.go"), Files.readAllBytes(f), d);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        d.print(new PrintStream(out, true, StandardCharsets.UTF_8), false);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(11, lines.length);
        assertEquals("toomany.go:13:4: too many errors", lines[10]);
    }
}
