package gojc.types;

import gojc.syntax.Decl;
import gojc.syntax.Directive;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code //go:linkname local path.name} on a body-less function pulls a Go function of another
 * package (time/tzdata's registerLoadFromEmbeddedTZData is time's, go/internal/srcimporter's
 * setUsesCgo is go/types'); gc's linker binds the symbols. gojc binds it when the target package
 * is among the declaring package's imports, direct or not, so it is compiled before and linked
 * with it: the declaration then compiles to a function calling the target. Targets elsewhere
 * (gc's runtime, which gojc's runtime does not have) keep the Java native binding.
 */
final class LinkNames {
    private LinkNames() {}

    /** The function fd's linkname directive names, when it is found with f's signature; else null. */
    static Func target(Package pkg, Func f, Decl.Func fd) {
        if (fd.recv() != null || !fd.typeParams().isEmpty()) return null;
        for (Directive d : fd.directives()) {
            if (!d.name().equals("go:linkname")) continue;
            String[] args = d.args().trim().split("\\s+");
            if (args.length != 2 || !args[0].equals(f.name)) continue;
            int dot = args[1].lastIndexOf('.');
            if (dot <= 0) continue;
            Package p = imported(pkg, args[1].substring(0, dot));
            Obj o = p == null ? null : p.scope.lookup(args[1].substring(dot + 1));
            if (o instanceof Func t && t.signature().recv() == null && t.signature().typeParams().isEmpty()
                    && Types.identical(t.type, f.type)) {
                return t;
            }
        }
        return null;
    }

    /** The package of the given path among pkg's imports, direct or not. */
    private static Package imported(Package pkg, String path) {
        ArrayDeque<Package> work = new ArrayDeque<>(pkg.imports);
        Set<Package> seen = new HashSet<>(pkg.imports);
        while (!work.isEmpty()) {
            Package p = work.poll();
            if (p.path().equals(path)) return p;
            for (Package q : p.imports) {
                if (seen.add(q)) work.add(q);
            }
        }
        return null;
    }
}
