package gojc.build;

import gojc.codegen.PackageCompiler;
import gojc.diag.Diagnostics;
import gojc.ir.NotSupported;
import gojc.linker.JarImage;
import gojc.linker.LinkException;
import gojc.linker.LinkUnit;
import gojc.linker.Linker;
import gojc.loader.LoadResult;
import gojc.loader.Loader;
import gojc.loader.Overlay;
import gojc.loader.Package;
import gojc.syntax.File;
import gojc.syntax.Parser;
import gojc.syntax.Source;
import gojc.types.Checker;
import gojc.types.Info;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The build driver: load the packages, then for each one in dependency order parse, type-check
 * and compile it, and finally link. Errors are printed as the go command prints them, under a
 * {@code # importpath} line, and give its exit codes: 1 for a missing file or package, 2 for
 * compile errors.
 */
public final class Builder {
    private final Toolchain toolchain;
    private final PrintStream err;
    private final Path workDir;
    private final StdOverlay overlay;
    private final PackageCache cache;
    private int cacheHits, cacheMisses, filesParsed;
    /** The build identity in cache keys: the GOROOT's version and gojc's target. */
    private final String identity;

    public Builder(Toolchain toolchain, PrintStream err) {
        this(toolchain, err, Path.of("").toAbsolutePath());
    }

    /** A builder that resolves patterns and names files relative to {@code workDir}. */
    public Builder(Toolchain toolchain, PrintStream err, Path workDir) {
        this.toolchain = toolchain;
        this.err = err;
        this.workDir = workDir.toAbsolutePath().normalize();
        this.overlay = StdOverlay.bundled();
        this.cache = new PackageCache(toolchain.cacheDir());
        this.identity = toolchain.goroot() == null ? "" : identity(toolchain.goroot().goVersion(),
                gojc.loader.BuildContext.gojc(toolchain.goroot().minor(), System.getenv()));
    }

    private static String identity(String goVersion, gojc.loader.BuildContext b) {
        return goVersion + " " + b.goos() + "/" + b.goarch() + " " + b.compiler() + " cgo=" + b.cgoEnabled()
                + " tags=" + new java.util.TreeSet<>(b.buildTags()) + " tool=" + new java.util.TreeSet<>(b.toolTags())
                + " release=" + b.releaseTags();
    }

    public BuildResult build(List<String> patterns, BuildOptions opts) {
        if (toolchain.goroot() == null) {
            err.println("gojc: cannot find GOROOT; set $GOROOT or apt-get install golang-1.19-src");
            return BuildResult.failed(1);
        }
        if (!opts.buildMode().equals("exe") && !opts.library()) {
            err.println("-buildmode=" + opts.buildMode() + " not supported");
            return BuildResult.failed(2);
        }
        Loader loader = Loader.forEnvironment(workDir, System.getenv(), true);
        loader.setOverlay(overlay);
        LoadResult load = loader.loadAll(patterns);
        if (load.hasErrors()) {
            for (String e : load.errors()) err.println(e);
            for (Package p : load.all()) {
                if (p.error() != null) err.println(p.error());
            }
            return BuildResult.failed(1);
        }
        if (load.roots().size() != 1 || !load.roots().get(0).name().equals("main")) {
            if (opts.library()) {
                err.println("-buildmode=" + opts.buildMode() + " requires exactly one main package");
                return BuildResult.failed(1);
            }
            return new PackagesBuild(this, err).build(load, patterns.contains("std"), opts);
        }
        Compilation c = new Compilation();
        List<LinkUnit> units = new ArrayList<>();
        String mainOwner = null;
        List<gojc.linker.Export> exports = List.of();
        // Compile errors come first, as from gc: a package the code generator cannot handle yet
        // stops the build only after every package has been type-checked.
        String unsupportedIn = null;
        Failure unsupported = null;
        for (Package p : load.all()) {
            if (opts.verbose()) err.println(p.importPath());
            Compiled r = compile(p, c, opts.library() && p == load.roots().get(0));
            if (r.failure() instanceof LoadErrors) {
                r.failure().print(err, opts.allErrors());
                return BuildResult.failed(1);
            }
            if (r.failure() instanceof Errors) {
                err.println("# " + p.importPath());
                r.failure().print(err, opts.allErrors());
                return BuildResult.failed(2);
            }
            if (r.failure() != null) {
                if (unsupported == null) {
                    unsupported = r.failure();
                    unsupportedIn = p.importPath();
                }
                continue;
            }
            if (r.unit() == null) continue;
            units.add(r.unit());
            if (r.mainOwner() != null) mainOwner = r.mainOwner();
            if (r.exports() != null) exports = r.exports();
        }
        if (unsupported != null) {
            err.println("# " + unsupportedIn);
            unsupported.print(err, opts.allErrors());
            return BuildResult.failed(2);
        }
        if (mainOwner == null && !opts.library()) {
            err.println("# " + load.roots().get(0).importPath());
            err.println("runtime.main_main·f: function main is undeclared in the main package");
            return BuildResult.failed(2);
        }
        try {
            JarImage jar = opts.library()
                    ? Linker.linkLibrary(units, opts.exportClass().replace('.', '/'), exports)
                    : Linker.link(units, mainOwner, BuildInfo.of(load.roots().get(0), load.all(), loader.context()));
            return new BuildResult(0, jar, defaultName(load.roots().get(0), patterns));
        } catch (LinkException e) {
            err.println("gojc: " + e.getMessage());
            return BuildResult.failed(2);
        }
    }

    /** Std packages this builder took from the cache. */
    public int cacheHits() {
        return cacheHits;
    }

    /** Go files this builder parsed (cache hits with export data parse none). */
    public int filesParsed() {
        return filesParsed;
    }

    /** Std packages this builder compiled and stored in the cache. */
    public int cacheMisses() {
        return cacheMisses;
    }

    /** What the packages compiled so far left for the next ones: their types and cache keys. */
    static final class Compilation {
        final Map<String, gojc.types.Package> checked = new HashMap<>();
        /** Cache keys of the std packages compiled so far; absent when one cannot be cached. */
        final Map<String, String> keys = new HashMap<>();
        /** Packages whose own type check failed: their importers cannot be checked. */
        final java.util.Set<String> broken = new java.util.HashSet<>();
        /** The checker's facts of the packages declaring generics: dependants instantiate them. */
        final Map<gojc.types.Package, Info> genericFacts = new java.util.concurrent.ConcurrentHashMap<>();
        /** The non-blocking functions of the packages compiled so far, for the transform of dependants. */
        final gojc.codegen.BlockingSummary blocking = new gojc.codegen.BlockingSummary();
    }

    /** Why a package did not compile: compile errors, or the code generator's first gap. */
    sealed interface Failure {
        void print(PrintStream out, boolean allErrors);

        /** The first line of the report, for {@code gojc build std}'s list. */
        default String firstLine() {
            java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
            print(new PrintStream(b, true, java.nio.charset.StandardCharsets.UTF_8), false);
            String s = b.toString(java.nio.charset.StandardCharsets.UTF_8);
            int nl = s.indexOf('\n');
            return nl < 0 ? s : s.substring(0, nl);
        }
    }

    record Errors(Diagnostics diags) implements Failure {
        public void print(PrintStream out, boolean allErrors) {
            diags.print(out, allErrors);
        }
    }

    /** Errors the go command reports while loading a package (//go:embed patterns): exit status 1. */
    record LoadErrors(List<String> lines) implements Failure {
        public void print(PrintStream out, boolean allErrors) {
            for (String l : lines) out.println(l);
        }
    }

    record Unsupported(String message) implements Failure {
        public void print(PrintStream out, boolean allErrors) {
            out.println(message);
        }
    }

    /** A compiled package (null unit for {@code unsafe}, which the checker provides), or its failure. */
    record Compiled(LinkUnit unit, String mainOwner, List<gojc.linker.Export> exports, Failure failure, boolean cached) {
        static Compiled failed(Failure f) {
            return new Compiled(null, null, null, f, false);
        }
    }

    /** The imports the linker orders by: unsafe has no code, so it is not one. */
    private static List<String> linkImports(Package p) {
        return p.imports().stream().filter(i -> !i.equals("unsafe")).toList();
    }

    /**
     * Parses, type-checks and compiles one package whose imports went before. A std package is
     * looked up in the cache by the hash of its sources, its imports' keys and this toolchain.
     */
    Compiled compile(Package p, Compilation c, boolean collectExports) {
        if (p.importPath().equals("unsafe")) {
            c.keys.put("unsafe", "unsafe");
            return new Compiled(null, null, null, null, false);
        }
        Overlay.Dir od = p.isStandard() && overlay != null ? overlay.forPackage(p.importPath()) : null;
        if (od != null && od.notCompiled() != null) {
            // the overlay's not-compiled directive: a package that is not Go gojc can compile
            return Compiled.failed(new Unsupported("gojc: not compiled (not pure Go): " + od.notCompiled()));
        }
        Diagnostics diags = new Diagnostics();
        Map<String, byte[]> sources = new java.util.LinkedHashMap<>();
        Map<String, Path> paths = read(p, diags, sources);
        String key = p.isStandard() && !diags.hasErrors() ? cacheKey(p, sources, c.keys) : null;
        PackageCache.Entry cached = key == null ? null : cache.getEntry(key);
        if (cached != null && cached.exportData() != null) {
            // A cache hit needs neither parse nor check: dependants import the export data.
            gojc.types.Package tp = ExportData.read(cached.exportData(), c.checked::get,
                    f -> new Source(f, displayName(f)));
            if (tp != null) {
                c.checked.put(p.importPath(), tp);
                cacheHits++;
                c.keys.put(p.importPath(), key);
                c.blocking.addPackage(cached.unit().classes());
                return new Compiled(cached.unit(), null, null, null, true);
            }
        }
        List<File> files = parse(paths, sources, diags);
        List<String> loadErrors = new ArrayList<>();
        if (!diags.hasErrors()) files = Embeds.apply(files, p.dir(), diags, loadErrors);
        if (!loadErrors.isEmpty()) return Compiled.failed(new LoadErrors(loadErrors));
        Info info = new Info();
        gojc.types.Package tp = null;
        if (!diags.hasErrors()) {
            // imports as written: std's golang.org/x imports are its vendor/golang.org/x packages
            Map<String, String> resolved = p.importMap();
            tp = Checker.check(p.importPath(), files, path -> c.checked.get(resolved.getOrDefault(path, path)),
                    "go" + goVersion(p), diags, info);
        }
        if (diags.hasErrors()) {
            c.broken.add(p.importPath());
            return Compiled.failed(new Errors(diags));
        }
        c.checked.put(p.importPath(), tp);
        if (gojc.types.ExportWriter.hasGenericBodies(tp)) c.genericFacts.put(tp, info);
        if (cached != null) {
            cacheHits++;
            c.keys.put(p.importPath(), key);
            c.blocking.addPackage(cached.unit().classes());
            return new Compiled(cached.unit(), null, null, null, true);
        }
        try {
            PackageCompiler.Result r = PackageCompiler.compile(tp, files, info, linkImports(p), c.blocking, c.genericFacts::get);
            c.blocking.addPackage(r.unit().classes());
            List<gojc.linker.Export> exports = collectExports ? gojc.codegen.Exports.collect(files, info) : null;
            if (key != null) {
                cacheMisses++;
                cache.put(key, r.unit(), ExportData.write(tp));
                c.keys.put(p.importPath(), key);
            }
            return new Compiled(r.unit(), r.mainOwner(), exports, null, false);
        } catch (NotSupported e) {
            return Compiled.failed(new Unsupported(e.getMessage()));
        } catch (org.objectweb.asm.MethodTooLargeException e) {
            return Compiled.failed(new Unsupported("gojc: not yet supported: a method over the JVM's 64 KB limit: "
                    + e.getClassName() + "." + e.getMethodName()));
        } catch (org.objectweb.asm.ClassTooLargeException e) {
            return Compiled.failed(new Unsupported("gojc: not yet supported: a class over the JVM's constant pool limit: "
                    + e.getClassName()));
        } catch (RuntimeException e) {
            // A code-generator bug: this package fails with one line, the others still build.
            if (System.getenv("GOJC_TRACE") != null) e.printStackTrace();
            return Compiled.failed(new Unsupported("gojc: internal error compiling " + p.importPath() + ": " + e));
        }
    }

    /** Null when an import has no key (it did not compile), so nothing stale is ever reused. */
    private String cacheKey(Package p, Map<String, byte[]> sources, Map<String, String> keys) {
        PackageCache.Key k = new PackageCache.Key()
                .add("gojc std package")
                .add(PackageCache.toolchainId())
                .add(identity)
                .add(p.importPath())
                .add(goVersion(p));
        for (String imp : p.imports()) {
            String ik = keys.get(imp);
            if (ik == null) return null;
            k.add(imp).add(ik);
        }
        for (var e : sources.entrySet()) k.add(e.getKey()).add(PackageCache.fileSum(e.getValue()));
        return k.hex();
    }

    private String goVersion(Package p) {
        return p.goVersion() != null ? p.goVersion() : toolchain.goVersion();
    }

    /** Reads p's files into sources (by cache-key name); returns each name's file. */
    private Map<String, Path> read(Package p, Diagnostics diags, Map<String, byte[]> sources) {
        Map<String, Path> paths = new java.util.LinkedHashMap<>();
        for (String name : p.goFiles()) {
            Path path = p.file(name);
            byte[] src;
            try {
                src = Files.readAllBytes(path);
            } catch (IOException e) {
                diags.error(gojc.syntax.Pos.NONE, "open " + path + ": " + e.getMessage());
                continue;
            }
            if (p.isStandard() && !p.isOverlaid(name)) {
                Overlay.Dir od = overlay.forPackage(p.importPath());
                if (od != null && !od.dropFuncs().isEmpty()) src = DropFuncs.apply(src, od.dropFuncs());
            }
            String k = (p.isOverlaid(name) ? "overlay:" : "") + name;
            sources.put(k, src);
            paths.put(k, path);
        }
        return paths;
    }

    private List<File> parse(Map<String, Path> paths, Map<String, byte[]> sources, Diagnostics diags) {
        List<File> files = new ArrayList<>();
        for (var e : paths.entrySet()) {
            filesParsed++;
            files.add(Parser.parse(new Source(e.getValue(), displayName(e.getValue())), sources.get(e.getKey()), diags));
        }
        return files;
    }

    /** As the go command shows file names: relative to the working directory, "./" for its own files. */
    String displayName(Path file) {
        if (overlay.contains(file)) return overlay.displayName(file);
        Path abs = file.toAbsolutePath().normalize();
        String rel = workDir.relativize(abs).toString();
        if (abs.getParent() != null && abs.getParent().equals(workDir)) return "./" + rel;
        return rel.length() < abs.toString().length() ? rel : abs.toString();
    }

    /** {@code go build x.go} names its output after the first file; a package after its folder. */
    private static String defaultName(Package root, List<String> patterns) {
        if (!patterns.isEmpty() && patterns.get(0).endsWith(".go")) {
            String f = Path.of(patterns.get(0)).getFileName().toString();
            return f.substring(0, f.length() - 3);
        }
        return root.dir().getFileName().toString();
    }
}
