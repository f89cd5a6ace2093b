package gojc.rt;

/**
 * A heap cell holding one Go variable of JVM type long: a local captured by a function literal
 * (or whose address is taken) lives here so that every closure shares it.
 */
public final class CellJ {
    public long v;

    public CellJ() {}

    public CellJ(long v) {
        this.v = v;
    }
}
