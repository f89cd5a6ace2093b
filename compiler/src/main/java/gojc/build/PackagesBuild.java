package gojc.build;

import gojc.loader.LoadResult;
import gojc.loader.Package;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code gojc build} of packages that are not one main program: every package is compiled and
 * the result discarded, as {@code go build} does; the build goes on past a failing package.
 * For {@code gojc build std} the output is a report: each package that does not compile with
 * the first line of its reason, then how many compiled.
 */
final class PackagesBuild {
    private final Builder builder;
    private final PrintStream err;

    PackagesBuild(Builder builder, PrintStream err) {
        this.builder = builder;
        this.err = err;
    }

    BuildResult build(LoadResult load, boolean report, gojc.build.BuildOptions opts) {
        Builder.Compilation c = new Builder.Compilation();
        Map<String, String> failed = new LinkedHashMap<>();
        int cached = 0;
        for (Package p : load.all()) {
            if (opts.verbose()) err.println(p.importPath());
            String brokenDep = p.imports().stream().filter(c.broken::contains).findFirst().orElse(null);
            if (brokenDep != null) {
                // Its imports did not type-check: it cannot be checked either (go build is silent too).
                c.broken.add(p.importPath());
                failed.put(p.importPath(), "imports " + brokenDep + ", which does not type-check");
                continue;
            }
            Builder.Compiled r = builder.compile(p, c, false);
            if (r.cached()) cached++;
            if (r.failure() == null) continue;
            failed.put(p.importPath(), r.failure().firstLine());
            if (!report) {
                err.println("# " + p.importPath());
                r.failure().print(err, opts.allErrors());
            }
        }
        if (report) {
            List<Package> roots = load.roots();
            int ok = 0, okWithDeps = 0;
            for (Package p : load.all()) {
                String why = failed.get(p.importPath());
                if (why != null) err.println(p.importPath() + ": " + why);
            }
            for (Package p : roots) {
                if (failed.containsKey(p.importPath())) continue;
                ok++;
                if (p.deps().stream().noneMatch(d -> failed.containsKey(d.importPath()))) okWithDeps++;
            }
            err.println("gojc: compiled " + ok + " of " + roots.size() + " packages (" + okWithDeps
                    + " with all their dependencies; " + cached + " from the cache)");
        }
        return failed.isEmpty() ? new BuildResult(0, null, null) : BuildResult.failed(2);
    }
}
