package gojc.loader;

import gojc.loader.GoMod.ModuleVersion;
import gojc.loader.GoMod.Replace;
import gojc.loader.GoMod.Require;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The main module and the modules it requires, with replacements applied. Since Go 1.17 the
 * main go.mod lists every module that provides a package in the build (graph pruning), so its
 * require list is the build list for import resolution; no MVS walk is needed for such modules.
 */
final class ModuleGraph {
    private final Module main;
    private final GoMod mod;
    private final ModuleCache cache;
    private final boolean vendor;
    private final Map<String, Module> vendorPackages; // vendored package -> its module (modules.txt)
    private final List<Module> required = new ArrayList<>();

    private ModuleGraph(Module main, GoMod mod, ModuleCache cache, boolean vendor, Map<String, Module> vendorPackages) {
        this.main = main;
        this.mod = mod;
        this.cache = cache;
        this.vendor = vendor;
        this.vendorPackages = vendorPackages;
    }

    static ModuleGraph load(Path goModFile, ModuleCache cache, GoRoot goroot) throws IOException, GoMod.ParseError {
        GoMod mod = GoMod.read(goModFile, true);
        if (mod.module() == null || mod.module().isEmpty()) {
            throw new GoMod.ParseError(List.of(goModFile + ": no module declaration in go.mod. To specify the module path:\n\tgo mod edit -module=example.com/mod"));
        }
        Path root = goModFile.getParent();
        String goVersion = mod.go() != null ? mod.go() : goroot.goVersion();
        Module main = new Module(mod.module(), "", root, goModFile, goVersion, true, null);
        Path modulesTxt = root.resolve("vendor/modules.txt");
        boolean vendor = Files.isDirectory(root.resolve("vendor")) && versionAtLeast(goVersion, 1, 14)
                && !"-mod=mod".equals(System.getenv("GOFLAGS"));
        Map<String, Module> vp = new HashMap<>();
        if (vendor && Files.isRegularFile(modulesTxt)) {
            readModulesTxt(Files.readAllLines(modulesTxt), root.resolve("vendor"), vp, goroot);
        }
        ModuleGraph g = new ModuleGraph(main, mod, cache, vendor, vp);
        for (Require r : mod.requires()) g.required.add(g.moduleFor(r.mod(), root, goroot));
        return g;
    }

    Module main() {
        return main;
    }

    boolean vendorMode() {
        return vendor;
    }

    /** A required module after replacement: a local directory or a module cache directory. */
    private Module moduleFor(ModuleVersion req, Path root, GoRoot goroot) {
        Replace rep = null;
        for (Replace r : mod.replaces()) {
            if (!r.old().path().equals(req.path())) continue;
            if (r.old().version().equals(req.version())) {
                rep = r;
                break;
            }
            if (r.old().version().isEmpty() && rep == null) rep = r; // a versioned replace wins
        }
        Path dir;
        if (rep == null) {
            dir = cache.dir(req.path(), req.version());
        } else if (rep.isLocal()) {
            dir = root.resolve(rep.replacement().path()).normalize();
        } else {
            dir = cache.dir(rep.replacement().path(), rep.replacement().version());
        }
        Path goMod = dir.resolve("go.mod");
        if (rep == null && !Files.isRegularFile(goMod)) goMod = cache.goModFile(req.path(), req.version());
        return new Module(req.path(), req.version(), dir, goMod, goVersionOf(goMod, goroot), false,
                rep == null ? null : rep.replacement());
    }

    /** A dependency's go directive; the GOROOT's version when its go.mod says nothing. */
    private static String goVersionOf(Path goMod, GoRoot goroot) {
        try {
            if (Files.isRegularFile(goMod)) {
                GoMod m = GoMod.read(goMod, false);
                if (m.go() != null) return m.go();
            }
        } catch (IOException | GoMod.ParseError e) {
            // a dependency's broken go.mod shows up when its packages fail to load
        }
        return goroot.goVersion();
    }

    static boolean versionAtLeast(String v, int major, int minor) {
        String[] p = v.split("\\.");
        int a = Integer.parseInt(p[0]);
        int b = p.length > 1 ? Integer.parseInt(p[1]) : 0;
        return a > major || a == major && b >= minor;
    }

    /** vendor/modules.txt: "# module version [=> replacement]" lines, then its package paths. */
    private static void readModulesTxt(List<String> lines, Path vendorDir, Map<String, Module> out, GoRoot goroot) {
        Module current = null;
        for (String line : lines) {
            if (line.startsWith("# ")) {
                String[] f = line.substring(2).trim().split("\\s+");
                if (f.length >= 2 && f[1].startsWith("v")) {
                    ModuleVersion rep = null;
                    int arrow = List.of(f).indexOf("=>");
                    if (arrow > 0 && arrow + 1 < f.length) {
                        rep = new ModuleVersion(f[arrow + 1], arrow + 2 < f.length ? f[arrow + 2] : "");
                    }
                    current = new Module(f[0], f[1], vendorDir.resolve(f[0]), null, goroot.goVersion(), false, rep);
                } else {
                    current = null;
                }
            } else if (line.startsWith("## ") && current != null) {
                for (String part : line.substring(3).split(";")) {
                    part = part.trim();
                    if (part.startsWith("go ")) {
                        current = new Module(current.path(), current.version(), current.dir(), null,
                                part.substring(3).trim(), false, current.replace());
                    }
                }
            } else if (!line.isBlank() && !line.startsWith("#") && current != null) {
                out.put(line.trim(), current);
            }
        }
    }

    /** Resolves a non-std import path against the main module, vendor/ or the required modules. */
    Loader.Resolution resolve(String path, boolean pathIsStd, GoRoot goroot) {
        String rel = within(path, main.path());
        if (vendor) {
            Path mainDir = rel == null ? null : main.dir().resolve(rel);
            Path vendorDir = main.dir().resolve("vendor").resolve(path);
            boolean mainOk = mainDir != null && hasGoFiles(mainDir);
            boolean vendorOk = hasGoFiles(vendorDir);
            if (mainOk && vendorOk) {
                return new Loader.Resolution(path, null, false, null, "ambiguous import: found package " + path
                        + " in multiple directories:\n\t" + mainDir + "\n\t" + vendorDir);
            }
            if (!vendorOk && mainDir != null) return new Loader.Resolution(path, mainDir, false, main, null);
            Module m = vendorPackages.get(path);
            if (!Files.isDirectory(vendorDir)) {
                return new Loader.Resolution(path, vendorDir, false, m, "cannot find package \".\" in:\n\t" + vendorDir);
            }
            return new Loader.Resolution(path, vendorDir, false, m, null);
        }
        List<Module> found = new ArrayList<>();
        List<Path> dirs = new ArrayList<>();
        if (rel != null && hasGoFiles(main.dir().resolve(rel))) {
            found.add(main);
            dirs.add(main.dir().resolve(rel));
        }
        for (Module m : required) {
            String r = within(path, m.path());
            if (r == null) continue;
            Path d = m.dir().resolve(r);
            if (hasGoFiles(d)) {
                found.add(m);
                dirs.add(d);
            }
        }
        if (found.size() == 1) return new Loader.Resolution(path, dirs.get(0), false, found.get(0), null);
        if (found.size() > 1) {
            StringBuilder b = new StringBuilder("ambiguous import: found package " + path + " in multiple modules:");
            for (int i = 0; i < found.size(); i++) {
                Module m = found.get(i);
                b.append("\n\t").append(m.path()).append(m.version().isEmpty() ? "" : " " + m.version())
                        .append(" (").append(dirs.get(i)).append(")");
            }
            return new Loader.Resolution(path, null, false, null, b.toString());
        }
        if (pathIsStd) {
            return new Loader.Resolution(path, goroot.src().resolve(path), false, null,
                    "package " + path + " is not in GOROOT (" + goroot.src().resolve(path) + ")");
        }
        for (Module m : required) {
            if (within(path, m.path()) != null && !Files.isDirectory(m.dir())) {
                return new Loader.Resolution(path, null, false, m, "gojc: module " + m.path() + "@" + m.version()
                        + " is not in the module cache (" + m.dir() + "); run 'go mod download " + m.path() + "'");
            }
        }
        return new Loader.Resolution(path, null, false, null,
                "no required module provides package " + path + "; to add it:\n\tgo get " + path);
    }

    /** The path of {@code path} inside module {@code mod} ("" for the module root), or null. */
    static String within(String path, String mod) {
        if (path.equals(mod)) return "";
        if (path.startsWith(mod + "/")) return path.substring(mod.length() + 1);
        return null;
    }

    static boolean hasGoFiles(Path dir) {
        if (!Files.isDirectory(dir)) return false;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.go")) {
            for (Path f : ds) {
                if (Files.isRegularFile(f)) return true;
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }
}
