package gojc.rt;

/**
 * A heap cell holding one Go variable of JVM type boolean: a local captured by a function literal
 * (or whose address is taken) lives here so that every closure shares it.
 */
public final class CellZ {
    public boolean v;

    public CellZ() {}

    public CellZ(boolean v) {
        this.v = v;
    }
}
