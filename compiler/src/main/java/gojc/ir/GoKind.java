package gojc.ir;

import gojc.types.Basic;
import gojc.types.Signature;
import gojc.types.Type;

/** Go's reflect.Kind numbers of types, as the runtime's boxes and panic printing use them. */
public final class GoKind {
    private GoKind() {}

    public static int of(Type t) {
        if (t.underlying() instanceof Basic b) {
            return switch (b.kind) {
                case BOOL -> 1;
                case INT -> 2;
                case INT8 -> 3;
                case INT16 -> 4;
                case INT32 -> 5;
                case INT64 -> 6;
                case UINT -> 7;
                case UINT8 -> 8;
                case UINT16 -> 9;
                case UINT32 -> 10;
                case UINT64 -> 11;
                case UINTPTR -> 12;
                case FLOAT32 -> 13;
                case FLOAT64 -> 14;
                case COMPLEX64 -> 15;
                case COMPLEX128 -> 16;
                case STRING -> 24;
                default -> 0;
            };
        }
        if (t.underlying() instanceof Signature) return 19;
        return 0;
    }
}
