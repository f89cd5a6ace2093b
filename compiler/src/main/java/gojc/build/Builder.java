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

    public Builder(Toolchain toolchain, PrintStream err) {
        this(toolchain, err, Path.of("").toAbsolutePath());
    }

    /** A builder that resolves patterns and names files relative to {@code workDir}. */
    public Builder(Toolchain toolchain, PrintStream err, Path workDir) {
        this.toolchain = toolchain;
        this.err = err;
        this.workDir = workDir.toAbsolutePath().normalize();
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
        LoadResult load = loader.loadAll(patterns);
        if (load.hasErrors()) {
            for (String e : load.errors()) err.println(e);
            for (Package p : load.all()) {
                if (p.error() != null) err.println(p.error());
            }
            return BuildResult.failed(1);
        }
        if (load.roots().size() != 1 || !load.roots().get(0).name().equals("main")) {
            err.println("gojc: not yet supported: building packages other than one main package");
            return BuildResult.failed(2);
        }
        Map<String, gojc.types.Package> checked = new HashMap<>();
        List<LinkUnit> units = new ArrayList<>();
        String mainOwner = null;
        List<gojc.linker.Export> exports = List.of();
        for (Package p : load.all()) {
            if (opts.verbose()) err.println(p.importPath());
            if (p.isStandard()) {
                err.println("gojc: not yet supported: importing standard library package \"" + p.importPath() + "\"");
                return BuildResult.failed(2);
            }
            Diagnostics diags = new Diagnostics();
            List<File> files = parse(p, diags);
            Info info = new Info();
            gojc.types.Package tp = null;
            if (!diags.hasErrors()) {
                tp = Checker.check(p.importPath(), files, checked::get, "go" + goVersion(p), diags, info);
            }
            if (diags.hasErrors()) {
                err.println("# " + p.importPath());
                diags.print(err, opts.allErrors());
                return BuildResult.failed(2);
            }
            checked.put(p.importPath(), tp);
            try {
                PackageCompiler.Result r = PackageCompiler.compile(tp, files, info, p.imports());
                units.add(r.unit());
                if (r.mainOwner() != null) mainOwner = r.mainOwner();
                if (opts.library() && p == load.roots().get(0)) exports = gojc.codegen.Exports.collect(files, info);
            } catch (NotSupported e) {
                err.println("# " + p.importPath());
                err.println(e.getMessage());
                return BuildResult.failed(2);
            }
        }
        if (mainOwner == null && !opts.library()) {
            err.println("# " + load.roots().get(0).importPath());
            err.println("runtime.main_main·f: function main is undeclared in the main package");
            return BuildResult.failed(2);
        }
        try {
            JarImage jar = opts.library()
                    ? Linker.linkLibrary(units, opts.exportClass().replace('.', '/'), exports)
                    : Linker.link(units, mainOwner);
            return new BuildResult(0, jar, defaultName(load.roots().get(0), patterns));
        } catch (LinkException e) {
            err.println("gojc: " + e.getMessage());
            return BuildResult.failed(2);
        }
    }

    private String goVersion(Package p) {
        return p.goVersion() != null ? p.goVersion() : toolchain.goVersion();
    }

    private List<File> parse(Package p, Diagnostics diags) {
        List<File> files = new ArrayList<>();
        for (String name : p.goFiles()) {
            Path path = p.dir().resolve(name);
            byte[] src;
            try {
                src = Files.readAllBytes(path);
            } catch (IOException e) {
                diags.error(gojc.syntax.Pos.NONE, "open " + path + ": " + e.getMessage());
                continue;
            }
            files.add(Parser.parse(new Source(path, displayName(path)), src, diags));
        }
        return files;
    }

    /** As the go command shows file names: relative to the working directory, "./" for its own files. */
    String displayName(Path file) {
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
