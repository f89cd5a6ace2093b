package gojc.rt;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.concurrent.ConcurrentHashMap;

/** A pointer to a non-struct, non-array field of a struct object, or to a package variable. */
public final class FieldPtr extends Ptr {
    private final Object obj;
    private final Slot slot;

    /** A field with its VarHandle (for atomics), looked up once per class and name. */
    private static final class Slot {
        final Field field;
        final VarHandle vh;
        final boolean isStatic;
        final Class<?> type;

        Slot(Field field) {
            this.field = field;
            this.isStatic = Modifier.isStatic(field.getModifiers());
            this.type = field.getType();
            try {
                this.vh = MethodHandles.lookup().unreflectVarHandle(field);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static final ClassValue<ConcurrentHashMap<String, Slot>> SLOTS = new ClassValue<ConcurrentHashMap<String, Slot>>() {
        @Override
        protected ConcurrentHashMap<String, Slot> computeValue(Class<?> c) {
            return new ConcurrentHashMap<>();
        }
    };

    private static final ConcurrentHashMap<String, Slot> STATICS = new ConcurrentHashMap<>();

    private FieldPtr(Object obj, Slot slot) {
        this.obj = obj;
        this.slot = slot;
    }

    private static Slot slot(Class<?> c, String name) {
        return SLOTS.get(c).computeIfAbsent(name, n -> {
            try {
                return new Slot(c.getField(n));
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** &x.f; panics when x is a nil pointer. */
    public static FieldPtr of(Object obj, String name) {
        if (obj == null) {
            throw Panics.nilDereference();
        }
        return new FieldPtr(obj, slot(obj.getClass(), name));
    }

    /** &g of a package-level variable: a static field of its package class. */
    public static FieldPtr ofStatic(String className, String name) {
        Slot s = STATICS.computeIfAbsent(className + "." + name, k -> {
            try {
                return slot(Class.forName(className, false, FieldPtr.class.getClassLoader()), name);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        });
        return new FieldPtr(null, s);
    }

    @Override
    public Object get() {
        try {
            return widen(slot.field.get(obj));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void set(Object v) {
        try {
            slot.field.set(obj, narrow(slot.type, v));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    long address() {
        Object base = obj != null ? obj : slot.field.getDeclaringClass();
        return Addr.base(base) + 8L * (slot.field.getName().hashCode() & 0xff);
    }

    @Override
    boolean sameAs(Ptr o) {
        return o instanceof FieldPtr && ((FieldPtr) o).obj == obj && ((FieldPtr) o).slot.field.equals(slot.field);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ptr && sameAs((Ptr) o);
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(obj) * 31 + slot.field.hashCode();
    }

    // ---- Atomics through the field's VarHandle (int, long and reference fields) ----

    private boolean is(Class<?> c) {
        return slot.type == c;
    }

    private boolean isRef() {
        return !slot.type.isPrimitive();
    }

    @Override
    public int loadInt() {
        if (!is(int.class)) {
            return super.loadInt();
        }
        return slot.isStatic ? (int) slot.vh.getVolatile() : (int) slot.vh.getVolatile(obj);
    }

    @Override
    public void storeInt(int v) {
        if (!is(int.class)) {
            super.storeInt(v);
        } else if (slot.isStatic) {
            slot.vh.setVolatile(v);
        } else {
            slot.vh.setVolatile(obj, v);
        }
    }

    @Override
    public int swapInt(int v) {
        if (!is(int.class)) {
            return super.swapInt(v);
        }
        return slot.isStatic ? (int) slot.vh.getAndSet(v) : (int) slot.vh.getAndSet(obj, v);
    }

    @Override
    public boolean casInt(int old, int v) {
        if (!is(int.class)) {
            return super.casInt(old, v);
        }
        return slot.isStatic ? (boolean) slot.vh.compareAndSet(old, v) : (boolean) slot.vh.compareAndSet(obj, old, v);
    }

    @Override
    public int addInt(int delta) {
        if (!is(int.class)) {
            return super.addInt(delta);
        }
        return (slot.isStatic ? (int) slot.vh.getAndAdd(delta) : (int) slot.vh.getAndAdd(obj, delta)) + delta;
    }

    @Override
    public long loadLong() {
        if (!is(long.class)) {
            return super.loadLong();
        }
        return slot.isStatic ? (long) slot.vh.getVolatile() : (long) slot.vh.getVolatile(obj);
    }

    @Override
    public void storeLong(long v) {
        if (!is(long.class)) {
            super.storeLong(v);
        } else if (slot.isStatic) {
            slot.vh.setVolatile(v);
        } else {
            slot.vh.setVolatile(obj, v);
        }
    }

    @Override
    public long swapLong(long v) {
        if (!is(long.class)) {
            return super.swapLong(v);
        }
        return slot.isStatic ? (long) slot.vh.getAndSet(v) : (long) slot.vh.getAndSet(obj, v);
    }

    @Override
    public boolean casLong(long old, long v) {
        if (!is(long.class)) {
            return super.casLong(old, v);
        }
        return slot.isStatic ? (boolean) slot.vh.compareAndSet(old, v) : (boolean) slot.vh.compareAndSet(obj, old, v);
    }

    @Override
    public long addLong(long delta) {
        if (!is(long.class)) {
            return super.addLong(delta);
        }
        return (slot.isStatic ? (long) slot.vh.getAndAdd(delta) : (long) slot.vh.getAndAdd(obj, delta)) + delta;
    }

    @Override
    public Object loadRef() {
        if (!isRef()) {
            return super.loadRef();
        }
        return slot.isStatic ? (Object) slot.vh.getVolatile() : (Object) slot.vh.getVolatile(obj);
    }

    @Override
    public void storeRef(Object v) {
        if (!isRef()) {
            super.storeRef(v);
        } else if (slot.isStatic) {
            slot.vh.setVolatile(v);
        } else {
            slot.vh.setVolatile(obj, v);
        }
    }

    @Override
    public Object swapRef(Object v) {
        if (!isRef()) {
            return super.swapRef(v);
        }
        return slot.isStatic ? (Object) slot.vh.getAndSet(v) : (Object) slot.vh.getAndSet(obj, v);
    }

    @Override
    public boolean casRef(Object old, Object v) {
        if (!isRef()) {
            return super.casRef(old, v);
        }
        while (true) {
            Object cur = loadRef();
            if (!UnsafePointer.eq(cur, old)) {
                return false;
            }
            boolean ok = slot.isStatic ? (boolean) slot.vh.compareAndSet(cur, v) : (boolean) slot.vh.compareAndSet(obj, cur, v);
            if (ok) {
                return true;
            }
        }
    }
}
