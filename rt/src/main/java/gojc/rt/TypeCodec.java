package gojc.rt;

/**
 * The text form in which compiled code names Go types (a dynamic constant's static argument)
 * and in which a package's {@code $types} class returns the definitions of its named types.
 * Integers are decimal ending in ';', strings their length, ';', then their characters.
 * <pre>
 * type  = 'b' kind                         predeclared basic type (Kind numbering)
 *       | 'p' type | 'l' type              pointer, slice
 *       | 'a' len type | 'm' type type     array, map (key, elem)
 *       | 'c' dir type                     channel (reflect.ChanDir)
 *       | 'f' variadic n type* n type*     func (0/1; params; results)
 *       | 's' n (name pkg tag embedded type)*            struct
 *       | 'i' n (name pkg type)*                         interface (method signatures)
 *       | 'n' pkgPath pkgName name local defRef          named type: a reference only
 * def   = type n (name pkg flags type ifaceClass javaName descriptor)*   flags: 1 ptrRecv, 2 usesRecover
 * </pre>
 * {@code defRef} is "class#method": the static method returning the named type's def;
 * "" for {@code error}, which the runtime defines itself.
 */
final class TypeCodec {
    private final String s;
    private int i;
    private static volatile ClassLoader loader;

    private TypeCodec(String s) {
        this.s = s;
    }

    static Type decode(String enc, ClassLoader cl) {
        if (loader == null && cl != null) {
            loader = cl;
        }
        synchronized (Type.lock()) {
            TypeCodec c = new TypeCodec(enc);
            Type t = c.type();
            if (c.i != enc.length()) {
                throw new IllegalArgumentException("gojc: bad type encoding " + enc);
            }
            return t;
        }
    }

    /** Loads a named type's definition; the caller holds the type lock. */
    static void loadDefinition(Type t) {
        String def;
        if (t.defRef.isEmpty()) {
            def = builtinDef(t);
        } else {
            int hash = t.defRef.indexOf('#');
            try {
                ClassLoader cl = loader != null ? loader : TypeCodec.class.getClassLoader();
                Class<?> c = Class.forName(t.defRef.substring(0, hash).replace('/', '.'), true, cl);
                def = (String) c.getMethod(t.defRef.substring(hash + 1)).invoke(null);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("gojc: cannot load the definition of " + t.pkgPath + "." + t.name, e);
            }
        }
        define(t, def);
    }

    /** Gives named type t the definition def (see the grammar above). */
    static void define(Type t, String def) {
        TypeCodec c = new TypeCodec(def);
        Type u = c.type();
        int n = c.integer();
        Type.Method[] ms = new Type.Method[n];
        for (int k = 0; k < n; k++) {
            String name = c.string();
            String pkg = c.string();
            int flags = c.integer();
            Type ft = c.type();
            ms[k] = new Type.Method(name, pkg, ft, (flags & 1) != 0, c.string(), c.string(), c.string());
            ms[k].usesRecover = (flags & 2) != 0;
        }
        t.define(u.underlying, ms);
    }

    /** The universe's error: interface { Error() string }. */
    private static String builtinDef(Type t) {
        if (t.name.equals("error") && t.pkgPath.isEmpty()) {
            return "i1;5;Error0;f0;0;1;b24;0;";
        }
        throw new IllegalStateException("gojc: no definition for " + t.name);
    }

    private Type type() {
        char tag = s.charAt(i++);
        switch (tag) {
            case 'b':
                return Type.basic(integer());
            case 'p':
                return Type.pointer(type());
            case 'l':
                return Type.slice(type());
            case 'a': {
                long len = longInt();
                return Type.array(len, type());
            }
            case 'm': {
                Type k = type();
                return Type.map(k, type());
            }
            case 'c': {
                int dir = integer();
                return Type.chan(dir, type());
            }
            case 'f': {
                boolean variadic = integer() != 0;
                Type[] ps = types();
                Type[] rs = types();
                return Type.func(ps, rs, variadic);
            }
            case 's': {
                int n = integer();
                Type.Field[] fs = new Type.Field[n];
                for (int k = 0; k < n; k++) {
                    String name = string();
                    String pkg = string();
                    String tag2 = string();
                    boolean emb = integer() != 0;
                    fs[k] = new Type.Field(name, pkg, tag2, type(), emb);
                }
                return Type.struct(fs);
            }
            case 'i': {
                int n = integer();
                Type.Method[] ms = new Type.Method[n];
                for (int k = 0; k < n; k++) {
                    String name = string();
                    String pkg = string();
                    ms[k] = new Type.Method(name, pkg, type(), false, null, null, null);
                }
                return Type.iface(ms);
            }
            case 'n': {
                String path = string();
                String pkgName = string();
                String name = string();
                String local = string();
                return Type.named(path, pkgName, name, local, string());
            }
            default:
                throw new IllegalArgumentException("gojc: bad type encoding at " + (i - 1) + ": " + s);
        }
    }

    private Type[] types() {
        int n = integer();
        Type[] ts = new Type[n];
        for (int k = 0; k < n; k++) {
            ts[k] = type();
        }
        return ts;
    }

    private int integer() {
        return (int) longInt();
    }

    private long longInt() {
        int end = s.indexOf(';', i);
        long v = Long.parseLong(s.substring(i, end));
        i = end + 1;
        return v;
    }

    private String string() {
        int n = integer();
        String r = s.substring(i, i + n);
        i += n;
        return r;
    }
}
