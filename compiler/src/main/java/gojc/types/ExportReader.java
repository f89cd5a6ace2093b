package gojc.types;

import gojc.constant.ConstCodec;
import gojc.syntax.Pos;
import gojc.syntax.Source;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static gojc.types.ExportWriter.*;

/**
 * Reads export data written by {@link ExportWriter} into a complete {@link Package}. Types
 * declared by the package's dependencies are taken from the packages the importer hands out,
 * so each Named type stays one object however many packages mention it.
 */
public final class ExportReader {
    /** Damaged or foreign export data. */
    public static final class BadExportData extends Exception {
        BadExportData(String message) {
            super(message);
        }
    }

    private final DataInputStream in;
    private final Importer importer;
    private final Function<Path, Source> sources;
    private final List<String> strings = new ArrayList<>();
    private final List<Type> types = new ArrayList<>();
    private final List<Source> files = new ArrayList<>();
    private final Map<Path, Source> sourceCache = new HashMap<>();
    private Package pkg;
    private boolean hasGenericBodies;

    private ExportReader(byte[] data, Importer importer, Function<Path, Source> sources) {
        this.in = new DataInputStream(new ByteArrayInputStream(data));
        this.importer = importer;
        this.sources = sources;
    }

    /** The result: the package, and whether its importers need its syntax (see ExportWriter). */
    public record Result(Package pkg, boolean hasGenericBodies) {}

    /**
     * Reads a package. {@code importer} supplies its dependencies (already read or checked);
     * {@code sources} names a declaring file as error messages show it.
     */
    public static Result read(byte[] data, Importer importer, Function<Path, Source> sources) throws BadExportData {
        ExportReader r = new ExportReader(data, importer, sources);
        try {
            r.pkg();
            if (r.in.read() != -1) throw new BadExportData("trailing bytes");
        } catch (IOException | RuntimeException e) {
            throw new BadExportData("export data: " + e);
        }
        return new Result(r.pkg, r.hasGenericBodies);
    }

    private void pkg() throws IOException, BadExportData {
        if (!Arrays.equals(in.readNBytes(MAGIC.length), MAGIC)) throw new BadExportData("not gojc export data");
        String path = string();
        pkg = new Package(path, string());
        hasGenericBodies = in.readBoolean();
        for (int n = count(); n > 0; n--) pkg.imports.add(pkgByPath(string()));
        for (int n = count(); n > 0; n--) {
            obj();
            bodies();
        }
        pkg.complete = true;
    }

    private void obj() throws IOException {
        int tag = count();
        Obj o;
        switch (tag) {
            case CONST -> {
                String name = string();
                Pos pos = pos();
                Type t = type();
                o = new Const(pos, pkg, name, t, ConstCodec.read(in));
            }
            case VAR -> {
                String name = string();
                Pos pos = pos();
                o = new Var(pos, pkg, name, type(), Var.Kind.PACKAGE, false);
            }
            case FUNC -> {
                String name = string();
                Pos pos = pos();
                o = func(pos, name);
            }
            case TYPE -> {
                if (!(type() instanceof Named n) || n.obj.pkg != pkg) throw new IOException("bad type declaration");
                o = n.obj;
            }
            case ALIAS -> {
                String name = string();
                Pos pos = pos();
                o = new TypeName(pos, pkg, name, type());
            }
            default -> throw new IOException("bad object tag " + tag);
        }
        if (pkg.scope.insert(o) != null) throw new IOException("duplicate object " + o.name);
    }

    /** The underlying types and methods of the Named types the last object declared (see ExportWriter). */
    private void bodies() throws IOException {
        for (int i; (i = count()) != 0; ) {
            if (i > types.size() || !(types.get(i - 1) instanceof Named n) || n.obj.pkg != pkg || n.orig != null) {
                throw new IOException("bad named type body " + i);
            }
            n.setUnderlying(type());
            for (int k = count(); k > 0; k--) {
                String mname = string();
                Pos mpos = pos();
                n.methods.add(func(mpos, mname));
            }
        }
    }

    private Func func(Pos pos, String name) throws IOException {
        Type t = type();
        if (!(t instanceof Signature sig)) throw new IOException("function " + name + " without signature");
        Func f = new Func(pos, pkg, name, sig);
        int flags = in.readUnsignedByte();
        if (flags > 3) throw new IOException("bad function flags " + flags);
        f.importedBodyless = (flags & 1) != 0;
        f.usesRecover = (flags & 2) != 0;
        return f;
    }

    private Var var() throws IOException {
        String name = string();
        Pos pos = pos();
        Package p = pkgByPath(string());
        int kind = count();
        if (kind >= Var.Kind.values().length) throw new IOException("bad variable kind " + kind);
        boolean embedded = in.readBoolean();
        return new Var(pos, p, name, type(), Var.Kind.values()[kind], embedded);
    }

    private Type type() throws IOException {
        int tag = count();
        if (tag >= TAGS) {
            int ref = tag - TAGS;
            if (ref >= types.size() || types.get(ref) == null) throw new IOException("bad type reference " + ref);
            return types.get(ref);
        }
        if (tag == NULL) return null;
        if (tag == PREDECLARED) {
            int i = count();
            if (i >= PREDECLARED_TYPES.size()) throw new IOException("bad predeclared type " + i);
            return PREDECLARED_TYPES.get(i);
        }
        // Reserve the slot first: the writer numbered this type before its components.
        int slot = types.size();
        types.add(null);
        Type t = switch (tag) {
            case POINTER -> new Pointer(type());
            case SLICE -> new Slice(type());
            case ARRAY -> {
                long len = in.readLong();
                yield new Array(len, type());
            }
            case MAP -> {
                Type k = type();
                yield new MapType(k, type());
            }
            case CHAN -> {
                int d = count();
                if (d >= Chan.Dir.values().length) throw new IOException("bad channel direction");
                yield new Chan(Chan.Dir.values()[d], type());
            }
            case STRUCT -> {
                int n = count();
                List<Var> fields = new ArrayList<>(n);
                List<String> tags = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    fields.add(var());
                    tags.add(string());
                }
                yield new Struct(List.copyOf(fields), List.copyOf(tags));
            }
            case TUPLE -> {
                int n = count();
                List<Var> vars = new ArrayList<>(n);
                for (int i = 0; i < n; i++) vars.add(var());
                yield new Tuple(List.copyOf(vars));
            }
            case SIGNATURE -> signature();
            case INTERFACE -> iface(slot);
            case UNION -> {
                int n = count();
                List<Union.Term> terms = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    boolean tilde = in.readBoolean();
                    terms.add(new Union.Term(tilde, type()));
                }
                yield new Union(List.copyOf(terms));
            }
            case TYPE_PARAM -> {
                String name = string();
                Pos pos = pos();
                Package p = pkgByPath(string());
                TypeParam tp = new TypeParam(new TypeName(pos, p, name, null), count(), null);
                types.set(slot, tp); // its bound may mention it
                tp.setBound(type());
                yield tp;
            }
            case NAMED -> named(slot);
            case NAMED_REF -> {
                Package p = pkgByPath(string());
                String name = string();
                if (p == null || !(p.scope.lookup(name) instanceof TypeName tn) || !(tn.type instanceof Named n)
                        || n.obj != tn) {
                    throw new IOException("no type " + name + " in " + (p == null ? "universe" : p.path()));
                }
                yield n;
            }
            case INSTANCE -> {
                Type orig = type();
                // (its type parameters may still be being read: a bound can mention the instance)
                if (!(orig instanceof Named o) || o.orig != null) throw new IOException("instance of " + orig);
                yield Instances.instantiate(o, typeList());
            }
            default -> throw new IOException("bad type tag " + tag);
        };
        types.set(slot, t);
        return t;
    }

    private Signature signature() throws IOException {
        Var recv = in.readBoolean() ? var() : null;
        List<TypeParam> tparams = typeParams();
        List<TypeParam> rtparams = typeParams();
        Type params = type();
        Type results = type();
        if (!(params instanceof Tuple pt) || !(results instanceof Tuple rt)) throw new IOException("bad signature");
        return new Signature(recv, tparams, rtparams, pt, rt, in.readBoolean());
    }

    private Interface iface(int slot) throws IOException {
        List<Func> methods = new ArrayList<>();
        List<Type> embeddeds = new ArrayList<>();
        Interface i = new Interface(methods, embeddeds);
        types.set(slot, i); // its methods' receivers are it
        i.implicit = in.readBoolean();
        if (in.readBoolean()) i.markComparable();
        for (int n = count(); n > 0; n--) {
            String name = string();
            Pos pos = pos();
            Package p = pkgByPath(string());
            Type t = type();
            if (!(t instanceof Signature sig)) throw new IOException("interface method " + name + " without signature");
            methods.add(new Func(pos, p, name, sig));
        }
        embeddeds.addAll(typeList());
        return i;
    }

    private Named named(int slot) throws IOException {
        String name = string();
        Pos pos = pos();
        TypeName obj = new TypeName(pos, pkg, name, null);
        Named n = new Named(obj, null);
        types.set(slot, n); // its type parameters' bounds may mention it
        n.typeParams = typeParams();
        return n; // its underlying type and methods follow the object being read
    }

    private List<TypeParam> typeParams() throws IOException {
        List<TypeParam> r = new ArrayList<>();
        for (Type t : typeList()) {
            if (!(t instanceof TypeParam tp)) throw new IOException("type parameter expected, found " + t);
            r.add(tp);
        }
        return List.copyOf(r);
    }

    private List<Type> typeList() throws IOException {
        int n = count();
        List<Type> r = new ArrayList<>(n);
        for (int i = 0; i < n; i++) r.add(type());
        return List.copyOf(r);
    }

    private Package pkgByPath(String path) throws IOException {
        if (path.isEmpty()) return null;
        if (path.equals(pkg.path())) return pkg;
        if (path.equals("unsafe")) return Universe.UNSAFE;
        Package p = importer.importPackage(path);
        if (p == null) throw new IOException("dependency " + path + " not available");
        return p;
    }

    private Pos pos() throws IOException {
        int f = count();
        if (f == 0) return Pos.NONE;
        if (f == files.size() + 1) {
            Path path = Path.of(string());
            files.add(sourceCache.computeIfAbsent(path, sources));
        } else if (f > files.size()) {
            throw new IOException("bad file reference " + f);
        }
        Source src = files.get(f - 1);
        int line = count();
        return new Pos(src, line, count());
    }

    private String string() throws IOException {
        int i = count();
        if (i < strings.size()) return strings.get(i);
        if (i != strings.size()) throw new IOException("bad string reference " + i);
        byte[] b = new byte[count()];
        in.readFully(b);
        String s = new String(b, StandardCharsets.UTF_8);
        strings.add(s);
        return s;
    }

    /** A non-negative varint that fits an int (counts, tags, indexes, lines). */
    private int count() throws IOException {
        long v = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = in.readUnsignedByte();
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                if (v > Integer.MAX_VALUE) break;
                return (int) v;
            }
        }
        throw new IOException("bad varint");
    }
}
