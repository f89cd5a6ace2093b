package gojc.rt;

/**
 * A heap cell holding one Go variable of JVM type double: a local captured by a function literal
 * (or whose address is taken) lives here so that every closure shares it.
 */
public final class CellD {
    public double v;

    public CellD() {}

    public CellD(double v) {
        this.v = v;
    }
}
