package gojc.rt;

import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The run-time descriptor of a Go type: one canonical object per Go type in the program, so
 * type identity is {@code ==}. Unnamed types are interned by structure (their components are
 * canonical already); named types by package path, name and, for types declared inside
 * functions, a position suffix. The compiler loads descriptors with {@code ldc} of a dynamic
 * constant whose bootstrap ({@link #bootstrap}) decodes an encoding ({@link TypeCodec});
 * a named type's definition (underlying type and methods) is read lazily from its package's
 * {@code $types} class the first time it is needed. This is what interfaces, type assertions,
 * {@code ==} on interfaces, and later reflect and fmt stand on.
 */
public final class Type {
    /** One of the {@link Kind} constants; set for a named type when its definition loads. */
    int kind;
    /** For a named type: its package's import path ("" for predeclared types) and name; else null. */
    public final String pkgPath, name;
    /** For a named type: the package's name, as type strings print it. */
    final String pkgName;
    /** Loads a named type's definition: "class#method" of its package's $types class. */
    final String defRef;

    Type elem, key;
    long len;
    int chanDir;
    Field[] fields;
    Type[] params, results;
    boolean variadic;
    /** Interface: its methods; other types: the method set (both sorted as gc sorts them). */
    Method[] methods;
    Type underlying;
    long size;
    int align;
    boolean comparable;
    private String str;
    private volatile boolean defined;
    /** Pointer to this type, made on demand. */
    private volatile Type ptrTo;
    /** For interface types: the implements verdicts by dynamic type ("" = yes, else missing method). */
    final ConcurrentHashMap<Type, String> itabs = new ConcurrentHashMap<>();
    final int id;

    private static int nextId;
    private static final Object LOCK = new Object();
    private static final Map<String, Type> INTERNED = new HashMap<>();

    /** Channel directions, as reflect.ChanDir. */
    public static final int RECV_DIR = 1, SEND_DIR = 2, BOTH_DIR = 3;

    /** A struct field. */
    public static final class Field {
        public final String name, pkgPath, tag;
        public final Type type;
        public final boolean embedded;
        public long offset;

        Field(String name, String pkgPath, String tag, Type type, boolean embedded) {
            this.name = name;
            this.pkgPath = pkgPath;
            this.tag = tag;
            this.type = type;
            this.embedded = embedded;
        }
    }

    /**
     * A method: Go name, package path for unexported names ("" otherwise), signature without
     * receiver, and how compiled code calls it on a dynamic value: the Java interface of the
     * method's identity and its method name and descriptor (see docs/architecture.md).
     */
    public static final class Method {
        public final String name, pkgPath;
        public final Type type;
        /** True for a named type's method whose receiver is a pointer (not in T's own set). */
        public final boolean ptrRecv;
        public final String ifaceClass, javaName, descriptor;
        /** Whether the method's body calls recover (set with the definition). */
        boolean usesRecover;

        Method(String name, String pkgPath, Type type, boolean ptrRecv, String ifaceClass, String javaName, String descriptor) {
            this.name = name;
            this.pkgPath = pkgPath;
            this.type = type;
            this.ptrRecv = ptrRecv;
            this.ifaceClass = ifaceClass;
            this.javaName = javaName;
            this.descriptor = descriptor;
        }

        public boolean usesRecover() {
            return usesRecover;
        }

        boolean sameId(Method m) {
            return name.equals(m.name) && pkgPath.equals(m.pkgPath);
        }
    }

    private Type(int kind, String pkgPath, String name, String pkgName, String defRef) {
        this.kind = kind;
        this.pkgPath = pkgPath;
        this.name = name;
        this.pkgName = pkgName;
        this.defRef = defRef;
        this.id = nextId++;
        this.underlying = this;
    }

    // ---- Creation and interning (callers hold LOCK) ----

    static Type intern(String key, Type fresh) {
        Type t = INTERNED.get(key);
        if (t != null) {
            return t;
        }
        fresh.layout();
        fresh.defined = true;
        INTERNED.put(key, fresh);
        return fresh;
    }

    static Type basic(int kind) {
        synchronized (LOCK) {
            return intern("B" + kind, new Type(kind, null, null, null, null));
        }
    }

    static Type pointer(Type elem) {
        Type t = new Type(Kind.POINTER, null, null, null, null);
        t.elem = elem;
        return intern("P" + elem.id, t);
    }

    static Type slice(Type elem) {
        Type t = new Type(Kind.SLICE, null, null, null, null);
        t.elem = elem;
        return intern("L" + elem.id, t);
    }

    static Type array(long len, Type elem) {
        Type t = new Type(Kind.ARRAY, null, null, null, null);
        t.elem = elem;
        t.len = len;
        return intern("A" + len + ":" + elem.id, t);
    }

    static Type map(Type key, Type elem) {
        Type t = new Type(Kind.MAP, null, null, null, null);
        t.key = key;
        t.elem = elem;
        return intern("M" + key.id + ":" + elem.id, t);
    }

    static Type chan(int dir, Type elem) {
        Type t = new Type(Kind.CHAN, null, null, null, null);
        t.chanDir = dir;
        t.elem = elem;
        return intern("C" + dir + ":" + elem.id, t);
    }

    static Type func(Type[] params, Type[] results, boolean variadic) {
        Type t = new Type(Kind.FUNC, null, null, null, null);
        t.params = params;
        t.results = results;
        t.variadic = variadic;
        StringBuilder k = new StringBuilder("F").append(variadic ? 'v' : '-');
        for (Type p : params) {
            k.append(p.id).append(',');
        }
        k.append('>');
        for (Type r : results) {
            k.append(r.id).append(',');
        }
        return intern(k.toString(), t);
    }

    static Type struct(Field[] fields) {
        Type t = new Type(Kind.STRUCT, null, null, null, null);
        t.fields = fields;
        StringBuilder k = new StringBuilder("S");
        for (Field f : fields) {
            k.append(f.name.length()).append(':').append(f.name).append(f.pkgPath.length()).append(':').append(f.pkgPath)
                    .append(f.tag.length()).append(':').append(f.tag).append(f.embedded ? '!' : '-').append(f.type.id).append(';');
        }
        return intern(k.toString(), t);
    }

    static Type iface(Method[] methods) {
        Type t = new Type(Kind.INTERFACE, null, null, null, null);
        sortMethods(methods);
        t.methods = methods;
        StringBuilder k = new StringBuilder("I");
        for (Method m : methods) {
            k.append(m.name).append(' ').append(m.pkgPath).append(' ').append(m.type.id).append(';');
        }
        return intern(k.toString(), t);
    }

    /** A named type, created undefined: its definition is loaded on first structural use. */
    static Type named(String pkgPath, String pkgName, String name, String local, String defRef) {
        String key = "N" + pkgPath + "." + name + local;
        Type t = INTERNED.get(key);
        if (t == null) {
            t = new Type(Kind.INVALID, pkgPath, name, pkgName, defRef);
            INTERNED.put(key, t);
        }
        return t;
    }

    /** Gives a named type its underlying type and method set (from its package's $types class). */
    void define(Type u, Method[] ms) {
        Type self = this;
        self.underlying = u;
        self.elem = u.elem;
        self.key = u.key;
        self.len = u.len;
        self.chanDir = u.chanDir;
        self.fields = u.fields;
        self.params = u.params;
        self.results = u.results;
        self.variadic = u.variadic;
        self.size = u.size;
        self.align = u.align;
        self.comparable = u.comparable;
        if (u.kind == Kind.INTERFACE) {
            self.methods = u.methods;
        } else {
            sortMethods(ms);
            self.methods = ms;
        }
        self.kind = u.kind;
        defined = true;
    }

    /** One of the {@link Kind} constants. */
    public int kind() {
        ensureDefined();
        return kind;
    }

    void ensureDefined() {
        if (defined) {
            return;
        }
        synchronized (LOCK) {
            if (!defined) {
                TypeCodec.loadDefinition(this);
            }
        }
    }

    private static void sortMethods(Method[] ms) {
        // gc sorts method sets by name, exported names first (they sort before lower case in ASCII),
        // then by package path for equal unexported names.
        java.util.Arrays.sort(ms, (a, b) -> {
            int c = a.name.compareTo(b.name);
            return c != 0 ? c : a.pkgPath.compareTo(b.pkgPath);
        });
    }

    private void layout() {
        switch (kind) {
            case Kind.BOOL: case Kind.INT8: case Kind.UINT8:
                sized(1, 1, true);
                break;
            case Kind.INT16: case Kind.UINT16:
                sized(2, 2, true);
                break;
            case Kind.INT32: case Kind.UINT32: case Kind.FLOAT32:
                sized(4, 4, true);
                break;
            case Kind.INT: case Kind.INT64: case Kind.UINT: case Kind.UINT64: case Kind.UINTPTR: case Kind.FLOAT64:
            case Kind.POINTER: case Kind.CHAN: case Kind.UNSAFE_POINTER:
                sized(8, 8, true);
                break;
            case Kind.COMPLEX64:
                sized(8, 4, true);
                break;
            case Kind.COMPLEX128:
                sized(16, 8, true);
                break;
            case Kind.STRING: case Kind.INTERFACE:
                sized(16, 8, true);
                break;
            case Kind.MAP: case Kind.FUNC:
                sized(8, 8, false);
                break;
            case Kind.SLICE:
                sized(24, 8, false);
                break;
            case Kind.ARRAY:
                elem.ensureDefined();
                sized(len * elem.size, elem.align, elem.comparable);
                break;
            case Kind.STRUCT: {
                long off = 0;
                int al = 1;
                boolean cmp = true;
                for (Field f : fields) {
                    Type ft = f.type;
                    ft.ensureDefined();
                    off = (off + ft.align - 1) / ft.align * ft.align;
                    f.offset = off;
                    off += ft.size;
                    al = Math.max(al, ft.align);
                    cmp &= ft.comparable;
                }
                // gc pads a struct ending in a zero-size field so &last does not point past it.
                if (fields.length > 0 && fields[fields.length - 1].type.size == 0 && off > 0) {
                    off++;
                }
                off = (off + al - 1) / al * al;
                sized(off, al, cmp);
                break;
            }
            default:
                break;
        }
    }

    private void sized(long size, int align, boolean comparable) {
        this.size = size;
        this.align = align;
        this.comparable = comparable;
    }

    // ---- Accessors (named types load their definition first) ----

    public Type elem() {
        ensureDefined();
        return elem;
    }

    public Type key() {
        ensureDefined();
        return key;
    }

    public long len() {
        ensureDefined();
        return len;
    }

    public int chanDir() {
        ensureDefined();
        return chanDir;
    }

    public Field[] fields() {
        ensureDefined();
        return fields;
    }

    public Type[] params() {
        ensureDefined();
        return params;
    }

    public Type[] results() {
        ensureDefined();
        return results;
    }

    public boolean isVariadic() {
        ensureDefined();
        return variadic;
    }

    /** Interface types: the interface's methods; others: the method set. */
    public Method[] methods() {
        ensureDefined();
        if (kind == Kind.POINTER && elem.name != null && elem.kind() != Kind.POINTER && elem.kind() != Kind.INTERFACE) {
            return elem.methods.clone(); // *T has all of T's methods, pointer receivers too
        }
        if (kind == Kind.POINTER && elem.name == null && elem.kind == Kind.STRUCT) {
            return elem.promoted().clone(); // *struct{...}: every promoted method
        }
        if (kind == Kind.STRUCT && name == null) {
            List<Method> own = new ArrayList<>();
            for (Method m : promoted()) {
                if (!m.ptrRecv) {
                    own.add(m);
                }
            }
            return own.toArray(new Method[0]);
        }
        if (name != null && kind != Kind.INTERFACE) {
            List<Method> own = new ArrayList<>();
            for (Method m : methods) {
                if (!m.ptrRecv) {
                    own.add(m);
                }
            }
            return own.toArray(new Method[0]);
        }
        return methods == null ? new Method[0] : methods;
    }

    /**
     * Unnamed struct type: the methods promoted from its embedded fields (an embedded field's
     * type is a type name, so its method set holds the deeper promotions already), ptrRecv
     * marking those only *S has. A name two fields promote, or a field of the struct has, is
     * not promoted (the selector would be ambiguous or select the field). Computed once.
     */
    private Method[] promoted() {
        synchronized (LOCK) {
            if (methods != null) {
                return methods;
            }
            java.util.Map<String, Method> found = new java.util.LinkedHashMap<>();
            java.util.Set<String> dropped = new java.util.HashSet<>();
            for (Field f : fields) {
                if (!f.embedded) {
                    continue;
                }
                boolean viaPtr = f.type.kind() == Kind.POINTER;
                Type base = viaPtr ? f.type.elem : f.type;
                base.ensureDefined();
                if (base.name == null || base.methods == null) {
                    continue;
                }
                boolean iface = base.kind == Kind.INTERFACE;
                for (Method m : base.methods) {
                    String key = m.name + " " + m.pkgPath;
                    if (found.containsKey(key)) {
                        dropped.add(key);
                        continue;
                    }
                    Method pm = new Method(m.name, m.pkgPath, m.type, !iface && m.ptrRecv && !viaPtr,
                            m.ifaceClass, m.javaName, m.descriptor);
                    pm.usesRecover = m.usesRecover;
                    found.put(key, pm);
                }
            }
            for (Field f : fields) {
                dropped.add(f.name + " " + (isExportedName(f.name) ? "" : f.pkgPath));
            }
            List<Method> ms = new ArrayList<>();
            for (java.util.Map.Entry<String, Method> e : found.entrySet()) {
                if (!dropped.contains(e.getKey())) {
                    ms.add(e.getValue());
                }
            }
            Method[] r = ms.toArray(new Method[0]);
            sortMethods(r);
            methods = r;
            return r;
        }
    }

    private static boolean isExportedName(String n) {
        return !n.isEmpty() && Character.isUpperCase(n.codePointAt(0));
    }

    public Type underlying() {
        ensureDefined();
        return underlying;
    }

    public long size() {
        ensureDefined();
        return size;
    }

    public int align() {
        ensureDefined();
        return align;
    }

    public boolean comparable() {
        ensureDefined();
        return comparable;
    }

    public boolean isNamed() {
        return name != null;
    }

    /** For a named type: "class#method" of its definition in its package's $types class. */
    public String defRef() {
        return defRef;
    }

    /** The package name qualifying a named type in type strings ("" for predeclared types). */
    public String pkgName() {
        return pkgName;
    }

    // ---- Unnamed types made at run time (reflect.SliceOf, MapOf, ...) ----

    public static Type sliceOf(Type elem) {
        synchronized (LOCK) {
            return slice(elem);
        }
    }

    public static Type arrayOf(long len, Type elem) {
        synchronized (LOCK) {
            return array(len, elem);
        }
    }

    public static Type mapOf(Type key, Type elem) {
        synchronized (LOCK) {
            return map(key, elem);
        }
    }

    public static Type chanOf(int dir, Type elem) {
        synchronized (LOCK) {
            return chan(dir, elem);
        }
    }

    public static Type funcOf(Type[] params, Type[] results, boolean variadic) {
        synchronized (LOCK) {
            return func(params, results, variadic);
        }
    }

    /**
     * reflect.StructOf: the struct type of the given fields (name, package path of an
     * unexported name or "", tag, type, embedded), interned as compiled struct types are.
     */
    public static Type structOf(String[] names, String[] pkgPaths, String[] tags, Type[] types, boolean[] embedded) {
        Field[] fs = new Field[names.length];
        for (int i = 0; i < fs.length; i++) {
            fs[i] = new Field(names[i], pkgPaths[i], tags[i], types[i], embedded[i]);
        }
        synchronized (LOCK) {
            return struct(fs);
        }
    }

    /** The pointer type *t. */
    public Type ptrTo() {
        Type p = ptrTo;
        if (p == null) {
            synchronized (LOCK) {
                p = pointer(this);
                ptrTo = p;
            }
        }
        return p;
    }

    /** The type string as gc's %T and panics print it: main.T, *main.T, []int, map[string]int... */
    @Override
    public String toString() {
        String s = str;
        if (s == null) {
            StringBuilder b = new StringBuilder();
            write(b);
            s = b.toString();
            str = s;
        }
        return s;
    }

    private void write(StringBuilder b) {
        if (name != null) {
            if (pkgName != null && !pkgName.isEmpty()) {
                b.append(pkgName).append('.');
            }
            b.append(name);
            return;
        }
        switch (kind) {
            case Kind.POINTER:
                b.append('*');
                elem.write(b);
                return;
            case Kind.SLICE:
                b.append("[]");
                elem.write(b);
                return;
            case Kind.ARRAY:
                b.append('[').append(len).append(']');
                elem.write(b);
                return;
            case Kind.MAP:
                b.append("map[");
                key.write(b);
                b.append(']');
                elem.write(b);
                return;
            case Kind.CHAN:
                b.append(chanDir == RECV_DIR ? "<-chan " : chanDir == SEND_DIR ? "chan<- " : "chan ");
                boolean paren = chanDir == BOTH_DIR && elem.name == null && elem.kind == Kind.CHAN && elem.chanDir == RECV_DIR;
                if (paren) {
                    b.append('(');
                }
                elem.write(b);
                if (paren) {
                    b.append(')');
                }
                return;
            case Kind.FUNC:
                b.append("func");
                signature(b);
                return;
            case Kind.STRUCT:
                if (fields.length == 0) {
                    b.append("struct {}");
                    return;
                }
                b.append("struct { ");
                for (int i = 0; i < fields.length; i++) {
                    Field f = fields[i];
                    if (i > 0) {
                        b.append("; ");
                    }
                    if (!f.embedded) {
                        b.append(f.name).append(' ');
                    }
                    f.type.write(b);
                    if (!f.tag.isEmpty()) {
                        b.append(' ');
                        quote(b, f.tag);
                    }
                }
                b.append(" }");
                return;
            case Kind.INTERFACE:
                if (methods.length == 0) {
                    b.append("interface {}");
                    return;
                }
                b.append("interface { ");
                for (int i = 0; i < methods.length; i++) {
                    if (i > 0) {
                        b.append("; ");
                    }
                    b.append(methods[i].name);
                    methods[i].type.signature(b);
                }
                b.append(" }");
                return;
            default:
                b.append(KIND_NAMES[kind]);
        }
    }

    private void signature(StringBuilder b) {
        b.append('(');
        for (int i = 0; i < params.length; i++) {
            if (i > 0) {
                b.append(", ");
            }
            if (variadic && i == params.length - 1) {
                b.append("...");
                params[i].elem.write(b);
            } else {
                params[i].write(b);
            }
        }
        b.append(')');
        if (results.length == 1) {
            b.append(' ');
            results[0].write(b);
        } else if (results.length > 1) {
            b.append(" (");
            for (int i = 0; i < results.length; i++) {
                if (i > 0) {
                    b.append(", ");
                }
                results[i].write(b);
            }
            b.append(')');
        }
    }

    /** strconv.Quote for struct tags (ASCII escapes; other bytes pass through). */
    private static void quote(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c < 0x20 || c == 0x7f) {
                b.append(String.format("\\x%02x", (int) c));
            } else {
                b.append(c);
            }
        }
        b.append('"');
    }

    static final String[] KIND_NAMES = {
        "invalid", "bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32",
        "uint64", "uintptr", "float32", "float64", "complex64", "complex128", "array", "chan", "func",
        "interface", "map", "ptr", "slice", "string", "struct", "unsafe.Pointer",
    };

    // ---- Interfaces ----

    /**
     * Whether dynamic type t implements this interface type: "" if it does, else the name of
     * the first missing method (gc's itab check, which reports a wrongly typed method as missing).
     */
    public String missingMethod(Type t) {
        String r = itabs.get(t);
        if (r == null) {
            r = computeMissing(t);
            itabs.put(t, r);
        }
        return r;
    }

    private String computeMissing(Type t) {
        Method[] want = methods();
        Method[] have = t.methods();
        int j = 0;
        for (Method m : want) {
            while (j < have.length && !have[j].sameId(m) && compareId(have[j], m) < 0) {
                j++;
            }
            if (j >= have.length || !have[j].sameId(m) || have[j].type != m.type) {
                return m.name;
            }
        }
        return "";
    }

    private static int compareId(Method a, Method b) {
        int c = a.name.compareTo(b.name);
        return c != 0 ? c : a.pkgPath.compareTo(b.pkgPath);
    }

    /** The method of this type's method set with the given name and package path, or null. */
    public Method method(String name, String pkgPath) {
        for (Method m : methods()) {
            if (m.name.equals(name) && m.pkgPath.equals(pkgPath)) {
                return m;
            }
        }
        return null;
    }

    // ---- Dynamic values ----

    /** The types of the predeclared kinds whose values interfaces hold in plain Java boxes. */
    public static final Type BOOL = basic(Kind.BOOL), INT = basic(Kind.INT), INT32 = basic(Kind.INT32),
            FLOAT32 = basic(Kind.FLOAT32), FLOAT64 = basic(Kind.FLOAT64), STRING = basic(Kind.STRING),
            COMPLEX64 = basic(Kind.COMPLEX64), COMPLEX128 = basic(Kind.COMPLEX128);

    /**
     * The dynamic type of an interface value (null for nil). Values of bool, int, int32, float32,
     * float64, string, complex64 and complex128 are plain Java boxes; every other value
     * implements {@link Typed} (generated struct classes stand for *T, boxes for the rest).
     */
    public static Type of(Object v) {
        if (v instanceof Typed) {
            return ((Typed) v).$type();
        }
        if (v == null) {
            return null;
        }
        if (v instanceof Long) {
            return INT;
        }
        if (v instanceof GoString) {
            return STRING;
        }
        if (v instanceof Integer) {
            return INT32;
        }
        if (v instanceof Boolean) {
            return BOOL;
        }
        if (v instanceof Double) {
            return FLOAT64;
        }
        if (v instanceof Float) {
            return FLOAT32;
        }
        if (v instanceof Complex128) {
            return COMPLEX128;
        }
        if (v instanceof Complex64) {
            return COMPLEX64;
        }
        Type rt = RuntimeTypes.of(v);
        if (rt != null) {
            return rt;
        }
        throw new IllegalStateException("gojc: no Go type for a " + v.getClass().getName() + " in an interface");
    }

    /** The dynamic value's data without its box: what the type's == and hash work on. */
    static Object data(Object v) {
        return v instanceof Box ? ((Box) v).value : v instanceof TypedValue ? ((TypedValue) v).goValue() : v;
    }

    // ---- Bootstrap for compiled code ----

    /** Bootstrap of the dynamic constants compiled code loads descriptors with. */
    public static Type bootstrap(MethodHandles.Lookup lookup, String name, Class<?> type, String encoding) {
        return TypeCodec.decode(encoding, lookup.lookupClass().getClassLoader());
    }

    /** Decodes an encoding (see {@link TypeCodec}) outside compiled code, e.g. in tests. */
    public static Type decode(String encoding) {
        return TypeCodec.decode(encoding, Type.class.getClassLoader());
    }

    static Object lock() {
        return LOCK;
    }
}
