package gojc.rt;

/**
 * A non-pointer value of a type whose Go dynamic type its Java box does not imply (unsigned
 * integers, defined types such as {@code type MyInt int}) converted to an interface. Interface
 * values proper come with the interfaces issue; panic and recover use this box until then.
 */
public final class Box implements TypedValue {
    private final String type;
    private final int kind;
    private final Object value;

    public Box(String type, int kind, Object value) {
        this.type = type;
        this.kind = kind;
        this.value = value;
    }

    @Override
    public String goTypeString() {
        return type;
    }

    @Override
    public int goKind() {
        return kind;
    }

    @Override
    public Object goValue() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Box && ((Box) o).type.equals(type) && ((Box) o).value.equals(value);
    }

    @Override
    public int hashCode() {
        return type.hashCode() * 31 + value.hashCode();
    }
}
