package gojc.build;

import gojc.loader.BuildContext;
import gojc.loader.Module;
import gojc.loader.Package;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The module build information the go command stamps into a program, which
 * {@code runtime/debug.ReadBuildInfo} parses: debug.BuildInfo's text form without its go line
 * (the runtime adds its own version), as cmd/go's setBuildInfo writes it. The main package's
 * path, the main module as {@code (devel)}, each other module that provides a package of the
 * build with its go.sum hash (and its replacement), then the build settings of gojc's identity.
 * No version-control stamp: gojc has no -buildvcs.
 */
final class BuildInfo {
    private BuildInfo() {}

    static String of(Package main, List<Package> all, BuildContext ctx) {
        StringBuilder sb = new StringBuilder();
        sb.append("path\t").append(main.importPath()).append('\n');
        Module mm = main.module();
        if (mm != null && mm.main()) {
            sb.append("mod\t").append(mm.path()).append("\t(devel)\t\n");
        }
        Map<String, Module> deps = new TreeMap<>();
        for (Package p : all) {
            Module m = p.module();
            if (m != null && !m.main() && !p.isStandard()) deps.putIfAbsent(m.path(), m);
        }
        Map<String, String> sums = mm != null && mm.dir() != null ? sums(mm.dir().resolve("go.sum")) : Map.of();
        for (Module m : deps.values()) {
            String v = m.version() == null ? "" : m.version();
            sb.append("dep\t").append(m.path()).append('\t').append(v);
            if (m.replace() == null) {
                sb.append('\t').append(sums.getOrDefault(m.path() + " " + v, "")).append('\n');
                continue;
            }
            // A directory replacement has no version: the go command calls it (devel).
            String rv = m.replace().version();
            sb.append("\n=>\t").append(m.replace().path()).append('\t').append(rv.isEmpty() ? "(devel)" : rv).append('\t')
                    .append(rv.isEmpty() ? "" : sums.getOrDefault(m.replace().path() + " " + rv, "")).append('\n');
        }
        sb.append("build\t-compiler=").append(ctx.compiler()).append('\n');
        sb.append("build\tCGO_ENABLED=").append(ctx.cgoEnabled() ? "1" : "0").append('\n');
        sb.append("build\tGOARCH=").append(ctx.goarch()).append('\n');
        sb.append("build\tGOOS=").append(ctx.goos()).append('\n');
        if (ctx.goarch().equals("amd64")) sb.append("build\tGOAMD64=v1\n");
        return sb.toString();
    }

    /** go.sum's module hashes ("path version" to "h1:..."), not the go.mod-only lines. */
    private static Map<String, String> sums(Path goSum) {
        Map<String, String> out = new TreeMap<>();
        try {
            for (String line : Files.readAllLines(goSum)) {
                String[] f = line.trim().split("\\s+");
                if (f.length == 3 && !f[1].endsWith("/go.mod")) out.put(f[0] + " " + f[1], f[2]);
            }
        } catch (IOException e) {
            // no go.sum: the hashes stay empty, as for modules without one
        }
        return out;
    }
}
