package gojc.rt;

/**
 * A heap cell holding one Go variable of JVM type float: a local captured by a function literal
 * (or whose address is taken) lives here so that every closure shares it.
 */
public final class CellF {
    public float v;

    public CellF() {}

    public CellF(float v) {
        this.v = v;
    }
}
