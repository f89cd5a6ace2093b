package gojc.rt.reflect;

import gojc.rt.ArrayZero;
import gojc.rt.Box;
import gojc.rt.Cell;
import gojc.rt.Complex128;
import gojc.rt.Complex64;
import gojc.rt.GoString;
import gojc.rt.GoStruct;
import gojc.rt.Kind;
import gojc.rt.Ptr;
import gojc.rt.Type;
import gojc.rt.TypedValue;
import gojc.rt.Values;
import gojc.rt.ZeroFactory;

import java.lang.reflect.Constructor;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The forms in which reflect holds Go values (docs/architecture.md, "reflect"). A value form
 * is the JVM form of the value with primitives boxed canonically: Boolean; Integer for the
 * 8..32-bit kinds (int8/int16 sign-extended, uint8/uint16 zero-extended, uint32 as its bits);
 * Long for int, int64, uint, uint64, uintptr; Float, Double, Complex64/128, GoString; else the
 * reference itself (struct objects, Java arrays, slice headers, GoMap, Func, Chan, Ptr, and
 * the interface Object for interface kinds). A location (an addressable value) is the Go
 * pointer to it: the struct or array object itself, else a {@link Ptr}.
 */
public final class ValueForms {
    private ValueForms() {}

    /** The canonical box of a value of kind k from whatever box the JVM gave (Byte, Short...). */
    public static Object norm(int k, Object o) {
        switch (k) {
            case Kind.INT8:
                return (int) (byte) intOf(o);
            case Kind.INT16:
                return (int) (short) intOf(o);
            case Kind.UINT8:
                return intOf(o) & 0xFF;
            case Kind.UINT16:
                return intOf(o) & 0xFFFF;
            case Kind.INT32: case Kind.UINT32:
                return intOf(o);
            default:
                return o;
        }
    }

    private static int intOf(Object o) {
        if (o instanceof Character) {
            return (Character) o;
        }
        return ((Number) o).intValue();
    }

    /** The value stored at location loc of type t. */
    public static Object load(Type t, Object loc) {
        int k = t.kind();
        if (k == Kind.STRUCT || k == Kind.ARRAY) {
            return loc;
        }
        return norm(k, Ptr.load((Ptr) loc));
    }

    /** *loc = v for a location of type t; v is owned by the caller (copied in for structs/arrays). */
    public static void store(Type t, Object loc, Object v) {
        int k = t.kind();
        if (k == Kind.STRUCT) {
            ((GoStruct) loc).$set((GoStruct) v);
        } else if (k == Kind.ARRAY) {
            Values.setArray(loc, v, dims(t), structLeaf(t));
        } else {
            Ptr.store((Ptr) loc, v);
        }
    }

    /** A copy of v that no location shares: structs and arrays deep-copied, others as they are. */
    public static Object copy(Type t, Object v) {
        int k = t.kind();
        if (k == Kind.STRUCT) {
            return ((GoStruct) v).$copy();
        }
        if (k == Kind.ARRAY) {
            return Values.copyArray(v, dims(t), structLeaf(t));
        }
        return v;
    }

    static int dims(Type t) {
        int d = 0;
        while (t.kind() == Kind.ARRAY) {
            d++;
            t = t.elem();
        }
        return d;
    }

    static boolean structLeaf(Type t) {
        while (t.kind() == Kind.ARRAY) {
            t = t.elem();
        }
        return t.kind() == Kind.STRUCT;
    }

    // ---- Zero values ----

    /** The zero value of t in value form (a fresh object for structs and arrays). */
    public static Object zero(Type t) {
        switch (t.kind()) {
            case Kind.BOOL:
                return Boolean.FALSE;
            case Kind.INT8: case Kind.INT16: case Kind.INT32: case Kind.UINT8: case Kind.UINT16: case Kind.UINT32:
                return 0;
            case Kind.INT: case Kind.INT64: case Kind.UINT: case Kind.UINT64: case Kind.UINTPTR:
                return 0L;
            case Kind.FLOAT32:
                return 0f;
            case Kind.FLOAT64:
                return 0d;
            case Kind.COMPLEX64:
                return Complex64.ZERO;
            case Kind.COMPLEX128:
                return Complex128.ZERO;
            case Kind.STRING:
                return GoString.EMPTY;
            case Kind.STRUCT:
                return newStruct(t);
            case Kind.ARRAY:
                return zeroFactory(t).zero();
            default:
                return null;
        }
    }

    /** What makes fresh zero elements of type t in slices and arrays (null: Java null is zero). */
    public static ZeroFactory zeroFactory(Type t) {
        switch (t.kind()) {
            case Kind.STRING:
                return ZeroFactory.STRING;
            case Kind.COMPLEX64:
                return ZeroFactory.COMPLEX64;
            case Kind.COMPLEX128:
                return ZeroFactory.COMPLEX128;
            case Kind.STRUCT:
                return () -> newStruct(t);
            case Kind.ARRAY:
                return ArrayZero.of(slot(t.elem()), (int) t.len(), zeroFactory(t.elem()));
            default:
                return null;
        }
    }

    /** The letter of the Java array element type holding values of t (Z B S C I J F D, or L). */
    public static char slot(Type t) {
        switch (t.kind()) {
            case Kind.BOOL: return 'Z';
            case Kind.INT8: case Kind.UINT8: return 'B';
            case Kind.INT16: return 'S';
            case Kind.UINT16: return 'C';
            case Kind.INT32: case Kind.UINT32: return 'I';
            case Kind.INT: case Kind.INT64: case Kind.UINT: case Kind.UINT64: case Kind.UINTPTR: return 'J';
            case Kind.FLOAT32: return 'F';
            case Kind.FLOAT64: return 'D';
            default: return 'L';
        }
    }

    private static final ConcurrentHashMap<Type, Class<?>> STRUCT_CLASSES = new ConcurrentHashMap<>();

    /** Remembers the class of a struct type from one of its values (unnamed structs have hashed names). */
    static void noteStructClass(Type t, Object v) {
        if (v instanceof GoStruct && !(v instanceof DynStruct) && t.kind() == Kind.STRUCT) {
            STRUCT_CLASSES.putIfAbsent(t, v.getClass());
        }
    }

    /** Marks t, made by reflect.StructOf, as held in {@link DynStruct}s unless a class is known. */
    static void noteDynamic(Type t) {
        STRUCT_CLASSES.putIfAbsent(t, DynStruct.class);
    }

    /** The class of the struct type t's values. */
    static Class<?> structClass(Type t) {
        Class<?> c = STRUCT_CLASSES.get(t);
        if (c == null && t.isNamed()) {
            c = loadClass(namedClass(t), t);
            STRUCT_CLASSES.putIfAbsent(t, c);
        }
        if (c == null) {
            throw new IllegalStateException("gojc: not yet supported: reflect: the class of the unnamed struct type " + t
                    + ", no value of which was seen");
        }
        return c;
    }

    private static Object newStruct(Type t) {
        Class<?> c = structClass(t);
        if (c == DynStruct.class) {
            return new DynStruct(t);
        }
        try {
            return c.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("gojc: cannot make a " + t, e);
        }
    }

    /** A fresh variable of type t holding its zero value; the result is its location. */
    public static Object newVar(Type t) {
        int k = t.kind();
        if (k == Kind.STRUCT || k == Kind.ARRAY) {
            return zero(t);
        }
        return new Cell(zero(t));
    }

    // ---- Interfaces ----

    /** The data of an interface value in value form (its dynamic type is Type.of(i)). */
    public static Object unpack(Object i) {
        if (i instanceof Box) {
            Type t = ((Box) i).type;
            Object v = ((Box) i).value;
            return v == null ? null : norm(t.kind(), v);
        }
        if (i instanceof TypedValue) {
            Type t = Type.of(i);
            return norm(t.kind(), ((TypedValue) i).goValue());
        }
        return i; // plain boxes, and struct objects standing for *T
    }

    /**
     * The interface value holding v of type t, boxed as compiled code boxes it. v must not be
     * shared with a location when t is a struct or array type (callers copy).
     */
    public static Object pack(Type t, Object v) {
        int k = t.kind();
        if (k == Kind.INTERFACE) {
            return v;
        }
        if (t.isNamed() && t.methods().length > 0) {
            return newBox(t, v, "$box");
        }
        if (k == Kind.STRUCT && v != null && t.methods().length > 0) {
            Object b = unnamedBox(t, v);
            if (b != null) {
                return b;
            }
        }
        if (k == Kind.POINTER) {
            Type e = t.elem();
            int ek = e.kind();
            if (!t.isNamed() && e.isNamed() && ek != Kind.STRUCT && ek != Kind.INTERFACE && t.methods().length > 0) {
                return newBox(e, v, "$pbox");
            }
            if (ek == Kind.STRUCT) {
                return v == null ? new Box(t, null) : v;
            }
        }
        if (!t.isNamed()) {
            switch (k) {
                case Kind.BOOL: case Kind.INT: case Kind.INT32: case Kind.FLOAT32: case Kind.FLOAT64:
                case Kind.STRING: case Kind.COMPLEX64: case Kind.COMPLEX128:
                    return v;
                default:
                    break;
            }
        }
        return new Box(t, v);
    }

    private static final ConcurrentHashMap<String, Constructor<?>> BOXES = new ConcurrentHashMap<>();

    /**
     * An unnamed struct type with promoted methods boxes as compiled code does, in the Box
     * subclass emitted beside its class (S<hash>$box) that implements the methods; null when
     * no package emitted one (nothing converted such a value to an interface).
     */
    private static Object unnamedBox(Type t, Object v) {
        String cls = v.getClass().getName() + "$box";
        Constructor<?> c = BOXES.get(cls);
        if (c == null) {
            try {
                c = Class.forName(cls, true, v.getClass().getClassLoader()).getConstructor(Type.class, Object.class);
            } catch (ReflectiveOperationException e) {
                return null;
            }
            BOXES.put(cls, c);
        }
        try {
            return c.newInstance(t, v);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("gojc: cannot box a " + t, e);
        }
    }

    /** A generated box (N$box or N$pbox) holding v. */
    private static Object newBox(Type n, Object v, String suffix) {
        String cls = namedClass(n) + suffix;
        Constructor<?> c = BOXES.get(cls);
        if (c == null) {
            c = loadClass(cls, n).getConstructors()[0];
            BOXES.put(cls, c);
        }
        Class<?> p = c.getParameterTypes()[0];
        Object arg = v;
        if (p == byte.class) {
            arg = (byte) intOf(v);
        } else if (p == short.class) {
            arg = (short) intOf(v);
        } else if (p == char.class) {
            arg = (char) intOf(v);
        }
        try {
            return c.newInstance(arg);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("gojc: cannot box a " + n, e);
        }
    }

    /** The binary class name of a named type's class: its $types reference, "go/p/$types#T" gives go.p.T. */
    private static String namedClass(Type n) {
        String ref = n.defRef();
        int hash = ref.indexOf('#');
        if (hash < 0) {
            throw new IllegalStateException("gojc: no class for " + n);
        }
        String pkgDir = ref.substring(0, ref.lastIndexOf('/', hash));
        return (pkgDir + "/" + ref.substring(hash + 1)).replace('/', '.');
    }

    private static Class<?> loadClass(String name, Type t) {
        try {
            return Class.forName(name, true, ValueForms.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("gojc: no class " + name + " for " + t, e);
        }
    }
}
