package gojc.rt;

/**
 * A value in an interface whose Java form does not imply its Go type: every type without
 * methods other than bool, int, int32, float32, float64, string, complex64 and complex128
 * (unsigned and sized integers, defined types, struct and array values, slices, maps,
 * funcs, chans, pointers other than *struct). {@code value} is the JVM form of the value,
 * primitives boxed (Boolean, Integer for the 8..32-bit kinds, Long, Float, Double).
 * A nil *T, T a named struct type with methods, is a generated subclass {@code T$nilp}
 * implementing *T's method interfaces (methods called with a nil receiver), so not final.
 */
public class Box implements Typed, TypedValue {
    public final Type type;
    public final Object value;

    public Box(Type type, Object value) {
        this.type = type;
        this.value = value;
    }

    @Override
    public Type $type() {
        return type;
    }

    @Override
    public String goTypeString() {
        return type.toString();
    }

    @Override
    public int goKind() {
        return type.kind();
    }

    @Override
    public Object goValue() {
        return value;
    }

    /** Go's == of two interface values holding this box (the caller checked the types are equal). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Typed && Iface.eq(this, o);
    }

    @Override
    public int hashCode() {
        return Iface.hash(this);
    }
}
