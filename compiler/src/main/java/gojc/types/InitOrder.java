package gojc.types;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Package-level variable initialization order (spec "Package initialization"): repeatedly the
 * earliest variable in declaration order that has no uninitialized dependencies, where
 * dependencies are followed transitively through functions.
 */
final class InitOrder {
    private final Checker c;

    InitOrder(Checker c) {
        this.c = c;
    }

    void compute() {
        // Variable -> variables it depends on, transitively through functions and methods.
        Map<Obj, Set<Var>> varDeps = new IdentityHashMap<>();
        List<Var> vars = new ArrayList<>();
        for (Map.Entry<Obj, Checker.DeclInfo> e : c.decls.entrySet()) {
            if (e.getKey() instanceof Var v) vars.add(v);
        }
        for (Var v : vars) {
            Set<Var> deps = new LinkedHashSet<>();
            Set<Obj> seen = new HashSet<>();
            if (reaches(v, v, seen, deps, new ArrayList<>())) {
                // reported in reaches
            }
            varDeps.put(v, deps);
        }
        Set<Var> done = new HashSet<>();
        Set<Checker.DeclInfo> emitted = new HashSet<>();
        List<Var> pending = new ArrayList<>(vars);
        while (!pending.isEmpty()) {
            Var next = null;
            for (Var v : pending) {
                boolean ready = true;
                for (Var d : varDeps.get(v)) {
                    if (d != v && !done.contains(d) && !sameDecl(v, d)) {
                        ready = false;
                        break;
                    }
                }
                if (ready) {
                    next = v;
                    break;
                }
            }
            if (next == null) next = cycleMember(pending);
            pending.remove(next);
            done.add(next);
            Checker.DeclInfo d = c.decls.get(next);
            if (d.init == null || !emitted.add(d)) continue;
            List<Var> lhs = d.lhs != null ? d.lhs : List.of(next);
            c.info.initOrder.add(new Initializer(lhs, d.init));
        }
    }

    /**
     * No pending variable is ready: as gc, report the loop through the first one (in source
     * order) that lies on a cycle of variable and function dependencies, and take it next.
     */
    private Var cycleMember(List<Var> pending) {
        for (Var v : pending) {
            List<Obj> path = findPath(v, v, new HashSet<>());
            if (path != null) {
                List<Obj> cycle = new ArrayList<>();
                cycle.add(v);
                cycle.addAll(path.subList(0, path.size() - 1));
                report(cycle);
                return v;
            }
        }
        return pending.get(0);
    }

    /** A dependency path from's declaration leads to, ending with to; null if there is none. */
    private List<Obj> findPath(Obj from, Obj to, Set<Obj> seen) {
        if (!seen.add(from)) return null;
        Checker.DeclInfo d = c.decls.get(from);
        if (d == null) return null;
        for (Obj dep : d.deps) {
            if (!(dep instanceof Var || dep instanceof Func)) continue;
            if (dep == to) return new ArrayList<>(List.of(dep));
            List<Obj> rest = findPath(dep, to, seen);
            if (rest != null) {
                rest.add(0, dep);
                return rest;
            }
        }
        return null;
    }

    private boolean sameDecl(Var a, Var b) {
        return c.decls.get(a) == c.decls.get(b);
    }

    /** Collects variables reachable from obj's declaration; reports a cycle back to root. */
    private boolean reaches(Var root, Obj obj, Set<Obj> seen, Set<Var> out, List<Obj> path) {
        Checker.DeclInfo d = c.decls.get(obj);
        if (d == null) return false;
        path.add(obj);
        for (Obj dep : d.deps) {
            if (dep == root || dep instanceof Var dv && dv != obj && sameDecl(dv, root) && !(obj instanceof Var)) {
                List<Obj> cyc = new ArrayList<>(path);
                report(cyc);
                path.remove(path.size() - 1);
                return true;
            }
            if (dep instanceof Var v) out.add(v);
            if (dep instanceof Func && seen.add(dep)) {
                if (reaches(root, dep, seen, out, path)) {
                    path.remove(path.size() - 1);
                    return true;
                }
            }
        }
        path.remove(path.size() - 1);
        return false;
    }

    private void report(List<Obj> cycle) {
        c.reportCycle("initialization loop for " + cycle.get(0).name, cycle);
    }
}
