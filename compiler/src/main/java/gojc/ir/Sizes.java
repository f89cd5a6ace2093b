package gojc.ir;

import gojc.types.Array;
import gojc.types.Basic;
import gojc.types.Struct;
import gojc.types.Type;
import gojc.types.Var;

/**
 * Go sizes and alignments of types as gc lays them out on amd64 (8-byte words). The JVM has
 * no use for them except where Go semantics depend on them: append's capacity growth rounds
 * the element size times the capacity up to a malloc size class.
 */
public final class Sizes {
    private Sizes() {}

    public static long sizeof(Type t) {
        Type u = t.underlying();
        if (u instanceof Basic b) {
            return switch (b.kind) {
                case BOOL, INT8, UINT8 -> 1;
                case INT16, UINT16 -> 2;
                case INT32, UINT32, FLOAT32 -> 4;
                case COMPLEX128 -> 16;
                case STRING -> 16;
                default -> 8; // int, uint, int64, uint64, uintptr, float64, complex64, pointers
            };
        }
        if (u instanceof Array a) return a.len() * sizeof(a.elem());
        if (u instanceof gojc.types.Slice) return 24;
        if (u instanceof gojc.types.Interface) return 16;
        if (u instanceof Struct s) {
            long off = 0;
            long maxAlign = 1;
            for (Var f : s.fields()) {
                long al = alignof(f.type());
                maxAlign = Math.max(maxAlign, al);
                off = align(off, al) + sizeof(f.type());
            }
            // gc pads a struct ending in a zero-size field so &last stays inside the object.
            if (!s.fields().isEmpty() && off > 0 && sizeof(s.fields().get(s.fields().size() - 1).type()) == 0) off++;
            return align(off, maxAlign);
        }
        return 8; // pointers, maps, chans, funcs
    }

    public static long alignof(Type t) {
        Type u = t.underlying();
        if (u instanceof Basic b) {
            return switch (b.kind) {
                case BOOL, INT8, UINT8 -> 1;
                case INT16, UINT16 -> 2;
                case INT32, UINT32, FLOAT32, COMPLEX64 -> 4;
                default -> 8;
            };
        }
        if (u instanceof Array a) return alignof(a.elem());
        if (u instanceof Struct s) {
            long m = 1;
            for (Var f : s.fields()) m = Math.max(m, alignof(f.type()));
            return m;
        }
        return 8;
    }

    private static long align(long x, long a) {
        return (x + a - 1) / a * a;
    }
}
