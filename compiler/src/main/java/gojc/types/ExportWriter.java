package gojc.types;

import gojc.constant.ConstCodec;
import gojc.syntax.Pos;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a checked package's export data: what importers need of it without its sources (the
 * format is described in docs/architecture.md, "Export data"). Types go to a table in the order
 * first met; a type met again is a back-reference, so shared types stay shared when read back.
 * A package whose exported API cannot be described (a local type escaping) throws
 * {@link Unexportable}: the build then checks that package from source.
 */
public final class ExportWriter {
    static final byte[] MAGIC = "gojc-export 1\n".getBytes(StandardCharsets.US_ASCII);

    // object tags
    static final int CONST = 1, VAR = 2, FUNC = 3, TYPE = 4, ALIAS = 5;
    // type tags; a value >= TAGS is a back-reference to type number value-TAGS
    static final int PREDECLARED = 0, POINTER = 1, SLICE = 2, ARRAY = 3, MAP = 4, CHAN = 5, STRUCT = 6,
            TUPLE = 7, SIGNATURE = 8, INTERFACE = 9, UNION = 10, TYPE_PARAM = 11, NAMED = 12, NAMED_REF = 13,
            INSTANCE = 14, NULL = 15, TAGS = 16;

    /** The types that are not declared in any package, by their number in export data. */
    static final List<Type> PREDECLARED_TYPES = List.of(Universe.INVALID, Universe.BOOL, Universe.INT, Universe.INT8,
            Universe.INT16, Universe.INT32, Universe.INT64, Universe.UINT, Universe.UINT8, Universe.UINT16,
            Universe.UINT32, Universe.UINT64, Universe.UINTPTR, Universe.FLOAT32, Universe.FLOAT64,
            Universe.COMPLEX64, Universe.COMPLEX128, Universe.STRING, Universe.UNSAFE_POINTER, Universe.BYTE,
            Universe.RUNE, Universe.UNTYPED_BOOL, Universe.UNTYPED_INT, Universe.UNTYPED_RUNE, Universe.UNTYPED_FLOAT,
            Universe.UNTYPED_COMPLEX, Universe.UNTYPED_STRING, Universe.UNTYPED_NIL, Universe.ERROR,
            Universe.COMPARABLE, Universe.ANY, Universe.EMPTY_INTERFACE);

    /** A package whose export data cannot be written; its importers must check it from source. */
    public static final class Unexportable extends RuntimeException {
        Unexportable(String message) {
            super(message);
        }
    }

    private final Package pkg;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final DataOutputStream out = new DataOutputStream(bytes);
    private final Map<String, Integer> strings = new HashMap<>();
    private final Map<Object, Integer> types = new IdentityHashMap<>();
    private final Map<gojc.syntax.Source, Integer> files = new IdentityHashMap<>();
    private final java.util.ArrayDeque<Named> pendingBodies = new java.util.ArrayDeque<>();

    private ExportWriter(Package pkg) {
        this.pkg = pkg;
    }

    /** The export data of a completely checked package. */
    public static byte[] write(Package pkg) {
        ExportWriter w = new ExportWriter(pkg);
        try {
            w.pkg();
            w.out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return w.bytes.toByteArray();
    }

    /**
     * Whether importers need this package's syntax: code generation instantiates generic
     * functions and methods from their bodies, which export data does not hold.
     */
    public static boolean hasGenericBodies(Package p) {
        for (Obj o : p.scope.elems.values()) {
            if (o instanceof Func f && !f.signature().typeParams().isEmpty()) return true;
            if (o instanceof TypeName tn && !tn.isAlias() && tn.type instanceof Named n && n.isGeneric()
                    && !n.methods.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private void pkg() throws IOException {
        out.write(MAGIC);
        string(pkg.path());
        string(pkg.name());
        out.writeBoolean(hasGenericBodies(pkg));
        uint(pkg.imports.size());
        for (Package p : pkg.imports) string(p.path());
        uint(pkg.scope.elems.size());
        for (Obj o : pkg.scope.elems.values()) {
            obj(o);
            bodies();
        }
    }

    /**
     * The underlying types and methods of the Named types the last object met, each after its
     * type number + 1, then 0. They come after the object, not inside it, so that no composite
     * type is still being read when a method's receiver mentions it (the receiver *T may be the
     * very Pointer that led to T).
     */
    private void bodies() throws IOException {
        for (Named n; (n = pendingBodies.poll()) != null; ) {
            uint(types.get(n) + 1);
            type(n.underlying());
            uint(n.methods.size());
            for (Func m : n.methods) {
                objHead(m);
                func(m);
            }
        }
        uint(0);
    }

    private void obj(Obj o) throws IOException {
        if (o instanceof Const c) {
            uint(CONST);
            objHead(o);
            type(c.type);
            ConstCodec.write(out, c.value);
        } else if (o instanceof Var v) {
            uint(VAR);
            objHead(o);
            type(v.type);
        } else if (o instanceof Func f) {
            uint(FUNC);
            objHead(o);
            func(f);
        } else if (o instanceof TypeName tn) {
            // a defined type's name and position travel with its Named in the type table
            uint(tn.isAlias() ? ALIAS : TYPE);
            if (tn.isAlias()) objHead(o);
            type(tn.type);
        } else {
            throw new Unexportable("package-level " + o);
        }
    }

    private void objHead(Obj o) throws IOException {
        string(o.name);
        pos(o.pos);
    }

    /**
     * A function's or method's signature and flags: whether it has no Go body (a native), and
     * whether it calls recover (a deferred call of it gets the panic to recover).
     */
    private void func(Func f) throws IOException {
        type(f.type);
        out.writeByte((f.bodyless() ? 1 : 0) | (f.usesRecover ? 2 : 0));
    }

    private void var(Var v) throws IOException {
        objHead(v);
        pkgRef(v.pkg);
        uint(v.kind.ordinal());
        out.writeBoolean(v.embedded);
        type(v.type);
    }

    private void type(Type t) throws IOException {
        if (t == null) {
            uint(NULL);
            return;
        }
        Integer ref = types.get(t);
        if (ref != null) {
            uint(TAGS + ref);
            return;
        }
        int pre = indexOfIdentity(PREDECLARED_TYPES, t);
        if (pre >= 0) {
            uint(PREDECLARED);
            uint(pre);
            return;
        }
        types.put(t, types.size());
        if (t instanceof Pointer p) {
            uint(POINTER);
            type(p.elem());
        } else if (t instanceof Slice s) {
            uint(SLICE);
            type(s.elem());
        } else if (t instanceof Array a) {
            uint(ARRAY);
            out.writeLong(a.len());
            type(a.elem());
        } else if (t instanceof MapType m) {
            uint(MAP);
            type(m.key());
            type(m.elem());
        } else if (t instanceof Chan c) {
            uint(CHAN);
            uint(c.dir().ordinal());
            type(c.elem());
        } else if (t instanceof Struct s) {
            uint(STRUCT);
            uint(s.fields().size());
            for (int i = 0; i < s.fields().size(); i++) {
                var(s.fields().get(i));
                string(s.tag(i));
            }
        } else if (t instanceof Tuple tu) {
            uint(TUPLE);
            uint(tu.size());
            for (Var v : tu.vars()) var(v);
        } else if (t instanceof Signature sig) {
            uint(SIGNATURE);
            out.writeBoolean(sig.recv() != null);
            if (sig.recv() != null) var(sig.recv());
            typeList(sig.typeParams());
            typeList(sig.recvTypeParams());
            type(sig.params());
            type(sig.results());
            out.writeBoolean(sig.variadic());
        } else if (t instanceof Interface i) {
            uint(INTERFACE);
            out.writeBoolean(i.implicit);
            out.writeBoolean(i.declaredComparable());
            uint(i.methods.size());
            for (Func m : i.methods) {
                objHead(m);
                pkgRef(m.pkg);
                type(m.type);
            }
            typeList(i.embeddeds);
        } else if (t instanceof Union u) {
            uint(UNION);
            uint(u.terms().size());
            for (Union.Term term : u.terms()) {
                out.writeBoolean(term.tilde());
                type(term.type());
            }
        } else if (t instanceof TypeParam tp) {
            uint(TYPE_PARAM);
            objHead(tp.obj);
            pkgRef(tp.obj.pkg);
            uint(tp.index);
            type(tp.bound);
        } else if (t instanceof Named n) {
            named(n);
        } else {
            throw new Unexportable("type " + t);
        }
    }

    private void named(Named n) throws IOException {
        if (n.orig != null) {
            uint(INSTANCE);
            type(n.orig);
            typeList(n.typeArgs);
            return;
        }
        TypeName obj = n.obj;
        if (obj.pkg == null || obj.pkg.scope.elems.get(obj.name) != obj) {
            throw new Unexportable("local type " + obj.name + " at " + obj.pos);
        }
        if (obj.pkg != pkg) {
            // declared by a dependency: importers find it in that package (one Named per type)
            uint(NAMED_REF);
            string(obj.pkg.path());
            string(obj.name);
            return;
        }
        uint(NAMED);
        objHead(obj);
        typeList(n.typeParams);
        pendingBodies.add(n);
    }

    private void typeList(List<? extends Type> ts) throws IOException {
        uint(ts.size());
        for (Type t : ts) type(t);
    }

    private static int indexOfIdentity(List<Type> l, Type t) {
        for (int i = 0; i < l.size(); i++) if (l.get(i) == t) return i;
        return -1;
    }

    private void pkgRef(Package p) throws IOException {
        string(p == null ? "" : p.path());
    }

    /** A position: file number (0 for none, else a new or earlier file), line, column. */
    private void pos(Pos p) throws IOException {
        if (p == null || p.source() == null) {
            uint(0);
            return;
        }
        Integer f = files.get(p.source());
        if (f == null) {
            int n = files.size() + 1; // one past the last: a new file, its path follows
            files.put(p.source(), n);
            uint(n);
            string(p.source().path().toString());
        } else {
            uint(f);
        }
        uint(p.line());
        uint(p.col());
    }

    /** A string: a back-reference into the string table, or a new one (index = table size). */
    private void string(String s) throws IOException {
        Integer i = strings.get(s);
        if (i != null) {
            uint(i);
            return;
        }
        uint(strings.size());
        strings.put(s, strings.size());
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        uint(b.length);
        out.write(b);
    }

    private void uint(long v) throws IOException {
        while ((v & ~0x7FL) != 0) {
            out.writeByte((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.writeByte((int) v);
    }
}
