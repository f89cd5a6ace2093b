package gojc.types;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Writes types as gc (types2) prints them in messages. */
final class TypeWriter {
    private final Package rel;
    private final StringBuilder sb = new StringBuilder();
    private final Map<Type, Boolean> seen = new IdentityHashMap<>();

    TypeWriter(Package rel) {
        this.rel = rel;
    }

    @Override
    public String toString() {
        return sb.toString();
    }

    private void qualified(Obj o) {
        if (o.pkg != null && o.pkg != rel) {
            sb.append(o.pkg.name()).append('.');
        }
        sb.append(o.name);
    }

    TypeWriter type(Type t) {
        if (t == null) {
            sb.append("<nil>");
            return this;
        }
        if (t instanceof Basic b) {
            if (b.kind == Basic.Kind.UNSAFE_POINTER) {
                if (rel != Universe.UNSAFE) sb.append("unsafe.");
                sb.append("Pointer");
            } else {
                sb.append(b.name);
            }
        } else if (t instanceof Pointer p) {
            sb.append('*');
            type(p.elem());
        } else if (t instanceof Slice s) {
            sb.append("[]");
            type(s.elem());
        } else if (t instanceof Array a) {
            sb.append('[').append(a.len() < 0 ? "unknown" : Long.toString(a.len())).append(']');
            type(a.elem());
        } else if (t instanceof MapType m) {
            sb.append("map[");
            type(m.key());
            sb.append(']');
            type(m.elem());
        } else if (t instanceof Chan c) {
            boolean paren = false;
            switch (c.dir()) {
                case SEND -> sb.append("chan<- ");
                case RECV -> sb.append("<-chan ");
                default -> {
                    sb.append("chan ");
                    paren = c.elem() instanceof Chan e && e.dir() == Chan.Dir.RECV;
                }
            }
            if (paren) sb.append('(');
            type(c.elem());
            if (paren) sb.append(')');
        } else if (t instanceof Struct s) {
            sb.append("struct{");
            for (int i = 0; i < s.fields().size(); i++) {
                if (i > 0) sb.append("; ");
                Var f = s.fields().get(i);
                if (!f.embedded) sb.append(f.name).append(' ');
                type(f.type);
                if (!s.tag(i).isEmpty()) sb.append(' ').append(quote(s.tag(i)));
            }
            sb.append('}');
        } else if (t instanceof Tuple tu) {
            tuple(tu, false);
        } else if (t instanceof Signature sig) {
            sb.append("func");
            signature(sig);
        } else if (t instanceof Interface i) {
            iface(i);
        } else if (t instanceof Union u) {
            terms(u.terms());
        } else if (t instanceof Named n) {
            qualified(n.obj);
            if (!n.typeArgs.isEmpty()) {
                sb.append('[');
                list(n.typeArgs);
                sb.append(']');
            }
        } else if (t instanceof TypeParam tp) {
            sb.append(tp.obj.name);
        }
        return this;
    }

    private void list(List<Type> ts) {
        for (int i = 0; i < ts.size(); i++) {
            if (i > 0) sb.append(", ");
            type(ts.get(i));
        }
    }

    private void terms(List<Union.Term> terms) {
        for (int i = 0; i < terms.size(); i++) {
            if (i > 0) sb.append(" | ");
            if (terms.get(i).tilde()) sb.append('~');
            type(terms.get(i).type());
        }
    }

    private void iface(Interface i) {
        if (i == Universe.ANY) {
            sb.append("any");
            return;
        }
        if (i.implicit && i.embeddeds.size() == 1 && i.methods.isEmpty()) {
            type(i.embeddeds.get(0));
            return;
        }
        if (seen.containsKey(i)) {
            sb.append("interface{...}");
            return;
        }
        seen.put(i, true);
        sb.append("interface{");
        boolean first = true;
        if (i.typeSet().comparable && i.embeddeds.isEmpty() && i.methods.isEmpty()) {
            sb.append("comparable");
            first = false;
        }
        for (Func m : i.methods) {
            if (!first) sb.append("; ");
            first = false;
            sb.append(m.name);
            signature((Signature) m.type);
        }
        for (Type e : i.embeddeds) {
            if (!first) sb.append("; ");
            first = false;
            type(e);
        }
        sb.append('}');
        seen.remove(i);
    }

    void tuple(Tuple t, boolean variadic) {
        sb.append('(');
        for (int i = 0; i < t.size(); i++) {
            if (i > 0) sb.append(", ");
            Var v = t.vars().get(i);
            if (!v.name.isEmpty()) sb.append(v.name).append(' ');
            Type ty = v.type;
            if (variadic && i == t.size() - 1) {
                if (ty instanceof Slice s) {
                    sb.append("...");
                    ty = s.elem();
                } else {
                    type(ty);
                    sb.append("...");
                    continue;
                }
            }
            type(ty);
        }
        sb.append(')');
    }

    void signature(Signature s) {
        if (!s.typeParams().isEmpty()) {
            sb.append('[');
            for (int i = 0; i < s.typeParams().size(); i++) {
                if (i > 0) sb.append(", ");
                TypeParam tp = s.typeParams().get(i);
                sb.append(tp.obj.name).append(' ');
                type(tp.bound());
            }
            sb.append(']');
        }
        tuple(s.params(), s.variadic());
        Tuple r = s.results();
        if (r.size() == 0) return;
        sb.append(' ');
        if (r.size() == 1 && r.vars().get(0).name.isEmpty()) {
            type(r.at(0));
            return;
        }
        tuple(r, false);
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
