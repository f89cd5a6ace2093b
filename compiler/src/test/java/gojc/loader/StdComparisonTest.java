package gojc.loader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * With the go command's own identity (linux/amd64, CGO_ENABLED=0), {@code list std} must agree
 * with the real {@code go list std}: the same packages and the same GoFiles and Imports. Skipped
 * when GOROOT has no go binary.
 */
class StdComparisonTest {
    @TempDir
    Path tmp;

    private static List<String> run(Path dir, String... cmd) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        pb.environment().put("CGO_ENABLED", "0");
        pb.environment().put("GOOS", "linux");
        pb.environment().put("GOARCH", "amd64");
        pb.environment().put("GOFLAGS", "");
        pb.environment().put("GOPROXY", "off");
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        List<String> lines = new String(p.getInputStream().readAllBytes()).lines().toList();
        assertEquals(0, p.waitFor(), String.join(" ", cmd));
        return lines;
    }

    private static String line(Package p) {
        return p.importPath() + " [" + String.join(" ", p.goFiles()) + "] [" + String.join(" ", p.imports()) + "]";
    }

    @Test
    void listStdMatchesTheGoCommand() throws Exception {
        Optional<GoRoot> g = GoRoot.find(System.getenv());
        assumeTrue(g.isPresent());
        GoRoot goroot = g.get();
        Path go = goroot.dir().resolve("bin/go");
        assumeTrue(Files.isExecutable(go), "no go binary in " + goroot.dir());

        List<String> want = run(tmp, go.toString(), "list", "-f", "{{.ImportPath}} {{.GoFiles}} {{.Imports}}", "std");
        Map<String, String> env = Map.of("GOOS", "linux", "GOARCH", "amd64");
        Loader loader = new Loader(BuildContext.goCommand(goroot.minor(), env), goroot,
                ModuleCache.fromEnv(System.getenv()), tmp);
        long t0 = System.nanoTime();
        LoadResult r = loader.loadAll(List.of("std"));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        List<String> got = r.roots().stream().map(StdComparisonTest::line).toList();
        assertEquals(want.size(), got.size());
        assertEquals(want, got);
        assertEquals(List.of(), r.errors());
        System.out.printf("list std: %d packages, %d loaded with dependencies, %d ms%n",
                r.roots().size(), r.all().size(), ms);
    }

    /** gojc's own identity differs only where the gojc/purego/math_big_pure_go tags or the GOEXPERIMENT tags matter. */
    @Test
    void gojcIdentityDiffersOnlyByTags() throws Exception {
        Optional<GoRoot> g = GoRoot.find(System.getenv());
        assumeTrue(g.isPresent() && g.get().minor() == 19, "the expected differences are for Go 1.19");
        GoRoot goroot = g.get();
        Map<String, String> env = Map.of();
        LoadResult go = new Loader(BuildContext.goCommand(19, env), goroot, ModuleCache.fromEnv(env), tmp)
                .loadAll(List.of("std"));
        LoadResult own = new Loader(BuildContext.gojc(19, env), goroot, ModuleCache.fromEnv(env), tmp)
                .loadAll(List.of("std"));
        assertEquals(go.roots().stream().map(Package::importPath).toList(),
                own.roots().stream().map(Package::importPath).toList());
        Map<String, List<String>> diffs = new LinkedHashMap<>();
        for (int i = 0; i < go.roots().size(); i++) {
            Package a = go.roots().get(i);
            Package b = own.roots().get(i);
            if (!a.goFiles().equals(b.goFiles()) || !a.sFiles().equals(b.sFiles())) {
                List<String> d = new ArrayList<>();
                for (String f : a.goFiles()) if (!b.goFiles().contains(f)) d.add("-" + f);
                for (String f : b.goFiles()) if (!a.goFiles().contains(f)) d.add("+" + f);
                for (String f : a.sFiles()) if (!b.sFiles().contains(f)) d.add("-" + f);
                diffs.put(a.importPath(), d);
            }
        }
        diffs.forEach((k, v) -> System.out.println("gojc identity: " + k + " " + v));
        assertEquals(List.of(
                "crypto/internal/edwards25519/field",
                "internal/goexperiment",
                "math/big",
                "vendor/golang.org/x/crypto/chacha20poly1305",
                "vendor/golang.org/x/crypto/curve25519/internal/field",
                "vendor/golang.org/x/crypto/internal/poly1305",
                "vendor/golang.org/x/crypto/internal/subtle"), List.copyOf(diffs.keySet()));
        assertEquals(List.of("-exp_regabiargs_on.go", "-exp_regabiwrappers_on.go",
                "+exp_regabiargs_off.go", "+exp_regabiwrappers_off.go"), diffs.get("internal/goexperiment"));
        // purego drops the amd64 assembly of these packages: no overlays needed for them
        assertEquals(List.of("-fe_amd64.go", "+fe_amd64_noasm.go", "-fe_amd64.s"),
                diffs.get("crypto/internal/edwards25519/field"));
        // math_big_pure_go: math/big's portable arithmetic instead of arith_amd64.s
        assertEquals(List.of("-arith_amd64.go", "-arith_decl.go", "+arith_decl_pure.go", "-arith_amd64.s"),
                diffs.get("math/big"));
    }
}
