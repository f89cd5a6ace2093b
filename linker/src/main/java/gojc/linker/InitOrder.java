package gojc.linker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Package initialization order as the current spec (Go 1.21+) defines it: given all packages
 * sorted by import path, repeatedly initialize the first one not yet initialized whose imports
 * all are. Go 1.19's own toolchain walked imports depth-first instead; see docs/architecture.md.
 */
public final class InitOrder {
    private InitOrder() {}

    public static List<LinkUnit> compute(List<LinkUnit> units) {
        TreeMap<String, LinkUnit> pending = new TreeMap<>();
        for (LinkUnit u : units) {
            if (pending.put(u.importPath(), u) != null) {
                throw new LinkException("package " + u.importPath() + " appears twice");
            }
        }
        Map<String, LinkUnit> all = new HashMap<>(pending);
        Set<String> done = new HashSet<>();
        List<LinkUnit> order = new ArrayList<>(units.size());
        while (!pending.isEmpty()) {
            LinkUnit next = null;
            for (LinkUnit u : pending.values()) {
                if (importsDone(u, all, done)) {
                    next = u;
                    break;
                }
            }
            if (next == null) {
                throw new LinkException("import cycle among " + pending.keySet());
            }
            pending.remove(next.importPath());
            done.add(next.importPath());
            order.add(next);
        }
        return order;
    }

    private static boolean importsDone(LinkUnit u, Map<String, LinkUnit> all, Set<String> done) {
        for (String imp : u.imports()) {
            if (imp.equals("unsafe")) continue; // the compiler's pseudo-package: no code, no init
            if (!all.containsKey(imp)) {
                throw new LinkException("package " + u.importPath() + " imports " + imp + ", which was not compiled");
            }
            if (!done.contains(imp)) {
                return false;
            }
        }
        return true;
    }
}
