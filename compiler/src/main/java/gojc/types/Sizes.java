package gojc.types;

/** gc's sizes and alignments on amd64 (unsafe.Sizeof, Alignof, Offsetof). */
public final class Sizes {
    private Sizes() {}

    public static long alignof(Type t) {
        Type u = Types.under(t);
        if (u instanceof Array a) return alignof(a.elem());
        if (u instanceof Struct s) {
            long max = 1;
            for (Var f : s.fields()) max = Math.max(max, alignof(f.type()));
            return max;
        }
        if (u instanceof Basic b && b.kind == Basic.Kind.COMPLEX64) return 4;
        if (u instanceof Slice || u instanceof Interface || u instanceof Basic b2 && b2.isString()) return 8;
        long a = sizeof(t);
        return a < 1 ? 1 : Math.min(a, 8);
    }

    public static long sizeof(Type t) {
        Type u = Types.under(t);
        if (u instanceof Basic b) {
            return switch (b.kind) {
                case BOOL, INT8, UINT8 -> 1;
                case INT16, UINT16 -> 2;
                case INT32, UINT32, FLOAT32 -> 4;
                case COMPLEX128, STRING -> 16;
                default -> 8;
            };
        }
        if (u instanceof Array a) return a.len() <= 0 ? 0 : sizeof(a.elem()) * a.len();
        if (u instanceof Slice) return 24;
        if (u instanceof Interface) return 16;
        if (u instanceof Struct s) {
            int n = s.fields().size();
            if (n == 0) return 0;
            long[] offs = offsetsof(s);
            long last = sizeof(s.fields().get(n - 1).type());
            if (last == 0 && offs[n - 1] > 0) last = 1; // gc pads a trailing zero-size field
            return round(offs[n - 1] + last, alignof(s));
        }
        return 8;
    }

    public static long[] offsetsof(Struct s) {
        long[] offs = new long[s.fields().size()];
        long o = 0;
        for (int i = 0; i < offs.length; i++) {
            Type ft = s.fields().get(i).type();
            o = round(o, alignof(ft));
            offs[i] = o;
            o += sizeof(ft);
        }
        return offs;
    }

    static long round(long x, long a) {
        return (x + a - 1) / a * a;
    }
}
