package gojc.rt;

/** Fake but stable heap addresses for printing pointers, maps, chans and funcs. */
public final class Addr {
    private Addr() {}

    /** 0 for null, else a 0xc000...-style address derived from the identity hash. */
    public static long of(Object o) {
        if (o == null) {
            return 0;
        }
        if (o instanceof Ptr) {
            return ((Ptr) o).address(); // Ptrs to one variable are distinct objects
        }
        return base(o);
    }

    static long base(Object o) {
        return 0xc000000000L + ((System.identityHashCode(o) & 0x7fffffffL) << 3);
    }
}
