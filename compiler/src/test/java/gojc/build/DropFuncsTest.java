package gojc.build;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DropFuncsTest {
    private static String drop(String src, String... names) {
        return new String(DropFuncs.apply(src.getBytes(StandardCharsets.UTF_8), Set.of(names)), StandardCharsets.UTF_8);
    }

    @Test
    void dropsMethodKeepingPositions() {
        String src = "package os\n\nfunc (f *File) WriteString(s string) (int, error) {\n\treturn 0, nil\n}\n\nfunc Keep() {}\n";
        String out = drop(src, "File.WriteString");
        assertEquals(src.length(), out.length());
        assertEquals("package os\n\n" + " ".repeat(51) + "\n" + " ".repeat(14) + "\n \n\nfunc Keep() {}\n", out);
    }

    @Test
    void dropsOneLineFunctionOnly() {
        String src = "package p\n\nfunc A() int { return 1 }\nfunc AB() int { return 2 }\n";
        assertEquals("package p\n\n" + " ".repeat(25) + "\nfunc AB() int { return 2 }\n", drop(src, "A"));
    }

    @Test
    void dropsImportsOnlyTheDroppedCodeUsed() {
        String src = "package p\n\nimport (\n\t\"errors\"\n\t\"unsafe\"\n)\n\nfunc A() { _ = unsafe.Sizeof(0) }\n\nvar E = errors.New(\"x\")\n";
        String out = drop(src, "A");
        assertEquals("package p\n\nimport (\n\t\"errors\"\n" + " ".repeat(9) + "\n)\n\n" + " ".repeat(33)
                + "\n\nvar E = errors.New(\"x\")\n", out);
    }

    @Test
    void names() {
        assertEquals("T.M", DropFuncs.declName("func (t T) M() {"));
        assertEquals("T.M", DropFuncs.declName("func (*T[E]) M(x int) {"));
        assertEquals("F", DropFuncs.declName("func F[T any](x T) {"));
    }
}
