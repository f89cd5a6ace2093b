package gojc.rt.reflect;

import gojc.rt.Kind;
import gojc.rt.Results;
import gojc.rt.SliceL;
import gojc.rt.Type;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Calls of func values and methods for reflect's Value.Call: arguments in value form go to the
 * JVM method of the func's shape class ({@code call}) or of the method's identity interface,
 * and the results come back in value form (the first as the JVM return value, the others from
 * the result area, see {@link Results}).
 */
public final class Calls {
    private Calls() {}

    private static final ConcurrentHashMap<Class<?>, Method> CALLS = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<String, Method> METHODS = new ConcurrentHashMap<>();

    /** Calls the func value fn of type ft. */
    static SliceL callFunc(Type ft, Object fn, SliceL args) {
        MadeFunc made = MadeFunc.of(fn);
        if (made != null) {
            Type[] ps = ft.params();
            Object[] a = new Object[ps.length];
            for (int k = 0; k < a.length; k++) {
                a[k] = ValueForms.copy(ps[k], args.array[args.off + k]);
            }
            return SliceL.wrap(made.callImpl(a));
        }
        Method m = CALLS.computeIfAbsent(fn.getClass(), Calls::shapeCall);
        return invoke(m, fn, ft, args);
    }

    /** Calls the func value fn with JVM arguments as they are; returns the first result. */
    static Object callRaw(Object fn, Object... args) {
        Method m = CALLS.computeIfAbsent(fn.getClass(), Calls::shapeCall);
        return invokeRaw(m, fn, args);
    }

    /** The abstract call method of a func value's shape class (the direct subclass of Func). */
    public static Method shapeCall(Class<?> c) {
        Class<?> shape = c;
        while (shape.getSuperclass() != gojc.rt.Func.class) {
            shape = shape.getSuperclass();
        }
        for (Method m : shape.getDeclaredMethods()) {
            if (m.getName().equals("call")) {
                m.setAccessible(true);
                return m;
            }
        }
        throw new IllegalStateException("gojc: no call method in " + shape.getName());
    }

    /**
     * Calls method i of recvType's method set (for an interface type: of the interface's)
     * on recv, an interface value holding the receiver.
     */
    /** Whether the method callMethod would call calls recover. */
    static boolean methodUsesRecover(Object recv, Type recvType, int i) {
        Type.Method m = recvType.methods()[i];
        if (recvType.kind() == Kind.INTERFACE) {
            if (recv == null) {
                return false;
            }
            m = Type.of(recv).method(m.name, m.pkgPath);
        }
        return m != null && m.usesRecover();
    }

    static SliceL callMethod(Object recv, Type recvType, int i, SliceL args) {
        Type.Method decl = recvType.methods()[i];
        Type.Method m = decl;
        if (recvType.kind() == Kind.INTERFACE) {
            if (recv == null) {
                throw gojc.rt.Panics.nilDereference();
            }
            m = Type.of(recv).method(decl.name, decl.pkgPath);
        }
        String key = m.ifaceClass + "." + m.javaName + m.descriptor;
        Method jm = METHODS.get(key);
        if (jm == null) {
            try {
                Class<?> c = Class.forName(m.ifaceClass.replace('/', '.'), true, Calls.class.getClassLoader());
                for (Method x : c.getMethods()) {
                    if (x.getName().equals(m.javaName) && descriptor(x).equals(m.descriptor)) {
                        jm = x;
                    }
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            if (jm == null) {
                throw new IllegalStateException("gojc: no method " + key);
            }
            METHODS.put(key, jm);
        }
        return invoke(jm, recv, decl.type, args);
    }

    private static String descriptor(Method m) {
        StringBuilder b = new StringBuilder("(");
        for (Class<?> p : m.getParameterTypes()) {
            b.append(descriptor(p));
        }
        return b.append(')').append(descriptor(m.getReturnType())).toString();
    }

    private static String descriptor(Class<?> c) {
        if (c.isArray()) {
            return c.getName().replace('.', '/');
        }
        if (c.isPrimitive()) {
            int i = java.util.Arrays.asList("boolean", "byte", "char", "short", "int", "long", "float", "double", "void")
                    .indexOf(c.getName());
            return String.valueOf("ZBCSIJFDV".charAt(i));
        }
        return "L" + c.getName().replace('.', '/') + ";";
    }

    private static SliceL invoke(Method m, Object target, Type ft, SliceL args) {
        Type[] ps = ft.params();
        Object[] a = new Object[ps.length];
        for (int k = 0; k < a.length; k++) {
            a[k] = ValueForms.copy(ps[k], args.array[args.off + k]);
        }
        Object r0 = invokeRaw(m, target, a);
        Type[] rs = ft.results();
        Object[] out = new Object[rs.length];
        if (rs.length > 0) {
            out[0] = ValueForms.norm(rs[0].kind(), r0);
            Results area = Results.get();
            for (int k = 1; k < rs.length; k++) {
                out[k] = result(area, k - 1, rs[k]);
            }
        }
        return SliceL.wrap(out);
    }

    /**
     * Calls a generated Go method reflectively; what it throws (a Go panic, an Error) propagates
     * as itself. The reflective frame cannot unwind, so a callee that blocks parks the thread.
     */
    public static Object invokeRaw(Method m, Object target, Object... a) {
        // the reflective frame cannot unwind: a callee that blocks parks the thread instead
        gojc.rt.sched.G g = gojc.rt.sched.Sched.getg();
        if (g != null) {
            g.noUnwind++;
        }
        try {
            return m.invoke(target, a);
        } catch (InvocationTargetException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException) {
                throw (RuntimeException) c;
            }
            if (c instanceof Error) {
                throw (Error) c;
            }
            throw new IllegalStateException(c);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } finally {
            if (g != null) {
                g.noUnwind--;
            }
        }
    }

    private static Object result(Results area, int slot, Type t) {
        int k = t.kind();
        switch (k) {
            case Kind.BOOL:
                return area.j[slot] != 0;
            case Kind.INT8: case Kind.INT16: case Kind.INT32: case Kind.UINT8: case Kind.UINT16: case Kind.UINT32:
                return ValueForms.norm(k, (int) area.j[slot]);
            case Kind.INT: case Kind.INT64: case Kind.UINT: case Kind.UINT64: case Kind.UINTPTR:
                return area.j[slot];
            case Kind.FLOAT32:
                return (float) area.d[slot];
            case Kind.FLOAT64:
                return area.d[slot];
            default:
                return area.takeL(slot);
        }
    }
}
