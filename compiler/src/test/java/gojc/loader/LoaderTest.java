package gojc.loader;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class LoaderTest {
    @TempDir
    Path tmp;
    GoRoot goroot;

    @BeforeEach
    void findGoroot() {
        Optional<GoRoot> g = GoRoot.find(System.getenv());
        assumeTrue(g.isPresent() && g.get().minor() >= 19, "needs a Go 1.19+ GOROOT");
        goroot = g.get();
    }

    private void write(String rel, String text) throws IOException {
        Path p = tmp.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private Loader loader(String dir) {
        return new Loader(BuildContext.gojc(goroot.minor(), Map.of()), goroot,
                new ModuleCache(tmp.resolve("modcache")), tmp.resolve(dir));
    }

    private static Package find(LoadResult r, String path) {
        return r.all().stream().filter(p -> p.importPath().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("not loaded: " + path));
    }

    @Test
    void moduleWithReplaceModuleCacheAndStd() throws IOException {
        write("m/go.mod", """
                module example.com/m

                go 1.18

                require (
                \texample.com/dep v1.0.0
                \texample.com/Cached v1.2.0
                )

                replace example.com/dep => ../dep
                """);
        write("m/main.go", """
                package main

                import (
                \t"fmt"
                \t"example.com/m/util"
                \t"example.com/dep"
                \tc "example.com/Cached/sub"
                )

                func main() { fmt.Println(util.X, dep.Y, c.Z) }
                """);
        write("m/util/util.go", "package util\n\nimport \"strings\"\n\nvar X = strings.ToUpper(\"x\")\n");
        write("m/util/util_windows.go", "package util\n\nimport \"syscall\"\n");
        write("m/util/other.go", "//go:build !gojc\n\npackage util\n\nimport \"os\"\n");
        write("m/util/_skip.go", "package util\n");
        write("m/util/cgo.go", "package util\n\nimport \"C\"\n");
        write("m/util/u_test.go", "package util\n\nimport \"testing\"\n");
        write("m/util/x_test.go", "package util_test\n\nimport \"example.com/m/util\"\n");
        write("m/util/asm_amd64.s", "TEXT ·f(SB),0,$0\n");
        write("m/util/asm_arm64.s", "TEXT ·f(SB),0,$0\n");
        write("dep/go.mod", "module example.com/dep\n\ngo 1.16\n");
        write("dep/dep.go", "package dep\n\nvar Y = 1\n");
        write("modcache/example.com/!cached@v1.2.0/go.mod", "module example.com/Cached\n\ngo 1.17\n");
        write("modcache/example.com/!cached@v1.2.0/sub/z.go", "package sub\n\nimport \"net\"\n\nvar Z net.IP\n");

        Loader l = loader("m");
        LoadResult r = l.loadAll(List.of("."));
        assertEquals(List.of(), r.errors());
        assertFalse(r.hasErrors(), () -> r.all().stream().filter(p -> p.error() != null).map(p -> p.error().toString()).toList().toString());
        Package main = r.roots().get(0);
        assertEquals("example.com/m", main.importPath());
        assertEquals("main", main.name());
        assertEquals(List.of("example.com/Cached/sub", "example.com/dep", "example.com/m/util", "fmt"), main.imports());
        assertEquals("1.18", main.goVersion());
        assertTrue(main.module().main());

        Package util = find(r, "example.com/m/util");
        assertEquals(List.of("util.go"), util.goFiles());
        assertEquals(List.of(
                new Package.IgnoredFile("cgo.go", "imports \"C\" (cgo is disabled)"),
                new Package.IgnoredFile("other.go", "build constraints exclude it"),
                new Package.IgnoredFile("util_windows.go", "file name excludes linux/amd64")), util.ignoredGoFiles());
        assertEquals(List.of("u_test.go"), util.testGoFiles());
        assertEquals(List.of("x_test.go"), util.xTestGoFiles());
        assertEquals(List.of("asm_amd64.s"), util.sFiles());
        assertEquals(List.of("strings"), util.imports());

        Package dep = find(r, "example.com/dep");
        assertEquals(tmp.resolve("dep").normalize(), dep.dir());
        assertEquals("1.16", dep.goVersion());
        assertEquals("../dep", dep.module().replace().path());

        Package cached = find(r, "example.com/Cached/sub");
        assertEquals(tmp.resolve("modcache/example.com/!cached@v1.2.0/sub"), cached.dir());
        assertEquals("1.17", cached.goVersion());
        assertEquals("v1.2.0", cached.module().version());

        // std: net's golang.org/x import resolves to GOROOT/src/vendor
        Package net = find(r, "net");
        assertTrue(net.isStandard());
        assertEquals("vendor/golang.org/x/net/dns/dnsmessage", net.importMap().get("golang.org/x/net/dns/dnsmessage"));
        assertTrue(net.imports().contains("vendor/golang.org/x/net/dns/dnsmessage"));
        assertEquals(goroot.goVersion(), net.goVersion());

        // dependencies come before their importers, and every package once
        List<String> order = r.all().stream().map(Package::importPath).toList();
        assertEquals(order.size(), order.stream().distinct().count());
        for (Package p : r.all()) {
            for (Package q : p.importedPackages()) {
                assertTrue(order.indexOf(q.importPath()) < order.indexOf(p.importPath()), q + " before " + p);
            }
        }
        assertEquals("example.com/m", order.get(order.size() - 1));
        assertEquals("unsafe", order.stream().filter(s -> s.equals("unsafe")).findFirst().orElseThrow());

        // patterns
        assertEquals(List.of("example.com/m", "example.com/m/util"),
                l.loadAll(List.of("./...")).roots().stream().map(Package::importPath).toList());
        assertEquals(List.of("example.com/m/util"),
                loader("m").loadAll(List.of("./util")).roots().stream().map(Package::importPath).toList());
        assertEquals(List.of("example.com/m/util"),
                loader("m").loadAll(List.of("example.com/m/util")).roots().stream().map(Package::importPath).toList());
    }

    @Test
    void vendorDirectory() throws IOException {
        write("v/go.mod", "module example.com/v\n\ngo 1.19\n\nrequire example.com/lib v1.0.0\n");
        write("v/vendor/modules.txt", "# example.com/lib v1.0.0\n## explicit; go 1.15\nexample.com/lib\n");
        write("v/vendor/example.com/lib/lib.go", "package lib\n");
        write("v/main.go", "package main\n\nimport (\n\t\"example.com/lib\"\n\t\"foo/bar\"\n)\n");
        LoadResult r = loader("v").loadAll(List.of("."));
        Package lib = find(r, "example.com/lib");
        assertNull(lib.error());
        assertEquals(tmp.resolve("v/vendor/example.com/lib"), lib.dir());
        assertEquals("1.15", lib.goVersion());
        assertEquals("v1.0.0", lib.module().version());
        Package missing = find(r, "foo/bar");
        assertEquals("main.go:5:2: cannot find package \".\" in:\n\t" + tmp.resolve("v/vendor/foo/bar"),
                missing.error().toString());
        assertTrue(r.roots().get(0).incomplete());
    }

    @Test
    void missingPackagesUseGoCommandTexts() throws IOException {
        write("m/go.mod", "module example.com/m\n\ngo 1.19\n");
        write("m/main.go", "package main\n\nimport (\n\t\"foo/bar\"\n\t\"example.com/x\"\n\t\"example.com/m/empty\"\n)\n");
        write("m/empty/README", "nothing\n");
        LoadResult r = loader("m").loadAll(List.of("."));
        assertEquals("main.go:4:2: package foo/bar is not in GOROOT (" + goroot.src().resolve("foo/bar") + ")",
                find(r, "foo/bar").error().toString());
        assertEquals("main.go:5:2: no required module provides package example.com/x; to add it:\n\tgo get example.com/x",
                find(r, "example.com/x").error().toString());
        assertEquals("main.go:6:2: no required module provides package example.com/m/empty; to add it:\n\tgo get example.com/m/empty",
                find(r, "example.com/m/empty").error().toString());
        assertEquals(3, r.roots().get(0).depsErrors().size());
    }

    @Test
    void noGoModAndNoGoFiles() throws IOException {
        write("plain/a.go", "package main\n\nimport \"example.com/x\"\n");
        LoadResult r = loader("plain").loadAll(List.of("a.go"));
        Package p = r.roots().get(0);
        assertEquals(Package.COMMAND_LINE, p.importPath());
        assertEquals(goroot.goVersion(), p.goVersion());
        assertEquals("a.go:3:8: no required module provides package example.com/x: " + Loader.NO_MOD_ROOT,
                find(r, "example.com/x").error().toString());
        assertEquals(List.of("go: " + Loader.NO_MOD_ROOT), loader("plain").loadAll(List.of(".")).errors());

        write("m/go.mod", "module example.com/m\n\ngo 1.19\n");
        write("m/none/x.txt", "");
        write("m/excl/x.go", "//go:build windows\n\npackage excl\n");
        assertEquals("no Go files in " + tmp.resolve("m/none"),
                loader("m").loadAll(List.of("./none")).roots().get(0).error().toString());
        assertEquals("build constraints exclude all Go files in " + tmp.resolve("m/excl"),
                loader("m").loadAll(List.of("./excl")).roots().get(0).error().toString());
    }

    @Test
    void commandLineFilesIgnoreConstraints() throws IOException {
        write("m/go.mod", "module example.com/m\n\ngo 1.17\n");
        write("m/cmd/a.go", "package main\n\nimport \"os\"\n");
        write("m/cmd/b_windows.go", "//go:build windows\n\npackage main\n\nimport \"strings\"\n");
        write("m/cmd/c.go", "package main\n");
        LoadResult r = loader("m").loadAll(List.of("cmd/b_windows.go", "cmd/a.go"));
        Package p = r.roots().get(0);
        assertEquals(List.of("a.go", "b_windows.go"), p.goFiles());
        assertEquals(List.of("os", "strings"), p.imports());
        assertEquals("1.17", p.goVersion());
        write("m/top.go", "package main\n");
        assertEquals(List.of("named files must all be in one directory; have cmd and ."),
                loader("m").loadAll(List.of("cmd/a.go", "top.go")).errors());
        assertEquals("stat " + tmp.resolve("m/nowhere") + ": directory not found",
                loader("m").loadAll(List.of("./nowhere")).roots().get(0).error().toString());
    }

    @Test
    void importCycleAndMixedPackagesAndInternal() throws IOException {
        write("m/go.mod", "module example.com/m\n\ngo 1.19\n");
        write("m/a/a.go", "package a\n\nimport \"example.com/m/b\"\n");
        write("m/b/b.go", "package b\n\nimport \"example.com/m/a\"\n");
        LoadResult r = loader("m").loadAll(List.of("./a"));
        PackageError e = find(r, "example.com/m/a").error();
        assertNotNull(e);
        assertTrue(e.isImportCycle());
        assertEquals("package example.com/m/a\n\timports example.com/m/b\n\timports example.com/m/a: import cycle not allowed",
                e.toString());

        write("m/two/x.go", "package x\n");
        write("m/two/y.go", "package y\n");
        assertEquals("found packages x (x.go) and y (y.go) in " + tmp.resolve("m/two"),
                loader("m").loadAll(List.of("./two")).roots().get(0).error().toString());

        write("m/c/c.go", "package c\n\nimport \"internal/abi\"\n");
        Package c = loader("m").loadAll(List.of("./c")).roots().get(0);
        assertNull(c.error());
        assertEquals("package example.com/m/c\n\tc/c.go:3:8: use of internal package internal/abi not allowed",
                c.importErrors().get(0).toString());
        assertTrue(c.incomplete());
    }
}
