package gojc.rt.std.math.bits;

import gojc.rt.GoString;
import gojc.rt.RuntimeErrors;

/** math/bits's runtime errors (overlay/math/bits/bits_errors.go). */
public final class Natives {
    private Natives() {}

    public static Object runtimeError(GoString msg) {
        return new RuntimeErrors.ErrorString(msg.toJava());
    }
}
