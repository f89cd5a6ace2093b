package gojc.loader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One loaded package: which files of its directory are compiled under the build identity, and
 * what it imports. Fields are filled by {@link Loader} and read-only afterwards.
 */
public final class Package {
    /** The synthetic package built from .go files named on the command line. */
    public static final String COMMAND_LINE = "command-line-arguments";

    /** A file of the directory that is not compiled, and why. */
    public record IgnoredFile(String name, String reason) {
    }

    final String importPath;
    final Path dir;
    String name = "";
    boolean standard;
    Module module;
    String goVersion;

    final List<String> goFiles = new ArrayList<>();
    final List<IgnoredFile> ignoredGoFiles = new ArrayList<>();
    final List<String> invalidGoFiles = new ArrayList<>();
    final List<String> testGoFiles = new ArrayList<>();
    final List<String> xTestGoFiles = new ArrayList<>();
    final List<String> sFiles = new ArrayList<>();
    /** Files replaced or added by an overlay: name to the overlay file. */
    final Map<String, Path> overlaid = new TreeMap<>();
    final List<String> ignoredOtherFiles = new ArrayList<>();

    /** Import paths as written in GoFiles, with the position of their first occurrence. */
    final Map<String, String> importPos = new TreeMap<>();
    final Map<String, String> testImportPos = new TreeMap<>();
    final Map<String, String> xTestImportPos = new TreeMap<>();
    final List<String> testImports = new ArrayList<>();
    final List<String> xTestImports = new ArrayList<>();
    /** Source import path to resolved import path, for every import of GoFiles. */
    final Map<String, String> resolved = new TreeMap<>();
    /** The packages GoFiles import, by source import path. */
    final Map<String, Package> importedPackages = new TreeMap<>();

    PackageError error;
    /** Errors of individual imports (use of internal packages), reported like dependency errors. */
    final List<PackageError> importErrors = new ArrayList<>();
    final List<String> match = new ArrayList<>();
    boolean depOnly = true;
    boolean loaded;   // files read (or failed)
    boolean depsDone; // imports resolved

    Package(String importPath, Path dir) {
        this.importPath = importPath;
        this.dir = dir;
    }

    public String importPath() { return importPath; }
    public Path dir() { return dir; }
    public String name() { return name; }
    public boolean isStandard() { return standard; }
    /** The module, or null for std and for command-line files outside any module. */
    public Module module() { return module; }
    /** The Go language version the package is compiled with, e.g. "1.19". */
    public String goVersion() { return goVersion; }
    /** The compiled .go files, sorted by name. */
    public List<String> goFiles() { return Collections.unmodifiableList(goFiles); }
    public List<IgnoredFile> ignoredGoFiles() { return Collections.unmodifiableList(ignoredGoFiles); }
    public List<String> invalidGoFiles() { return Collections.unmodifiableList(invalidGoFiles); }
    public List<String> testGoFiles() { return Collections.unmodifiableList(testGoFiles); }
    public List<String> xTestGoFiles() { return Collections.unmodifiableList(xTestGoFiles); }
    /** Assembly files selected for this identity: their functions need overlays on the JVM. */
    public List<String> sFiles() { return Collections.unmodifiableList(sFiles); }
    public List<String> ignoredOtherFiles() { return Collections.unmodifiableList(ignoredOtherFiles); }
    public List<String> match() { return Collections.unmodifiableList(match); }
    public boolean depOnly() { return depOnly; }

    /**
     * Resolved import paths of GoFiles, deduplicated, in the order of the sorted source paths
     * (go list's Imports: "golang.org/x/..." sorts as written, then shows as "vendor/golang.org/x/...").
     */
    public List<String> imports() {
        return List.copyOf(new java.util.LinkedHashSet<>(resolved.values()));
    }

    /** Source import path to resolved path where they differ (std's vendored golang.org/x). */
    public Map<String, String> importMap() {
        Map<String, String> m = new TreeMap<>();
        resolved.forEach((k, v) -> {
            if (!k.equals(v)) m.put(k, v);
        });
        return m;
    }

    /** The imported package for an import path as written in the source. */
    public Package importedPackage(String sourcePath) { return importedPackages.get(sourcePath); }

    public List<Package> importedPackages() { return List.copyOf(importedPackages.values()); }

    /** Imports of the _test.go files, vendor-resolved for std and sorted (not loaded). */
    public List<String> testImports() { return List.copyOf(testImports); }
    public List<String> xTestImports() { return List.copyOf(xTestImports); }

    /** Full paths of the compiled files (overlay files where an overlay supplies them). */
    public List<Path> goFilePaths() {
        return goFiles.stream().map(this::file).toList();
    }

    /** Where the file of this name is read from: the package directory or its overlay. */
    public Path file(String name) {
        Path o = overlaid.get(name);
        return o != null ? o : dir.resolve(name);
    }

    /** Whether an overlay supplies the file of this name. */
    public boolean isOverlaid(String name) { return overlaid.containsKey(name); }

    /** This package's own loading error, or null. */
    public PackageError error() { return error; }

    /** Whether the package or any dependency failed to load. */
    public boolean incomplete() {
        return error != null || !depsErrors().isEmpty();
    }

    /** The errors of transitive dependencies, in dependency order, each once. */
    public List<PackageError> depsErrors() {
        List<PackageError> out = new ArrayList<>(importErrors);
        for (Package p : deps()) {
            if (p.error != null) out.add(p.error);
            out.addAll(p.importErrors);
        }
        return out;
    }

    /** Errors of this package's own imports (e.g. "use of internal package ... not allowed"). */
    public List<PackageError> importErrors() { return Collections.unmodifiableList(importErrors); }

    /** All transitive dependencies, dependencies first, excluding this package. */
    public List<Package> deps() {
        List<Package> order = new ArrayList<>();
        Loader.postOrder(this, new java.util.HashSet<>(), order);
        order.remove(order.size() - 1);
        return order;
    }

    @Override
    public String toString() {
        return importPath;
    }
}
