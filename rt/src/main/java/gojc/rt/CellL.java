package gojc.rt;

/**
 * A heap cell holding one Go variable of JVM type Object: a local captured by a function literal
 * (or whose address is taken) lives here so that every closure shares it.
 */
public final class CellL {
    public Object v;

    public CellL() {}

    public CellL(Object v) {
        this.v = v;
    }
}
