package gojc.rt;

/**
 * A heap cell holding one Go variable of JVM type int: a local captured by a function literal
 * (or whose address is taken) lives here so that every closure shares it.
 */
public final class CellI {
    public int v;

    public CellI() {}

    public CellI(int v) {
        this.v = v;
    }
}
