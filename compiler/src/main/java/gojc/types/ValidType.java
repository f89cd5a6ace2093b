package gojc.types;

import java.util.ArrayList;
import java.util.List;

/** Reports types that contain themselves without indirection ({@code type T struct{ f T }}). */
final class ValidType {
    private final Checker c;
    private final List<Named> path = new ArrayList<>();

    ValidType(Checker c) {
        this.c = c;
    }

    void check(Named n) {
        if (!valid(n)) n.setUnderlying(Universe.INVALID);
    }

    private boolean valid(Type t) {
        if (t instanceof Named n) {
            if (n.obj.pkg != c.pkg && n.orig == null) return true;
            int i = path.indexOf(n);
            if (i >= 0) {
                if (i == 0) report(path);
                return i != 0;
            }
            path.add(n);
            try {
                Type u = n.orig != null ? n.underlying() : n.underlying;
                return u == null || valid(u);
            } finally {
                path.remove(path.size() - 1);
            }
        }
        if (t instanceof Array a) return valid(a.elem());
        if (t instanceof Struct s) {
            for (Var f : s.fields()) {
                if (!valid(f.type)) return false;
            }
        }
        return true;
    }

    private void report(List<Named> cycle) {
        StringBuilder sb = new StringBuilder("invalid recursive type " + cycle.get(0).obj.name);
        for (int i = 0; i < cycle.size(); i++) {
            TypeName o = cycle.get(i).obj;
            sb.append("\n\t").append(o.pos).append(": ").append(o.name).append(" refers to");
        }
        TypeName o = cycle.get(0).obj;
        sb.append("\n\t").append(o.pos).append(": ").append(o.name);
        c.error(o.pos, sb.toString());
    }
}
