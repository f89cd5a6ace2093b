package gojc.ir;

import gojc.syntax.Pos;
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
import gojc.types.Universe;
import gojc.types.Var;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compile-time side of interfaces: the encoding of Go types that {@code gojc.rt.TypeCodec}
 * decodes into run-time descriptors, method sets (with the embedding path of promoted
 * methods), and the names of the JVM artifacts: method-identity interfaces, value boxes and
 * the per-package {@code $types} class holding named types' definitions.
 */
public final class IfaceTypes {
    private IfaceTypes() {}

    public static final String TYPE = "gojc/rt/Type";
    public static final String BOX = "gojc/rt/Box";
    public static final String TYPED = "gojc/rt/Typed";

    // ---- Method identities ----

    /**
     * One method of a method set: the Go method (declared on a named type, or an interface's),
     * the field path to the embedded value it is promoted from (empty for own methods), and
     * whether only the pointer type's set has it.
     */
    public record MethodInfo(String name, String pkgPath, Func func, List<Integer> path, boolean ptrOnly) {
        public Signature sig() {
            return func.signature();
        }
    }

    /** The JVM identity of a method: the interface class, its method's name and descriptor. */
    public record MethodId(String ifaceClass, String javaName, String descriptor) {}

    public static String pkgPathOf(Func m) {
        return m.exported() || m.pkg == null ? "" : linkPath(m.pkg);
    }

    /** A package's path as run-time type data shows it: gc calls the main package "main". */
    public static String linkPath(gojc.types.Package p) {
        return p.name().equals("main") ? "main" : p.path();
    }

    /**
     * The Java interface of a method identity (Go name, package path when unexported, JVM
     * descriptor without receiver). Error() string and String() string map to the runtime's
     * GoError and GoStringer, so runtime values and the panic printer share them.
     */
    public static MethodId methodId(String name, String pkgPath, Signature sig, Pos where) {
        String desc = FuncShape.of(sig, where).descriptor();
        if (pkgPath.isEmpty() && desc.equals("()L" + IrType.GOSTRING + ";")) {
            if (name.equals("Error")) return new MethodId("gojc/rt/GoError", "error", desc);
            if (name.equals("String")) return new MethodId("gojc/rt/GoStringer", "string", desc);
        }
        String javaName = "m$" + Names.mangle(name) + (pkgPath.isEmpty() ? "" : "$" + hash(pkgPath).substring(0, 8));
        return new MethodId("go/$m/" + Names.mangle(name) + "$" + hash(pkgPath + " " + desc).substring(0, 12), javaName, desc);
    }

    public static MethodId methodId(MethodInfo m, Pos where) {
        return methodId(m.name, m.pkgPath, m.sig(), where);
    }

    /** Whether the class is a generated method interface (rather than a runtime one). */
    public static boolean isGenerated(MethodId id) {
        return id.ifaceClass.startsWith("go/$m/");
    }

    // ---- Method sets ----

    /** The methods of an interface type, sorted by name then package path (gc's order). */
    public static List<MethodInfo> interfaceMethods(Interface i) {
        List<MethodInfo> r = new ArrayList<>();
        for (Func m : i.allMethods()) r.add(new MethodInfo(m.name, pkgPathOf(m), m, List.of(), false));
        r.sort(IfaceTypes::compare);
        return r;
    }

    private static int compare(MethodInfo a, MethodInfo b) {
        int c = a.name.compareTo(b.name);
        return c != 0 ? c : a.pkgPath.compareTo(b.pkgPath);
    }

    /**
     * The method set of the pointer type *t (t a named or struct type), promoted methods
     * included; entries with ptrOnly are not in t's own set. Names found at the same depth
     * twice are ambiguous and left out; shallower names (fields too) hide deeper ones.
     */
    public static List<MethodInfo> methodSet(Type t) {
        Map<String, MethodInfo> found = new HashMap<>();
        Set<String> blocked = new HashSet<>();
        record Entry(Type type, List<Integer> path, boolean viaPtr) {}
        List<Entry> level = List.of(new Entry(t, List.of(), false));
        Set<Type> seen = new HashSet<>();
        boolean top = true;
        while (!level.isEmpty()) {
            Map<String, Integer> counts = new HashMap<>();
            Map<String, MethodInfo> here = new HashMap<>();
            List<Entry> next = new ArrayList<>();
            for (Entry e : level) {
                Type et = e.type;
                if (et instanceof Named n) {
                    if (!seen.add(n)) continue;
                    if (!(n.underlying() instanceof Interface)) {
                        for (Func m : n.methods()) {
                            boolean ptrRecv = m.signature().recv().type() instanceof Pointer;
                            String key = m.name + " " + pkgPathOf(m);
                            counts.merge(key, 1, Integer::sum);
                            here.put(key, new MethodInfo(m.name, pkgPathOf(m), m, e.path, ptrRecv && !e.viaPtr));
                        }
                    }
                }
                Type u = et.underlying();
                if (u instanceof Interface i && !top) {
                    for (Func m : i.allMethods()) {
                        String key = m.name + " " + pkgPathOf(m);
                        counts.merge(key, 1, Integer::sum);
                        here.put(key, new MethodInfo(m.name, pkgPathOf(m), m, e.path, false));
                    }
                } else if (u instanceof Struct s) {
                    for (int i = 0; i < s.fields().size(); i++) {
                        Var f = s.fields().get(i);
                        String key = f.name + " " + (f.exported() || f.pkg == null ? "" : linkPath(f.pkg));
                        if (!top) counts.merge(key, 1, Integer::sum);
                        if (!f.embedded) continue;
                        Type ft = f.type();
                        boolean ptr = ft instanceof Pointer;
                        if (ptr) ft = ((Pointer) ft).elem();
                        List<Integer> p = new ArrayList<>(e.path);
                        p.add(i);
                        next.add(new Entry(ft, List.copyOf(p), e.viaPtr || ptr));
                    }
                }
            }
            for (var c : counts.entrySet()) {
                String key = c.getKey();
                if (found.containsKey(key) || blocked.contains(key)) continue;
                MethodInfo m = here.get(key);
                if (c.getValue() == 1 && m != null) found.put(key, m);
                else blocked.add(key);
            }
            level = next;
            top = false;
        }
        List<MethodInfo> r = new ArrayList<>(found.values());
        r.sort(IfaceTypes::compare);
        return r;
    }

    /** Whether values of t in interfaces get a generated box: named, not struct/interface... see boxClass. */
    public static boolean hasValueMethods(Type t) {
        if (!(t instanceof Named n) || n.underlying() instanceof Interface) return false;
        for (MethodInfo m : methodSet(t)) if (!m.ptrOnly) return true;
        return false;
    }

    /** Whether *t (t named, not a struct) has methods, so its pointers get a generated box. */
    public static boolean hasPointerMethods(Type t) {
        return t instanceof Named n && !(n.underlying() instanceof Interface) && !methodSet(t).isEmpty();
    }

    // ---- Names ----

    /** go/&lt;pkg&gt;/&lt;Name&gt;, with the declaration position for a type declared in a function. */
    public static String typeBase(TypeName obj) {
        return Names.packageDir(obj.pkg) + "/" + Names.mangle(obj.name) + localSuffix(obj);
    }

    static String localSuffix(TypeName obj) {
        if (obj.parent() != null && obj.parent().parent != Universe.SCOPE) return "$" + obj.pos.line() + "_" + obj.pos.col();
        return "";
    }

    /** The class boxing values of a named type with value methods. */
    public static String boxClass(Named n) {
        return base(n) + "$box";
    }

    /** The class boxing pointers *N of a named non-struct type with methods. */
    public static String ptrBoxClass(Named n) {
        return base(n) + "$pbox";
    }

    /** The base of a named type's class names; an instance of a generic type has its own. */
    private static String base(Named n) {
        if (!InstanceTypes.isInstance(n)) return typeBase(n.obj);
        InstanceTypes.met(n);
        return InstanceTypes.base(n);
    }

    /** The Box subclass standing for a nil *N (N a named struct type with methods) in interfaces. */
    public static String nilPtrClass(Named n) {
        return typeBase(n.obj) + "$nilp";
    }

    public static String typesClass(gojc.types.Package p) {
        return Names.packageDir(p) + "/$types";
    }

    /** The $types method returning a named type's definition. */
    public static String defMethod(TypeName obj) {
        return Names.mangle(obj.name) + localSuffix(obj);
    }

    // ---- The encoding (grammar in gojc.rt.TypeCodec) ----

    public static String encode(Type t, Pos where) {
        StringBuilder b = new StringBuilder();
        encode(b, t, where);
        return b.toString();
    }

    private static void encode(StringBuilder b, Type t, Pos where) {
        if (t instanceof Named n) {
            if (n.isGeneric() || gojc.types.Instantiation.hasTypeParams(n)) {
                throw new NotSupported("generic type " + t + " in an interface", where);
            }
            TypeName o = n.obj;
            if (InstanceTypes.isInstance(n)) {
                InstanceTypes.met(n);
                b.append('n');
                str(b, linkPath(o.pkg));
                str(b, o.pkg.name());
                str(b, InstanceTypes.name(n));
                str(b, "");
                str(b, InstanceTypes.defClass(n) + "#" + InstanceTypes.defMethod(n));
                return;
            }
            b.append('n');
            if (o.pkg == null) {
                str(b, "");
                str(b, "");
                str(b, o.name);
                str(b, "");
                str(b, "");
                return;
            }
            str(b, linkPath(o.pkg));
            str(b, o.pkg.name());
            str(b, o.name);
            str(b, localSuffix(o));
            str(b, typesClass(o.pkg) + "#" + defMethod(o));
            return;
        }
        if (t instanceof Basic bt) {
            if (bt.kind == Basic.Kind.UNSAFE_POINTER) {
                b.append("b26;");
                return;
            }
            int k = GoKind.of(t);
            if (k == 0) throw new NotSupported("type " + t + " in an interface", where);
            b.append('b').append(k).append(';');
        } else if (t instanceof Pointer p) {
            b.append('p');
            encode(b, p.elem(), where);
        } else if (t instanceof Slice s) {
            b.append('l');
            encode(b, s.elem(), where);
        } else if (t instanceof Array a) {
            b.append('a').append(a.len()).append(';');
            encode(b, a.elem(), where);
        } else if (t instanceof MapType m) {
            b.append('m');
            encode(b, m.key(), where);
            encode(b, m.elem(), where);
        } else if (t instanceof Chan c) {
            b.append('c').append(switch (c.dir()) {
                case RECV -> 1;
                case SEND -> 2;
                case BOTH -> 3;
            }).append(';');
            encode(b, c.elem(), where);
        } else if (t instanceof Signature sig) {
            b.append('f').append(sig.variadic() ? 1 : 0).append(';');
            b.append(sig.params().size()).append(';');
            for (Var v : sig.params().vars()) encode(b, v.type(), where);
            b.append(sig.results().size()).append(';');
            for (Var v : sig.results().vars()) encode(b, v.type(), where);
        } else if (t instanceof Struct s) {
            b.append('s').append(s.fields().size()).append(';');
            for (int i = 0; i < s.fields().size(); i++) {
                Var f = s.fields().get(i);
                str(b, f.name);
                str(b, f.exported() || f.pkg == null ? "" : linkPath(f.pkg));
                str(b, s.tag(i));
                b.append(f.embedded ? 1 : 0).append(';');
                encode(b, f.type(), where);
            }
        } else if (t instanceof Interface i) {
            if (!i.isBasic()) throw new NotSupported("constraint interface " + t, where);
            List<MethodInfo> ms = interfaceMethods(i);
            b.append('i').append(ms.size()).append(';');
            for (MethodInfo m : ms) {
                str(b, m.name);
                str(b, m.pkgPath);
                encode(b, withoutRecv(m.sig()), where);
            }
        } else {
            throw new NotSupported("type " + t + " in an interface", where);
        }
    }

    private static Signature withoutRecv(Signature s) {
        return s.recv() == null ? s : Signature.of(s.params(), s.results(), s.variadic());
    }

    /** A named type's definition: its underlying type and its method set (*N's, flagged). */
    public static String definition(Named n, Pos where) {
        StringBuilder b = new StringBuilder();
        encode(b, n.underlying(), where);
        if (n.underlying() instanceof Interface) {
            b.append("0;");
            return b.toString();
        }
        List<MethodInfo> ms = methodSet(n);
        b.append(ms.size()).append(';');
        for (MethodInfo m : ms) {
            str(b, m.name);
            str(b, m.pkgPath);
            // flags: 1 = only *N has it, 2 = its body calls recover (a deferred i.M() hands it the panic)
            b.append((m.ptrOnly ? 1 : 0) | (m.func().usesRecover() ? 2 : 0)).append(';');
            encode(b, withoutRecv(m.sig()), where);
            MethodId id = methodId(m, where);
            str(b, id.ifaceClass);
            str(b, id.javaName);
            str(b, id.descriptor);
        }
        return b.toString();
    }

    private static void str(StringBuilder b, String s) {
        b.append(s.length()).append(';').append(s);
    }

    static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 8; i++) sb.append(String.format("%02x", d[i]));
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
