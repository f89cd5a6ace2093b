package gojc.ir;

import gojc.syntax.Pos;
import gojc.types.Array;
import gojc.types.Basic;
import gojc.types.MapType;
import gojc.types.Named;
import gojc.types.Pointer;
import gojc.types.Slice;
import gojc.types.Struct;
import gojc.types.Type;
import gojc.types.Universe;
import gojc.types.Var;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JVM representations of Go's composite types: slices are the runtime's {@code SliceX}
 * headers, arrays Java arrays ({@code Object[]} for every reference element, so that slicing
 * an array can share it), maps {@code GoMap}, structs one generated final class each, a
 * pointer to a struct or array the object itself, other pointers {@code gojc.rt.Ptr}.
 */
public final class CompositeTypes {
    private CompositeTypes() {}

    public static final String PTR = "gojc/rt/Ptr";
    public static final String GOMAP = "gojc/rt/GoMap";
    public static final String OBJECT = "java/lang/Object";

    /** Struct classes met while compiling the current package, by class name. */
    private static final ThreadLocal<Map<String, Type>> STRUCTS = ThreadLocal.withInitial(LinkedHashMap::new);

    /** Forgets the struct classes met so far: called when a package's compilation starts. */
    public static void resetStructs() {
        STRUCTS.get().clear();
    }

    /** The struct classes met so far (class name to Go struct type, named or not). */
    public static Map<String, Type> structs() {
        return STRUCTS.get();
    }

    static IrType of(Type t, Type u, Pos where) {
        if (u instanceof Slice s) return ref(t, "Lgojc/rt/Slice" + elemKind(s.elem(), where) + ";");
        if (u instanceof Array a) {
            char k = elemKind(a.elem(), where);
            return ref(t, "[" + (k == 'L' ? "L" + OBJECT + ";" : String.valueOf(k)));
        }
        if (u instanceof MapType) return ref(t, "L" + GOMAP + ";");
        if (u instanceof gojc.types.Chan) return ref(t, "Lgojc/rt/sched/Chan;");
        if (u instanceof Struct) return ref(t, "L" + structClass(t) + ";");
        if (u instanceof Pointer p) {
            Type e = p.elem().underlying();
            if (e instanceof Struct || e instanceof Array) return ref(t, IrType.of(p.elem(), where).refDescriptor());
            return ref(t, "L" + PTR + ";");
        }
        if (u instanceof Basic b && b.kind == Basic.Kind.UNTYPED_NIL) return ref(t, "L" + OBJECT + ";");
        return null;
    }

    private static IrType ref(Type t, String desc) {
        return new IrType(t, Repr.REF, null, desc);
    }

    /** The letter of the Java element type holding a Go element: Z B S C I J F D, or L. */
    public static char elemKind(Type elem, Pos where) {
        if (elem.underlying() instanceof Basic b) {
            switch (b.kind) {
                case BOOL: return 'Z';
                case INT8: case UINT8: return 'B';
                case INT16: return 'S';
                case UINT16: return 'C';
                case INT32: case UINT32: return 'I';
                case INT: case INT64: case UINT: case UINT64: case UINTPTR: return 'J';
                case FLOAT32: return 'F';
                case FLOAT64: return 'D';
                default: return 'L';
            }
        }
        return 'L';
    }

    public static boolean isStruct(Type t) {
        return t != null && t.underlying() instanceof Struct;
    }

    public static boolean isArray(Type t) {
        return t != null && t.underlying() instanceof Array;
    }

    /** Struct and array values are objects that stores must copy. */
    public static boolean isValueObject(Type t) {
        return isStruct(t) || isArray(t);
    }

    /** Values whose zero is an object (not the JVM's null or 0): strings, complex numbers, structs, arrays. */
    public static boolean needsZeroObject(Type t) {
        return isValueObject(t) || (t.underlying() instanceof Basic b
                && (b.kind == Basic.Kind.STRING || b.kind == Basic.Kind.COMPLEX128 || b.kind == Basic.Kind.COMPLEX64));
    }

    /** A pointer represented by the pointee object itself. */
    public static boolean isObjectPointer(Type t) {
        return t != null && t.underlying() instanceof Pointer p && isValueObject(p.elem());
    }

    public static boolean isPtrCell(Type t) {
        return t != null && t.underlying() instanceof Pointer p && !isValueObject(p.elem());
    }

    /**
     * The class of a struct type: {@code go/<pkg>/<Name>} for a named type (local types get
     * their line appended), {@code go/$struct/S<hash>} for an unnamed one (one class per
     * distinct type; any package using it emits the same bytes).
     */
    public static String structClass(Type t) {
        String name;
        if (t instanceof Named n) {
            var obj = n.obj;
            name = Names.packageDir(obj.pkg) + "/" + Names.mangle(obj.name);
            if (obj.parent() != null && obj.parent().parent != Universe.SCOPE) name += "$" + obj.pos.line() + "_" + obj.pos.col();
            // instances of a generic type: one class per type argument list (see Generics)
            if (n.typeArgs != null && !n.typeArgs.isEmpty()) name += "$$" + Generics.typeArgsName(n.typeArgs);
        } else {
            name = "go/$struct/S" + hash(canonical((Struct) t.underlying()));
        }
        STRUCTS.get().putIfAbsent(name, t);
        return name;
    }

    private static String canonical(Struct s) {
        StringBuilder sb = new StringBuilder("struct{");
        for (int i = 0; i < s.fields().size(); i++) {
            Var f = s.fields().get(i);
            if (!f.exported() && f.pkg != null) sb.append(f.pkg.path()).append('.');
            sb.append(f.embedded ? "!" : "").append(f.name).append(' ').append(f.type()).append(' ');
            sb.append(s.tag(i)).append(';');
        }
        return sb.append('}').toString();
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 8; i++) sb.append(String.format("%02x", d[i]));
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JVM field name of struct field i: its Go name; blank fields get their index. */
    public static String fieldName(Struct s, int i) {
        String n = s.fields().get(i).name;
        return n.equals("_") ? "_$" + i : Names.mangle(n);
    }

    /** The JVM descriptor of an element or field slot holding a value of type t. */
    public static String slotDescriptor(Type t, Pos where) {
        char k = elemKind(t, where);
        return k == 'L' ? IrType.of(t, where).descriptor() : String.valueOf(k);
    }

    /** Array levels of a Go array type and whether its leaf elements are structs / Go values. */
    public static int arrayDims(Type t) {
        int d = 0;
        while (t.underlying() instanceof Array a) {
            d++;
            t = a.elem();
        }
        return d;
    }

    public static Type arrayLeaf(Type t) {
        while (t.underlying() instanceof Array a) t = a.elem();
        return t;
    }
}
