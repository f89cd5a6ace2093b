package gojc.constant;

/**
 * The basic types a constant can be converted to, as far as representability is concerned
 * (int, uint and uintptr are 64 bits wide; byte and rune are uint8 and int32). The type checker
 * maps its basic types onto these.
 */
public enum BasicKind {
    BOOL, STRING,
    INT(64, true), INT8(8, true), INT16(16, true), INT32(32, true), INT64(64, true),
    UINT(64, false), UINT8(8, false), UINT16(16, false), UINT32(32, false), UINT64(64, false),
    UINTPTR(64, false),
    FLOAT32, FLOAT64, COMPLEX64, COMPLEX128,
    UNTYPED_BOOL, UNTYPED_INT, UNTYPED_RUNE, UNTYPED_FLOAT, UNTYPED_COMPLEX, UNTYPED_STRING,
    UNSAFE_POINTER, UNTYPED_NIL;

    /** Size in bits for sized integer kinds, else 0. */
    public final int bits;
    private final boolean signed;

    BasicKind() {
        this(0, false);
    }

    BasicKind(int bits, boolean signed) {
        this.bits = bits;
        this.signed = signed;
    }

    public boolean isInteger() {
        return bits > 0 || this == UNTYPED_INT || this == UNTYPED_RUNE;
    }

    public boolean isUnsigned() {
        return bits > 0 && !signed;
    }

    public boolean isFloat() {
        return this == FLOAT32 || this == FLOAT64 || this == UNTYPED_FLOAT;
    }

    public boolean isComplex() {
        return this == COMPLEX64 || this == COMPLEX128 || this == UNTYPED_COMPLEX;
    }

    public boolean isNumeric() {
        return isInteger() || isFloat() || isComplex();
    }

    public boolean isString() {
        return this == STRING || this == UNTYPED_STRING;
    }

    public boolean isBoolean() {
        return this == BOOL || this == UNTYPED_BOOL;
    }

    public boolean isUntyped() {
        return name().startsWith("UNTYPED_");
    }

    /** The untyped kind of a constant value (for callers that have no operand type at hand). */
    public static BasicKind untypedOf(ConstValue x) {
        return switch (x.kind()) {
            case BOOL -> UNTYPED_BOOL;
            case STRING -> UNTYPED_STRING;
            case INT -> UNTYPED_INT;
            case FLOAT -> UNTYPED_FLOAT;
            case COMPLEX -> UNTYPED_COMPLEX;
            case UNKNOWN -> UNTYPED_NIL;
        };
    }
}
