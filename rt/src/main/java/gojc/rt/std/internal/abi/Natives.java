package gojc.rt.std.internal.abi;

import gojc.rt.Addr;
import gojc.rt.Box;

/**
 * internal/abi's compiler intrinsics FuncPCABI0/FuncPCABIInternal: gc gives a function's entry
 * PC. JVM code has no addresses, so the result is the func value's stable fake address (0 for
 * nil), enough for the identity comparisons std makes with it.
 */
public final class Natives {
    private Natives() {}

    public static long FuncPCABI0(Object f) {
        return Addr.of(f instanceof Box ? ((Box) f).value : f); // the func inside its interface box
    }

    public static long FuncPCABIInternal(Object f) {
        return FuncPCABI0(f);
    }
}
