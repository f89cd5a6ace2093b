package gojc.rt;

/** A heap cell holding a local variable whose address is taken. */
public final class Cell extends Ptr {
    public Object value;

    public Cell(Object value) {
        this.value = value;
    }

    public static Cell make(Object v) {
        return new Cell(v);
    }

    @Override
    public Object get() {
        return value;
    }

    @Override
    public void set(Object v) {
        value = v;
    }
}
