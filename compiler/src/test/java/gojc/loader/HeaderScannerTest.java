package gojc.loader;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class HeaderScannerTest {
    private static FileHeader scan(String s) {
        return HeaderScanner.scan(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void packageAndGroupedImports() {
        FileHeader h = scan("""
                // Copyright
                /* block
                   comment */
                package foo // trailing

                import "fmt"
                import (
                \t"os"
                \t_ "embed"
                \t. "strings"
                \tx `raw/path`
                \t"a/b"; "c"
                )

                import "after/group"

                func main() { import_ := "no" }
                """);
        assertNull(h.error());
        assertEquals("foo", h.packageName());
        assertEquals(List.of("fmt", "os", "embed", "strings", "raw/path", "a/b", "c", "after/group"),
                h.imports().stream().map(ImportSpec::path).toList());
        assertEquals("_", h.imports().get(2).name());
        assertEquals(".", h.imports().get(3).name());
        assertEquals("x", h.imports().get(4).name());
        ImportSpec fmt = h.imports().get(0);
        assertEquals(6, fmt.line());
        assertEquals(8, fmt.col());
        String header = new String(h.header(), StandardCharsets.UTF_8);
        assertTrue(header.endsWith("import \"after/group\""), header);
    }

    @Test
    void stopsAtFirstOtherDeclaration() {
        FileHeader h = scan("package p\nvar x = 1\nimport \"late\"\n");
        assertNull(h.error());
        assertEquals(List.of(), h.imports());
    }

    @Test
    void importC() {
        assertTrue(scan("package p\n/*\n#include <x.h>\n*/\nimport \"C\"\n").importsC());
    }

    @Test
    void escapesInImportPaths() {
        assertEquals("a/b", scan("package p\nimport \"a\\x2fb\"\n").imports().get(0).path());
    }

    @Test
    void longHeadersAreReadInFull(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        // imports that start beyond the first 8 KiB chunk, and a keyword cut by the chunk's end
        for (int pad : new int[] {9000, 8192 - "package p\n".length() - 3, 100}) {
            String src = "package p\n" + "/*" + "x".repeat(pad) + "*/\nimport \"late/import\"\n"
                    + "func f() {}\n" + "// filler\n".repeat(2000);
            java.nio.file.Path f = dir.resolve("f" + pad + ".go");
            java.nio.file.Files.writeString(f, src);
            FileHeader h = HeaderScanner.read(f);
            assertNull(h.error(), h.error());
            assertEquals(List.of("late/import"), h.imports().stream().map(ImportSpec::path).toList(), "pad " + pad);
        }
    }

    @Test
    void errors() {
        assertEquals("1:1: expected 'package', found 'EOF'", scan("").error());
        assertEquals("1:1: expected 'package', found foo", scan("foo").error());
        assertEquals("2:8: expected 'STRING', found 'func'", scan("package p\nimport func").error());
        assertNotNull(scan("package p\nimport \"unterminated\n").error());
        assertNotNull(scan("package p /* open").error());
    }
}
