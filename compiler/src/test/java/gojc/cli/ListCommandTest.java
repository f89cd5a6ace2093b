package gojc.cli;

import gojc.loader.GoRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ListCommandTest {
    @TempDir
    Path tmp;

    private record Run(int status, String out, String err) {
    }

    private Run list(String... args) {
        assumeTrue(GoRoot.find(System.getenv()).isPresent());
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("GOMODCACHE", tmp.resolve("modcache").toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new CommandLine(new ListCommand(new PrintStream(out, true), new PrintStream(err, true),
                tmp.resolve("m"), env)).execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    private void write(String rel, String text) throws IOException {
        Path p = tmp.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    @Test
    void plainAndJson() throws IOException {
        write("m/go.mod", "module example.com/m\n\ngo 1.19\n");
        write("m/main.go", "package main\n\nimport \"example.com/m/lib\"\n\nfunc main() { lib.F() }\n");
        write("m/lib/lib.go", "package lib\n\nfunc F() {}\n");
        write("m/lib/lib_windows.go", "package lib\n");

        Run r = list("./...");
        assertEquals(0, r.status(), r.err());
        assertEquals("example.com/m\nexample.com/m/lib\n", r.out());

        r = list("-json", "./lib");
        assertEquals(0, r.status(), r.err());
        assertEquals("""
                {
                \t"Dir": "%s",
                \t"ImportPath": "example.com/m/lib",
                \t"Name": "lib",
                \t"Module": {
                \t\t"Path": "example.com/m",
                \t\t"Main": true,
                \t\t"Dir": "%s",
                \t\t"GoMod": "%s",
                \t\t"GoVersion": "1.19"
                \t},
                \t"Match": [
                \t\t"./lib"
                \t],
                \t"GoFiles": [
                \t\t"lib.go"
                \t],
                \t"IgnoredGoFiles": [
                \t\t"lib_windows.go"
                \t]
                }
                """.formatted(tmp.resolve("m/lib"), tmp.resolve("m"), tmp.resolve("m/go.mod")), r.out());
    }

    @Test
    void errorsFailUnlessDashE() throws IOException {
        write("m/go.mod", "module example.com/m\n\ngo 1.19\n");
        write("m/main.go", "package main\n\nimport \"example.com/nope\"\n");
        Run r = list(".");
        assertEquals(0, r.status(), "go list reports only the listed packages' own errors");
        assertEquals("example.com/m\n", r.out());
        r = list("-deps", ".");
        assertEquals(1, r.status());
        assertEquals("", r.out());
        assertEquals("main.go:3:8: no required module provides package example.com/nope; to add it:\n\tgo get example.com/nope\n",
                r.err());
        r = list("-e", "-json", ".");
        assertEquals(0, r.status());
        assertTrue(r.out().contains("\"Incomplete\": true"), r.out());
        assertTrue(r.out().contains("\"DepsErrors\": ["), r.out());
    }
}
