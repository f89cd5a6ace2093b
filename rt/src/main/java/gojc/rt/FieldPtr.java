package gojc.rt;

import java.lang.reflect.Field;

/** A pointer to a non-struct, non-array field of a struct object. */
public final class FieldPtr extends Ptr {
    private final Object obj;
    private final Field field;

    private FieldPtr(Object obj, Field field) {
        this.obj = obj;
        this.field = field;
    }

    /** &x.f; panics when x is a nil pointer. */
    public static FieldPtr of(Object obj, String name) {
        if (obj == null) {
            throw Panics.nilDereference();
        }
        try {
            return new FieldPtr(obj, obj.getClass().getField(name));
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    /** &g of a package-level variable: a static field of its package class. */
    public static FieldPtr ofStatic(String className, String name) {
        try {
            Class<?> c = Class.forName(className, false, FieldPtr.class.getClassLoader());
            return new FieldPtr(null, c.getField(name));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Object get() {
        try {
            return widen(field.get(obj));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void set(Object v) {
        try {
            field.set(obj, narrow(field.getType(), v));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    long address() {
        Object base = obj != null ? obj : field.getDeclaringClass();
        return Addr.base(base) + 8L * (field.getName().hashCode() & 0xff);
    }

    @Override
    boolean sameAs(Ptr o) {
        return o instanceof FieldPtr && ((FieldPtr) o).obj == obj && ((FieldPtr) o).field.equals(field);
    }
}
