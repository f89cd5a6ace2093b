package gojc.types;

import gojc.diag.Diagnostics;
import gojc.syntax.Directive;
import gojc.syntax.File;
import gojc.syntax.Parser;
import gojc.syntax.Source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A test importer: checks GOROOT/src packages from source, recursively, for linux/amd64 with a
 * crude build-constraint filter (the real loader is gojc.loader's).
 */
final class GorootImporter implements Importer {
    static final Path GOROOT_SRC = Path.of("/usr/lib/go-1.19/src");
    private static final Set<String> GOOS = Set.of("aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos",
            "ios", "js", "linux", "nacl", "netbsd", "openbsd", "plan9", "solaris", "windows", "zos");
    private static final Set<String> GOARCH = Set.of("386", "amd64", "amd64p32", "arm", "armbe", "arm64", "arm64be",
            "loong64", "mips", "mipsle", "mips64", "mips64le", "mips64p32", "mips64p32le", "ppc", "ppc64", "ppc64le",
            "riscv", "riscv64", "s390", "s390x", "sparc", "sparc64", "wasm");

    private final Map<String, Package> done = new HashMap<>();
    final Map<String, Diagnostics> diags = new HashMap<>();
    final Map<String, Info> infos = new HashMap<>();

    @Override
    public Package importPackage(String path) {
        if (done.containsKey(path)) return done.get(path);
        if (path.indexOf('\0') >= 0 || path.startsWith("/") || path.contains("..")) return null;
        Path dir = GOROOT_SRC.resolve(path);
        if (!Files.isDirectory(dir)) {
            Path vendored = GOROOT_SRC.resolve("vendor").resolve(path);
            if (Files.isDirectory(vendored)) dir = vendored;
            else return null;
        }
        done.put(path, null); // import cycles resolve to "not found"
        Diagnostics errs = new Diagnostics();
        List<File> files = parseDir(dir, errs);
        Info info = new Info();
        Package p = Checker.check(path, files, this, "go1.19", errs, info);
        done.put(path, p);
        diags.put(path, errs);
        infos.put(path, info);
        return p;
    }

    static List<File> parseDir(Path dir, Diagnostics errs) {
        List<File> files = new ArrayList<>();
        List<Path> paths;
        try (Stream<Path> s = Files.list(dir)) {
            paths = s.filter(p -> p.toString().endsWith(".go")).sorted().toList();
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
        for (Path p : paths) {
            String name = p.getFileName().toString();
            if (name.endsWith("_test.go") || !fileNameMatches(name)) continue;
            try {
                byte[] content = Files.readAllBytes(p);
                File f = Parser.parse(new Source(p, p.toString()), content, errs);
                if (f == null || !constraintsMatch(f)) continue;
                if (f.imports().stream().anyMatch(i -> i.path().value().equals("\"C\""))) continue;
                files.add(f);
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        }
        return files;
    }

    static boolean fileNameMatches(String name) {
        String base = name.substring(0, name.length() - 3);
        String[] parts = base.split("_");
        int n = parts.length;
        if (n >= 3 && GOOS.contains(parts[n - 2]) && GOARCH.contains(parts[n - 1])) {
            return parts[n - 2].equals("linux") && parts[n - 1].equals("amd64");
        }
        if (n >= 2 && GOOS.contains(parts[n - 1])) return parts[n - 1].equals("linux");
        if (n >= 2 && GOARCH.contains(parts[n - 1])) return parts[n - 1].equals("amd64");
        return true;
    }

    static boolean constraintsMatch(File f) {
        for (Directive d : f.directives()) {
            if (d.name().equals("go:build")) {
                return new BuildExpr(d.args()).eval();
            }
        }
        return true;
    }

    /** Evaluates a //go:build expression for linux/amd64, gc, go1.19, no cgo. */
    static final class BuildExpr {
        private final String s;
        private int i;

        BuildExpr(String s) {
            this.s = s;
        }

        boolean eval() {
            boolean v = or();
            return v;
        }

        private void ws() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        }

        private boolean or() {
            boolean v = and();
            ws();
            while (s.startsWith("||", i)) {
                i += 2;
                boolean w = and();
                v = v || w;
                ws();
            }
            return v;
        }

        private boolean and() {
            boolean v = not();
            ws();
            while (s.startsWith("&&", i)) {
                i += 2;
                boolean w = not();
                v = v && w;
                ws();
            }
            return v;
        }

        private boolean not() {
            ws();
            if (i < s.length() && s.charAt(i) == '!') {
                i++;
                return !not();
            }
            if (i < s.length() && s.charAt(i) == '(') {
                i++;
                boolean v = or();
                ws();
                i++; // ')'
                return v;
            }
            int st = i;
            while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) == '.')) i++;
            return tag(s.substring(st, i));
        }

        private static boolean tag(String t) {
            if (t.startsWith("go1.")) {
                try {
                    return Integer.parseInt(t.substring(4)) <= 19;
                } catch (NumberFormatException e) {
                    return false;
                }
            }
            return switch (t) {
                case "linux", "amd64", "unix", "gc", "goexperiment.regabiwrappers", "goexperiment.regabiargs" -> true;
                default -> false;
            };
        }
    }
}
