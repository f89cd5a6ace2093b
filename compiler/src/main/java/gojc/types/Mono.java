package gojc.types;

import gojc.syntax.Pos;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * gc's check against unbounded recursive instantiation, which monomorphization cannot compile
 * (as {@code f[T]} calling {@code f[[]T]}). Vertices are the package's type parameters; each
 * instantiation adds an edge to the instantiated type parameter from every type parameter its
 * type argument mentions, of weight 0 if the argument is that type parameter itself, else 1.
 * A cycle of positive weight is an error.
 */
final class Mono {
    private record Edge(int dst, int src, int weight, Pos pos, Type typ) {}

    private final Checker c;
    private final List<TypeParam> vertices = new ArrayList<>();
    private final Map<TypeParam, Integer> index = new IdentityHashMap<>();
    private final List<Edge> edges = new ArrayList<>();
    /** A method's receiver type parameters stand for its type's. */
    private final Map<TypeParam, TypeParam> canon = new IdentityHashMap<>();

    Mono(Checker c) {
        this.c = c;
    }

    void recordCanon(TypeParam methodParam, TypeParam typeParam) {
        canon.put(methodParam, typeParam);
    }

    /** Records that tps were instantiated with targs (at pos, or at the explicit argument's). */
    void recordInstance(Pos pos, List<TypeParam> tps, List<Type> targs, List<Pos> argPos) {
        for (int i = 0; i < tps.size() && i < targs.size(); i++) {
            TypeParam tp = tps.get(i);
            if (tp.obj.pkg != c.pkg) continue; // cycles lie within one package
            Pos p = i < argPos.size() ? argPos.get(i) : pos;
            Type targ = targs.get(i);
            walk(targ, tp, targ, p, 0);
        }
    }

    private void walk(Type t, TypeParam dst, Type targ, Pos pos, int depth) {
        if (t == null || depth > 50) return;
        if (t instanceof TypeParam tp) {
            if (tp.obj.pkg == c.pkg) edges.add(new Edge(vertex(dst), vertex(tp), t == targ ? 0 : 1, pos, targ));
        } else if (t instanceof Named n) {
            for (Type a : n.typeArgs) walk(a, dst, targ, pos, depth + 1);
        } else if (t instanceof Pointer p) {
            walk(p.elem(), dst, targ, pos, depth + 1);
        } else if (t instanceof Slice s) {
            walk(s.elem(), dst, targ, pos, depth + 1);
        } else if (t instanceof Array a) {
            walk(a.elem(), dst, targ, pos, depth + 1);
        } else if (t instanceof Chan ch) {
            walk(ch.elem(), dst, targ, pos, depth + 1);
        } else if (t instanceof MapType m) {
            walk(m.key(), dst, targ, pos, depth + 1);
            walk(m.elem(), dst, targ, pos, depth + 1);
        } else if (t instanceof Signature sig) {
            walk(sig.params(), dst, targ, pos, depth + 1);
            walk(sig.results(), dst, targ, pos, depth + 1);
        } else if (t instanceof Tuple tu) {
            for (Var v : tu.vars()) walk(v.type, dst, targ, pos, depth + 1);
        } else if (t instanceof Struct st) {
            for (Var v : st.fields()) walk(v.type, dst, targ, pos, depth + 1);
        } else if (t instanceof Interface i) {
            for (Func m : i.methods) walk(m.type, dst, targ, pos, depth + 1);
        }
    }

    private int vertex(TypeParam tp) {
        TypeParam k = canon.getOrDefault(tp, tp);
        Integer i = index.get(k);
        if (i != null) return i;
        index.put(k, vertices.size());
        vertices.add(k);
        return vertices.size() - 1;
    }

    /** Looks for a positive-weight cycle: longest paths by Bellman-Ford, stopping at |V| edges. */
    void check() {
        int n = vertices.size();
        int[] weight = new int[n], len = new int[n], pre = new int[n];
        java.util.Arrays.fill(pre, -1);
        boolean again = true;
        while (again) {
            again = false;
            for (int i = 0; i < edges.size(); i++) {
                Edge e = edges.get(i);
                int w = weight[e.src] + e.weight;
                if (w <= weight[e.dst]) continue;
                pre[e.dst] = i;
                len[e.dst] = len[e.src] + 1;
                if (len[e.dst] == n) {
                    report(e.dst, pre);
                    return;
                }
                weight[e.dst] = w;
                again = true;
            }
        }
    }

    private void report(int v, int[] pre) {
        // walk back along the path to the first vertex seen twice: it is on the cycle
        boolean[] seen = new boolean[vertices.size()];
        List<Integer> stack = new ArrayList<>();
        while (!seen[v]) {
            stack.add(v);
            seen[v] = true;
            v = edges.get(pre[v]).src;
        }
        int start = stack.indexOf(v);
        TypeParam first = vertices.get(v);
        StringBuilder sb = new StringBuilder("instantiation cycle:");
        for (int k = start; k < stack.size(); k++) {
            Edge e = edges.get(pre[stack.get(k)]);
            sb.append("\n\t").append(e.pos).append(": ").append(vertices.get(e.dst).obj.name)
                    .append(" instantiated as ").append(c.str(e.typ));
        }
        c.error(first.obj.pos, sb.toString());
    }
}
