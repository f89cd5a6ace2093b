package gojc.loader;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds and reads packages as the go command does in module mode: std in GOROOT/src (with
 * GOROOT/src/vendor for std's golang.org/x imports), the main module found by walking up to
 * go.mod, its vendor directory when vendoring, local replacements, and the module cache. Only
 * file headers are read; the build driver parses the chosen files later.
 */
public final class Loader {
    static final String NO_MOD_ROOT =
            "go.mod file not found in current directory or any parent directory; see 'go help modules'";

    private final BuildContext ctx;
    private final GoRoot goroot;
    private final ModuleCache cache;
    private final Path workDir;
    private final ModuleGraph modules; // null outside a module
    private final String modError;     // a broken go.mod, reported by every load

    private final Map<String, Package> packages = new HashMap<>();
    private final Map<Path, Boolean> hasGoFiles = new HashMap<>();
    private Overlay overlay; // std replacement files, null for none (go list shows std as it is)

    public Loader(BuildContext ctx, GoRoot goroot, ModuleCache cache, Path workDir) {
        this.ctx = ctx;
        this.goroot = goroot;
        this.cache = cache;
        this.workDir = workDir.toAbsolutePath().normalize();
        ModuleGraph g = null;
        String err = null;
        Path modFile = findGoMod(this.workDir);
        if (modFile != null) {
            try {
                g = ModuleGraph.load(modFile, cache, goroot);
            } catch (GoMod.ParseError e) {
                err = "go: errors parsing go.mod:\n" + e.getMessage();
            } catch (IOException e) {
                err = "go: " + e.getMessage();
            }
        }
        this.modules = g;
        this.modError = err;
    }

    /** A loader for the environment: GOROOT, GOMODCACHE and GOOS/GOARCH overrides. */
    public static Loader forEnvironment(Path workDir, Map<String, String> env, boolean gojcIdentity) {
        GoRoot root = GoRoot.find(env).orElseThrow(
                () -> new IllegalStateException("gojc: cannot find GOROOT; set $GOROOT"));
        BuildContext c = gojcIdentity ? BuildContext.gojc(root.minor(), env) : BuildContext.goCommand(root.minor(), env);
        return new Loader(c, root, ModuleCache.fromEnv(env), workDir);
    }

    /** Applies {@code o} to the std packages loaded from now on. */
    public void setOverlay(Overlay o) { this.overlay = o; }

    public BuildContext context() { return ctx; }
    public GoRoot goroot() { return goroot; }
    /** The main module, or null when the working directory is in no module. */
    public Module mainModule() { return modules == null ? null : modules.main(); }

    static Path findGoMod(Path dir) {
        for (Path d = dir; d != null; d = d.getParent()) {
            Path f = d.resolve("go.mod");
            if (Files.isRegularFile(f)) return f;
        }
        return null;
    }

    // ---------------------------------------------------------------- patterns

    /** Loads the packages matched by the patterns and everything they import. */
    public LoadResult loadAll(List<String> patterns) {
        List<String> errors = new ArrayList<>();
        if (modError != null) {
            return new LoadResult(List.of(), List.of(), List.of(modError));
        }
        if (patterns.isEmpty()) patterns = List.of(".");
        LinkedHashMap<String, Package> roots = new LinkedHashMap<>();
        if (patterns.stream().anyMatch(s -> s.endsWith(".go"))) {
            Package p = commandLineFiles(patterns, errors);
            if (p != null) roots.put(p.importPath, p);
        } else {
            for (String pat : patterns) {
                for (Package p : match(pat, errors)) {
                    p.match.add(pat);
                    roots.putIfAbsent(p.importPath, p);
                }
            }
        }
        List<Package> order = new ArrayList<>();
        Set<Package> seen = new HashSet<>();
        for (Package p : roots.values()) {
            p.depOnly = false;
            loadDeps(p, new ArrayList<>(List.of(p.importPath)), new HashSet<>());
        }
        for (Package p : roots.values()) postOrder(p, seen, order);
        return new LoadResult(new ArrayList<>(roots.values()), order, errors);
    }

    static void postOrder(Package p, Set<Package> seen, List<Package> out) {
        if (!seen.add(p)) return;
        for (Package q : p.importedPackages.values()) postOrder(q, seen, out);
        out.add(p);
    }

    private List<Package> match(String pat, List<String> errors) {
        List<Package> out = new ArrayList<>();
        if (pat.equals("std")) {
            for (String path : walk(goroot.src(), "", x -> true, true)) {
                out.add(packageAt(path, goroot.src().resolve(path), true, null));
            }
            return out;
        }
        if (Patterns.isMeta(pat)) {
            errors.add("gojc: not yet supported: pattern \"" + pat + "\"");
            return out;
        }
        if (Patterns.isLocal(pat)) {
            boolean dots = pat.contains("...");
            String base = dots ? pat.substring(0, pat.indexOf("...")) : pat;
            Path dir = workDir.resolve(base.isEmpty() ? "." : base).normalize();
            if (dots && base.endsWith("/") || dots && base.isEmpty()) {
                // "./..." and "dir/...": every package directory below dir
            } else if (dots) {
                dir = dir.getParent();
            }
            String prefix = dirToImportPath(dir, errors);
            if (prefix == null) return out;
            if (!dots) {
                Package p = packageForDir(prefix, dir);
                out.add(p);
                return out;
            }
            Path walkRoot = dir;
            String patPath = prefix + pat.substring(base.length() - (base.endsWith("/") ? 1 : 0));
            if (base.isEmpty() || base.equals("./")) patPath = prefix.isEmpty() ? "..." : prefix + "/...";
            var m = Patterns.matcher(patPath);
            for (String path : walk(walkRoot, prefix, m, false)) {
                Path d = prefix.isEmpty() ? walkRoot.resolve(path) : walkRoot.resolve(path.substring(prefix.length()).replaceFirst("^/", ""));
                out.add(packageForDir(path, d));
            }
            if (out.isEmpty()) errors.add("go: warning: \"" + pat + "\" matched no packages");
            return out;
        }
        if (pat.contains("...")) {
            var m = Patterns.matcher(pat);
            for (String path : walk(goroot.src(), "", m, true)) {
                out.add(packageAt(path, goroot.src().resolve(path), true, null));
            }
            if (modules != null) {
                Module mm = modules.main();
                for (String path : walk(mm.dir(), mm.path(), m, false)) {
                    out.add(packageAt(path, mm.dir().resolve(path.substring(mm.path().length()).replaceFirst("^/", "")), false, mm));
                }
            }
            if (out.isEmpty()) errors.add("go: warning: \"" + pat + "\" matched no packages");
            return out;
        }
        out.add(loadImport(pat, null, "", new ArrayList<>()));
        return out;
    }

    /** The package in a directory named on the command line, keyed by its import path. */
    private Package packageForDir(String importPath, Path dir) {
        if (!Files.isDirectory(dir) && !packages.containsKey(importPath)) {
            Package p = new Package(importPath, dir);
            p.error = new PackageError(List.of(), "", "stat " + dir + ": directory not found");
            p.loaded = true;
            packages.put(importPath, p);
            return p;
        }
        boolean std = dir.startsWith(goroot.src());
        Module m = std ? null : modules == null ? null : modules.main();
        return packageAt(importPath, dir, std, m);
    }

    /** Import path of a directory named by a relative pattern; null (with an error) if none. */
    private String dirToImportPath(Path dir, List<String> errors) {
        if (dir.startsWith(goroot.src())) {
            return goroot.src().relativize(dir).toString().replace('\\', '/');
        }
        if (modules == null) {
            errors.add("go: " + NO_MOD_ROOT);
            return null;
        }
        Module mm = modules.main();
        if (!dir.startsWith(mm.dir())) {
            errors.add("directory " + shortPath(dir) + " outside main module or its selected dependencies");
            return null;
        }
        String rel = mm.dir().relativize(dir).toString().replace('\\', '/');
        return rel.isEmpty() ? mm.path() : mm.path() + "/" + rel;
    }

    /**
     * Package directories below root whose import paths match: directories with at least one
     * .go file (tests included) for this identity. Skips ".", "_" and testdata trees and nested
     * modules; std keeps GOROOT/src/vendor, modules drop their vendor trees.
     */
    private List<String> walk(Path root, String rootPath, java.util.function.Predicate<String> m, boolean std) {
        List<String> out = new ArrayList<>();
        walkDir(root, root, rootPath, m, std, out);
        out.sort(null);
        return out;
    }

    private void walkDir(Path root, Path dir, String path, java.util.function.Predicate<String> m, boolean std,
                         List<String> out) {
        if (!dir.equals(root)) {
            String elem = dir.getFileName().toString();
            if (elem.startsWith(".") || elem.startsWith("_") || elem.equals("testdata")) return;
            if (Files.isRegularFile(dir.resolve("go.mod"))) return;
            if (!std && elem.equals("vendor")) return;
        }
        boolean skip = std && (path.isEmpty() || path.equals("builtin") || path.equals("runtime/cgo") && !ctx.cgoEnabled());
        if (!skip && m.test(path) && isPackageDir(path, dir)) out.add(path);
        List<Path> subdirs = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) subdirs.add(p);
            }
        } catch (IOException e) {
            return;
        }
        for (Path s : subdirs) {
            String name = s.getFileName().toString();
            walkDir(root, s, path.isEmpty() ? name : path + "/" + name, m, std, out);
        }
    }

    /**
     * Like the go command's ScanDir: some .go file (test files too) is built for this identity.
     * The package read here is kept for the caller; a directory that is no package is forgotten.
     */
    private boolean isPackageDir(String path, Path dir) {
        boolean cached = packages.containsKey(path);
        Package p = packageForDir(path, dir);
        boolean any = !p.goFiles.isEmpty() || !p.testGoFiles.isEmpty() || !p.xTestGoFiles.isEmpty()
                || !p.invalidGoFiles.isEmpty();
        if (!any && !cached) packages.remove(path);
        return any;
    }

    // ---------------------------------------------------------------- command-line files

    private Package commandLineFiles(List<String> files, List<String> errors) {
        Path dir = null;
        String dirArg = null;
        List<String> names = new ArrayList<>();
        for (String f : files) {
            if (!f.endsWith(".go")) {
                errors.add("named files must be .go files: " + f);
                return null;
            }
            Path p = workDir.resolve(f).normalize();
            if (!Files.isRegularFile(p)) {
                errors.add("stat " + f + ": no such file or directory");
                return null;
            }
            Path parentArg = Path.of(f).getParent();
            String argDir = parentArg == null ? "." : parentArg.toString();
            if (dir == null) {
                dir = p.getParent();
                dirArg = argDir;
            } else if (!dir.equals(p.getParent())) {
                errors.add("named files must all be in one directory; have " + dirArg + " and " + argDir);
                return null;
            }
            names.add(p.getFileName().toString());
        }
        Package p = new Package(Package.COMMAND_LINE, dir);
        Module m = modules != null && dir.startsWith(modules.main().dir()) ? modules.main() : null;
        p.module = m;
        p.goVersion = m != null ? m.goVersion() : goroot.goVersion();
        p.match.addAll(files);
        readFiles(p, names.stream().sorted().distinct().toList(), true, ctx);
        packages.put(p.importPath, p);
        return p;
    }

    // ---------------------------------------------------------------- imports

    /** Resolves, reads and caches one import; the result carries an error instead of throwing. */
    private Package loadImport(String path, Package importer, String pos, List<String> stack) {
        Resolution r = resolve(path, importer);
        Package p = packages.get(r.importPath());
        if (p != null) return p;
        p = new Package(r.importPath(), r.dir());
        p.standard = r.std();
        p.module = r.module();
        p.goVersion = r.std() ? goroot.goVersion() : r.module() != null ? r.module().goVersion() : goroot.goVersion();
        packages.put(p.importPath, p);
        List<String> st = new ArrayList<>(stack);
        st.add(r.importPath());
        if (r.error() != null) {
            p.error = new PackageError(st, pos, r.error());
            p.loaded = true;
            return p;
        }
        readDir(p);
        if (p.error == null && p.goFiles.isEmpty() && importer != null) {
            p.error = new PackageError(st, pos, noGoError(p));
        }
        return p;
    }

    private Package packageAt(String importPath, Path dir, boolean std, Module m) {
        Package p = packages.get(importPath);
        if (p != null) return p;
        p = new Package(importPath, dir);
        p.standard = std;
        p.module = m;
        p.goVersion = m != null ? m.goVersion() : goroot.goVersion();
        packages.put(importPath, p);
        readDir(p);
        return p;
    }

    /** Depth-first over imports; an import back onto the stack is an import cycle. */
    private void loadDeps(Package p, List<String> stack, Set<Package> onStack) {
        onStack.add(p);
        Map<String, String> imports = p.importPos;
        for (var e : imports.entrySet()) {
            String src = e.getKey();
            if (src.equals("C")) continue;
            Package q;
            if (src.startsWith("./") || src.startsWith("../") || src.equals(".") || src.equals("..")) {
                q = relativeImportError(src, p, e.getValue(), stack);
            } else {
                q = loadImport(src, p, e.getValue(), stack);
            }
            p.importedPackages.put(src, q);
            p.resolved.put(src, q.importPath);
            String internalErr = internalError(p, q);
            if (internalErr != null) {
                // The go command puts this on the import, not on either package.
                p.importErrors.add(new PackageError(stack, e.getValue(), internalErr, false, true));
            }
            if (onStack.contains(q)) {
                if (q.error == null) {
                    List<String> cyc = new ArrayList<>(stack);
                    cyc.add(q.importPath);
                    q.error = new PackageError(cyc, "", "import cycle not allowed", true, true);
                }
                continue;
            }
            if (!q.depsDone) {
                q.depsDone = true;
                stack.add(q.importPath);
                loadDeps(q, stack, onStack);
                stack.remove(stack.size() - 1);
            }
        }
        p.depsDone = true;
        onStack.remove(p);
    }

    private Package relativeImportError(String src, Package importer, String pos, List<String> stack) {
        Package p = new Package(src, importer.dir.resolve(src).normalize());
        List<String> st = new ArrayList<>(stack);
        st.add(src);
        p.error = new PackageError(st, pos, "\"" + src
                + "\" is relative, but relative import paths are not supported in module mode");
        p.loaded = true;
        p.depsDone = true;
        return p;
    }

    /** "use of internal package X not allowed" unless the importer is inside internal's parent. */
    private String internalError(Package importer, Package q) {
        String path = q.importPath;
        String parent; // the last internal element decides: it is the most restrictive
        if (path.endsWith("/internal")) {
            parent = path.substring(0, path.length() - "/internal".length());
        } else if (path.contains("/internal/")) {
            parent = path.substring(0, path.lastIndexOf("/internal/"));
        } else if (path.equals("internal") || path.startsWith("internal/")) {
            parent = "";
        } else {
            return null;
        }
        if (q.error != null) return null;
        String from = importer.importPath;
        boolean ok;
        if (parent.isEmpty()) {
            ok = importer.standard;
        } else {
            ok = from.equals(parent) || from.startsWith(parent + "/")
                    || from.equals(Package.COMMAND_LINE) && importer.dir.startsWith(q.dir.getParent());
        }
        return ok ? null : "use of internal package " + path + " not allowed";
    }

    /** Where an import path leads, or why it leads nowhere. */
    record Resolution(String importPath, Path dir, boolean std, Module module, String error) {
    }

    Resolution resolve(String path, Package importer) {
        boolean fromStd = importer != null && importer.standard;
        if (fromStd) {
            Path v = goroot.src().resolve("vendor").resolve(path);
            if (!isStandardImportPath(path) && dirHasGoFiles(v)) {
                return new Resolution("vendor/" + path, v, true, null, null);
            }
        }
        boolean pathIsStd = isStandardImportPath(path);
        if (pathIsStd) {
            Path d = goroot.src().resolve(path);
            if (dirHasGoFiles(d)) return new Resolution(path, d, true, null, null);
        }
        if (fromStd || modules == null) {
            if (pathIsStd) {
                return new Resolution(path, goroot.src().resolve(path), false, null,
                        "package " + path + " is not in GOROOT (" + goroot.src().resolve(path) + ")");
            }
            if (modules == null) {
                return new Resolution(path, null, false, null,
                        "no required module provides package " + path + ": " + NO_MOD_ROOT);
            }
        }
        return modules.resolve(path, pathIsStd, goroot);
    }

    /** Std import paths have no dot in their first element. */
    static boolean isStandardImportPath(String path) {
        int slash = path.indexOf('/');
        String first = slash < 0 ? path : path.substring(0, slash);
        return !first.contains(".");
    }

    boolean dirHasGoFiles(Path dir) {
        return hasGoFiles.computeIfAbsent(dir, ModuleGraph::hasGoFiles);
    }

    // ---------------------------------------------------------------- reading a directory

    private void readDir(Package p) {
        p.loaded = true;
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(p.dir)) {
            for (Path f : ds) {
                if (Files.isRegularFile(f)) names.add(f.getFileName().toString());
            }
        } catch (IOException e) {
            p.error = new PackageError(List.of(p.importPath), "", "cannot find package \".\" in:\n\t" + p.dir);
            return;
        }
        names.sort(null);
        Overlay.Dir od = p.standard && overlay != null ? overlay.forPackage(p.importPath) : null;
        if (od != null) {
            names = od.apply(names);
            p.overlaid.putAll(od.files());
        }
        readFiles(p, names, false, od != null && od.genericArch() ? ctx.withoutArch() : ctx);
        p.testImports.addAll(testImportPaths(p, p.testImportPos.keySet()));
        p.xTestImports.addAll(testImportPaths(p, p.xTestImportPos.keySet()));
        if (p.error == null && p.goFiles.isEmpty() && p.testGoFiles.isEmpty() && p.xTestGoFiles.isEmpty()) {
            p.error = new PackageError(List.of(), "", noGoError(p));
        }
    }

    /** Test imports are listed, not loaded: only std's vendor mapping is applied, then sorted. */
    private List<String> testImportPaths(Package p, Set<String> paths) {
        List<String> out = new ArrayList<>();
        for (String path : paths) {
            boolean vendored = p.standard && !isStandardImportPath(path)
                    && dirHasGoFiles(goroot.src().resolve("vendor").resolve(path));
            out.add(vendored ? "vendor/" + path : path);
        }
        out.sort(null);
        return out;
    }

    private static String noGoError(Package p) {
        if (!p.ignoredGoFiles.isEmpty()) return "build constraints exclude all Go files in " + p.dir;
        if (!p.testGoFiles.isEmpty() || !p.xTestGoFiles.isEmpty()) return "no non-test Go files in " + p.dir;
        return "no Go files in " + p.dir;
    }

    /**
     * Sorts the named files of p's directory into compiled, test, ignored and invalid files.
     * {@code explicit} files (named on the command line) skip name and constraint rules; id is
     * the build identity the rules use.
     */
    private void readFiles(Package p, List<String> names, boolean explicit, BuildContext id) {
        String firstFile = null;
        for (String name : names) {
            if (!explicit && (name.startsWith("_") || name.startsWith("."))) continue;
            int dot = name.lastIndexOf('.');
            String ext = dot < 0 ? "" : name.substring(dot);
            boolean isGo = ext.equals(".go");
            if (!isGo && !OTHER_SOURCES.contains(ext)) continue;
            if (!explicit && !id.goodOSArchFile(name)) {
                if (isGo) p.ignoredGoFiles.add(new Package.IgnoredFile(name, "file name excludes " + id.goos() + "/" + id.goarch()));
                else p.ignoredOtherFiles.add(name);
                continue;
            }
            if (ext.equals(".syso")) continue; // binary objects: only the name rules apply
            byte[] content = null;
            FileHeader h = null;
            try {
                if (isGo) h = HeaderScanner.read(p.file(name));
                else content = Files.readAllBytes(p.file(name));
            } catch (IOException e) {
                badFile(p, name, "read " + p.dir.resolve(name) + ": " + e.getMessage());
                continue;
            }
            boolean build;
            try {
                build = explicit || id.shouldBuild(isGo ? h.header() : content);
            } catch (BuildContext.BadConstraint e) {
                badFile(p, name, name + ": " + e.getMessage());
                continue;
            }
            if (!isGo) {
                // Selected .s files need overlays; C, .S and .syso files need cgo and are dropped.
                if (build && ext.equals(".s")) p.sFiles.add(name);
                else if (!build || ext.equals(".S") || ext.equals(".sx")) p.ignoredOtherFiles.add(name);
                continue;
            }
            if (!build) {
                p.ignoredGoFiles.add(new Package.IgnoredFile(name, "build constraints exclude it"));
                continue;
            }
            if (h.error() != null) {
                badFile(p, name, shortPath(p.dir.resolve(name)) + ":" + h.error());
                if (h.packageName() == null) continue;
            }
            String pkg = h.packageName();
            if (pkg.equals("documentation")) {
                p.ignoredGoFiles.add(new Package.IgnoredFile(name, "package documentation"));
                continue;
            }
            boolean isTest = name.endsWith("_test.go");
            boolean isXTest = false;
            if (isTest && pkg.endsWith("_test") && !p.name.equals(pkg)) {
                isXTest = true;
                pkg = pkg.substring(0, pkg.length() - "_test".length());
            }
            if (p.name.isEmpty()) {
                p.name = pkg;
                firstFile = name;
            } else if (!pkg.equals(p.name)) {
                badFile(p, name, "found packages " + p.name + " (" + firstFile + ") and " + pkg + " (" + name
                        + ") in " + p.dir);
            }
            if (h.importsC() && !id.cgoEnabled()) {
                p.ignoredGoFiles.add(new Package.IgnoredFile(name, "imports \"C\" (cgo is disabled)"));
                continue;
            }
            Map<String, String> posMap = isXTest ? p.xTestImportPos : isTest ? p.testImportPos : p.importPos;
            (isXTest ? p.xTestGoFiles : isTest ? p.testGoFiles : p.goFiles).add(name);
            String file = shortPath(p.dir.resolve(name));
            for (ImportSpec s : h.imports()) {
                posMap.putIfAbsent(s.path(), file + ":" + s.line() + ":" + s.col());
            }
        }
    }

    /** Non-Go sources go/build knows; their constraints are read like those of .go files. */
    private static final Set<String> OTHER_SOURCES = Set.of(".s", ".S", ".sx", ".c", ".cc", ".cpp", ".cxx",
            ".m", ".h", ".hh", ".hpp", ".hxx", ".f", ".F", ".for", ".f90", ".swig", ".swigcxx", ".syso");

    private void badFile(Package p, String name, String message) {
        if (!p.invalidGoFiles.contains(name) && name.endsWith(".go")) p.invalidGoFiles.add(name);
        if (p.error == null) p.error = new PackageError(List.of(), "", message);
    }

    /** A path relative to the working directory when that is shorter, as the go command prints. */
    String shortPath(Path p) {
        try {
            String rel = workDir.relativize(p).toString();
            String abs = p.toString();
            return rel.length() < abs.length() ? rel : abs;
        } catch (IllegalArgumentException e) {
            return p.toString();
        }
    }

    /** Unmodifiable view of everything loaded so far, by import path. */
    public Map<String, Package> loaded() {
        return java.util.Collections.unmodifiableMap(new TreeMap<>(packages));
    }
}
