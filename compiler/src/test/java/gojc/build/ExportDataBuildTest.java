package gojc.build;

import gojc.linker.JarImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A warm build imports cached std packages from export data: it parses only the user's files. */
class ExportDataBuildTest {
    @TempDir
    Path tmp;

    private static final String IMPORTS = """
            package main

            import (
            \t"container/list"
            \t"math"
            \t"unicode"
            \t"unicode/utf8"
            )
            """;

    @Test
    void warmBuildParsesOnlyUserFiles() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("prog"));
        Files.writeString(dir.resolve("main.go"), IMPORTS + """

                func main() {
                \tl := list.New()
                \tl.PushBack(utf8.RuneLen('é'))
                \tprintln(l.Len(), l.Front().Value.(int), math.MaxInt8, unicode.IsUpper('Q'), math.Sqrt(2) > 1.4)
                }
                """);
        Toolchain tc = new Toolchain(Toolchain.current().goroot(), tmp.resolve("cache"));
        Builder cold = new Builder(tc, new PrintStream(new ByteArrayOutputStream()), dir);
        JarImage first = build(cold);
        assertTrue(cold.cacheMisses() >= 4, "std packages compiled and stored: " + cold.cacheMisses());
        assertTrue(cold.filesParsed() > 10, "cold build parses the std packages: " + cold.filesParsed());

        Builder warm = new Builder(tc, new PrintStream(new ByteArrayOutputStream()), dir);
        JarImage second = build(warm);
        assertEquals(0, warm.cacheMisses());
        assertEquals(cold.cacheMisses(), warm.cacheHits());
        assertEquals(1, warm.filesParsed(), "only main.go is parsed");
        System.out.println("export data: cold build parsed " + cold.filesParsed() + " files (" + cold.cacheMisses()
                + " std packages compiled), warm build " + warm.filesParsed() + " (" + warm.cacheHits() + " from the cache)");
        assertEquals(first.entries().keySet(), second.entries().keySet());
        for (var e : first.entries().entrySet()) {
            assertArrayEquals(e.getValue(), second.entries().get(e.getKey()), e.getKey());
        }
    }

    /** Errors about imported objects read the same whether the import was checked or read back. */
    @Test
    void errorsAgainstExportDataMatchSource() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("bad"));
        Files.writeString(dir.resolve("main.go"), IMPORTS + """

                var _ int = list.New()
                var _ = utf8.RuneError + "x"
                var _ = unicode.Upper.R16[0].Lo + 1.5

                func main() {
                \tl := list.New()
                \tl.PushBack()
                \tl.len = 3
                \t_ = math.Pi + list.Element{}
                }
                """);
        Toolchain tc = new Toolchain(Toolchain.current().goroot(), tmp.resolve("cache"));
        String fromSource = errors(tc, dir, false);
        String fromExport = errors(tc, dir, true);
        assertTrue(fromSource.contains("PushBack"), fromSource);
        assertEquals(fromSource, fromExport);
    }

    private static String errors(Toolchain tc, Path dir, boolean warm) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Builder b = new Builder(tc, new PrintStream(out, true, StandardCharsets.UTF_8), dir);
        assertEquals(2, b.build(List.of("main.go"), BuildOptions.DEFAULT).exitCode());
        assertEquals(warm ? 1 : 0, warm ? b.filesParsed() : b.cacheHits());
        return out.toString(StandardCharsets.UTF_8);
    }

    private static JarImage build(Builder b) {
        BuildResult r = b.build(List.of("main.go"), BuildOptions.DEFAULT);
        assertEquals(0, r.exitCode());
        return r.jar();
    }
}
