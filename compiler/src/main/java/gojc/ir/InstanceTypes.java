package gojc.ir;

import gojc.types.Array;
import gojc.types.Basic;
import gojc.types.Chan;
import gojc.types.Func;
import gojc.types.Interface;
import gojc.types.MapType;
import gojc.types.Named;
import gojc.types.Pointer;
import gojc.types.Signature;
import gojc.types.Slice;
import gojc.types.Struct;
import gojc.types.Type;
import gojc.types.TypeName;
import gojc.types.Var;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Instances of generic types as run-time types (docs/architecture.md, Generics): their names
 * as gc prints them ({@code Pair[int,string]}, type arguments spelled with full package paths),
 * the base name of their JVM classes ({@code go/main/Pair$$int$2cstring}: struct class, boxes,
 * and {@code $T}, the class holding the definition), and the instances a package's code met,
 * whose definition classes and boxes the package emits (identical bytes in every package).
 */
public final class InstanceTypes {
    private InstanceTypes() {}

    private static final ThreadLocal<Map<String, Named>> MET = ThreadLocal.withInitial(LinkedHashMap::new);
    private static final ThreadLocal<Map<String, Named>> DONE = ThreadLocal.withInitial(LinkedHashMap::new);

    private static final ThreadLocal<Map<TypeName, Integer>> LOCAL_NUMBERS = ThreadLocal.withInitial(java.util.IdentityHashMap::new);

    /** Forgets the instances met: called when a package's compilation starts. */
    public static void reset() {
        MET.get().clear();
        DONE.get().clear();
        LOCAL_NUMBERS.get().clear();
    }

    /**
     * Numbers the package's types declared inside functions in source order, as gc numbers
     * them (its "vargen") in the names of instances having them as type arguments: G[main.L·1].
     */
    public static void numberLocalTypes(gojc.types.Info info, List<gojc.syntax.File> files) {
        List<TypeName> locals = new ArrayList<>();
        for (gojc.types.Obj o : info.defs.values()) {
            if (o instanceof TypeName tn && tn.pkg != null && !(tn.type() instanceof gojc.types.TypeParam)
                    && !IfaceTypes.localSuffix(tn).isEmpty()) locals.add(tn);
        }
        List<gojc.syntax.Source> order = new ArrayList<>();
        for (gojc.syntax.File f : files) order.add(f.source());
        locals.sort((a, b) -> {
            int c = Integer.compare(order.indexOf(a.pos.source()), order.indexOf(b.pos.source()));
            if (c == 0) c = Integer.compare(a.pos.line(), b.pos.line());
            return c != 0 ? c : Integer.compare(a.pos.col(), b.pos.col());
        });
        Map<TypeName, Integer> numbers = LOCAL_NUMBERS.get();
        for (TypeName tn : locals) numbers.put(tn, numbers.size() + 1);
    }

    /** Whether n is an instance of a generic type (with concrete type arguments). */
    public static boolean isInstance(Type t) {
        return t instanceof Named n && n.orig != null && !n.typeArgs.isEmpty();
    }

    /** Records that the package's code uses instance n as a run-time type. */
    static void met(Named n) {
        if (gojc.types.Instantiation.hasTypeParams(n)) return;
        MET.get().putIfAbsent(base(n), n);
    }

    /** The instances met and not yet handed out; each is handed out once. */
    public static List<Named> drain() {
        List<Named> r = new ArrayList<>();
        for (var e : MET.get().entrySet()) {
            if (DONE.get().putIfAbsent(e.getKey(), e.getValue()) == null) r.add(e.getValue());
        }
        return r;
    }

    /** The base of the instance's class names: the generic's, "$$", the type arguments. */
    public static String base(Named n) {
        return IfaceTypes.typeBase(n.obj) + "$$" + Generics.typeArgsName(n.typeArgs);
    }

    /** The class holding the instance's definition. */
    public static String defClass(Named n) {
        return base(n) + "$T";
    }

    /**
     * The definition's method: the base's last segment, so that "class#method" names the
     * instance's classes the way a $types reference does (gojc.rt.reflect.ValueForms).
     */
    public static String defMethod(Named n) {
        String b = base(n);
        return b.substring(b.lastIndexOf('/') + 1);
    }

    /** The instance's name as reflect and %T show it: Pair[int,main.T]. */
    public static String name(Named n) {
        StringBuilder b = new StringBuilder(n.obj.name).append('[');
        for (int i = 0; i < n.typeArgs.size(); i++) {
            if (i > 0) b.append(',');
            link(b, n.typeArgs.get(i));
        }
        return b.append(']').toString();
    }

    /** gc's link-name spelling of a type argument: named types qualified by package path. */
    private static void link(StringBuilder b, Type t) {
        if (t instanceof Named n) {
            TypeName o = n.obj;
            if (o.pkg != null) b.append(IfaceTypes.linkPath(o.pkg)).append('.');
            if (n.orig != null && !n.typeArgs.isEmpty()) {
                b.append(name(n));
            } else {
                b.append(o.name);
                // "·" as its UTF-8 bytes: type names are byte strings held one char per byte
                if (o.pkg != null && !IfaceTypes.localSuffix(o).isEmpty()) {
                    b.append("\u00c2\u00b7").append(LOCAL_NUMBERS.get().getOrDefault(o, o.pos.line()));
                }
            }
        } else if (t instanceof Basic bt) {
            b.append(bt.kind == Basic.Kind.UNSAFE_POINTER ? "unsafe.Pointer" : bt.kind.name().toLowerCase());
        } else if (t instanceof Pointer p) {
            b.append('*');
            link(b, p.elem());
        } else if (t instanceof Slice s) {
            b.append("[]");
            link(b, s.elem());
        } else if (t instanceof Array a) {
            b.append('[').append(a.len()).append(']');
            link(b, a.elem());
        } else if (t instanceof MapType m) {
            b.append("map[");
            link(b, m.key());
            b.append(']');
            link(b, m.elem());
        } else if (t instanceof Chan c) {
            b.append(switch (c.dir()) {
                case RECV -> "<-chan ";
                case SEND -> "chan<- ";
                case BOTH -> "chan ";
            });
            boolean paren = c.dir() == Chan.Dir.BOTH && c.elem() instanceof Chan e && e.dir() == Chan.Dir.RECV;
            if (paren) b.append('(');
            link(b, c.elem());
            if (paren) b.append(')');
        } else if (t instanceof Signature sig) {
            b.append("func");
            signature(b, sig);
        } else if (t instanceof Struct s) {
            if (s.fields().isEmpty()) {
                b.append("struct {}");
                return;
            }
            b.append("struct { ");
            for (int i = 0; i < s.fields().size(); i++) {
                Var f = s.fields().get(i);
                if (i > 0) b.append("; ");
                if (!f.embedded) {
                    if (!f.exported() && f.pkg != null) b.append(IfaceTypes.linkPath(f.pkg)).append('.');
                    b.append(f.name).append(' ');
                }
                link(b, f.type());
                if (!s.tag(i).isEmpty()) b.append(" \"").append(s.tag(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            }
            b.append(" }");
        } else if (t instanceof Interface i) {
            List<IfaceTypes.MethodInfo> ms = IfaceTypes.interfaceMethods(i);
            if (ms.isEmpty()) {
                b.append("interface {}");
                return;
            }
            b.append("interface { ");
            for (int k = 0; k < ms.size(); k++) {
                Func m = ms.get(k).func();
                if (k > 0) b.append("; ");
                if (!m.exported() && m.pkg != null) b.append(IfaceTypes.linkPath(m.pkg)).append('.');
                b.append(m.name);
                signature(b, m.signature());
            }
            b.append(" }");
        } else {
            b.append(t);
        }
    }

    private static void signature(StringBuilder b, Signature sig) {
        b.append('(');
        List<Var> ps = sig.params().vars();
        for (int i = 0; i < ps.size(); i++) {
            if (i > 0) b.append(", ");
            if (sig.variadic() && i == ps.size() - 1) {
                b.append("...");
                link(b, ((Slice) ps.get(i).type()).elem());
            } else {
                link(b, ps.get(i).type());
            }
        }
        b.append(')');
        List<Var> rs = sig.results().vars();
        if (rs.isEmpty()) return;
        b.append(' ');
        if (rs.size() > 1) b.append('(');
        for (int i = 0; i < rs.size(); i++) {
            if (i > 0) b.append(", ");
            link(b, rs.get(i).type());
        }
        if (rs.size() > 1) b.append(')');
    }
}
