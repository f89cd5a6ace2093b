package gojc.rt;

/** Go's reflect.Kind numbering, used by {@link TypedValue}. */
public final class Kind {
    private Kind() {}

    public static final int INVALID = 0, BOOL = 1, INT = 2, INT8 = 3, INT16 = 4, INT32 = 5, INT64 = 6,
            UINT = 7, UINT8 = 8, UINT16 = 9, UINT32 = 10, UINT64 = 11, UINTPTR = 12,
            FLOAT32 = 13, FLOAT64 = 14, COMPLEX64 = 15, COMPLEX128 = 16, ARRAY = 17, CHAN = 18,
            FUNC = 19, INTERFACE = 20, MAP = 21, POINTER = 22, SLICE = 23, STRING = 24, STRUCT = 25,
            UNSAFE_POINTER = 26;
}
