package gojc.rt;

/** runtime.boundsError: an index or slice expression out of range (runtime/error.go texts). */
public final class BoundsError implements GoRuntimeError {
    public static final int INDEX = 0;       // s[x], 0 <= x < len(s)
    public static final int SLICE_ALEN = 1;  // s[?:x], 0 <= x <= len(s)
    public static final int SLICE_ACAP = 2;  // s[?:x], 0 <= x <= cap(s)
    public static final int SLICE_B = 3;     // s[x:y], 0 <= x <= y
    public static final int SLICE3_ALEN = 4; // s[?:?:x], 0 <= x <= len(s)
    public static final int SLICE3_ACAP = 5; // s[?:?:x], 0 <= x <= cap(s)
    public static final int SLICE3_B = 6;    // s[?:x:y], 0 <= x <= y
    public static final int SLICE3_C = 7;    // s[x:y:?], 0 <= x <= y
    public static final int CONVERT = 8;     // (*[x]T)(s), 0 <= x <= len(s)

    private static final String[] FORMATS = {
        "index out of range [%x] with length %y",
        "slice bounds out of range [:%x] with length %y",
        "slice bounds out of range [:%x] with capacity %y",
        "slice bounds out of range [%x:%y]",
        "slice bounds out of range [::%x] with length %y",
        "slice bounds out of range [::%x] with capacity %y",
        "slice bounds out of range [:%x:%y]",
        "slice bounds out of range [%x:%y:]",
        "cannot convert slice with length %y to pointer to array with length %x",
    };
    private static final String[] NEGATIVE_FORMATS = {
        "index out of range [%x]",
        "slice bounds out of range [:%x]",
        "slice bounds out of range [:%x]",
        "slice bounds out of range [%x:]",
        "slice bounds out of range [::%x]",
        "slice bounds out of range [::%x]",
        "slice bounds out of range [:%x:]",
        "slice bounds out of range [%x::]",
    };

    public final long x;
    public final long y;
    /** Whether x came from a signed integer (else it prints as unsigned). */
    public final boolean signed;
    public final int code;

    public BoundsError(long x, long y, boolean signed, int code) {
        this.x = x;
        this.y = y;
        this.signed = signed;
        this.code = code;
    }

    @Override
    public void RuntimeError() {}

    @Override
    public GoString error() {
        return GoString.fromJava(toString());
    }

    @Override
    public String toString() {
        String fmt = signed && x < 0 ? NEGATIVE_FORMATS[code] : FORMATS[code];
        StringBuilder b = new StringBuilder("runtime error: ");
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c != '%') {
                b.append(c);
                continue;
            }
            i++;
            if (fmt.charAt(i) == 'x') {
                b.append(signed ? Long.toString(x) : Long.toUnsignedString(x));
            } else {
                b.append(y);
            }
        }
        return b.toString();
    }
}
