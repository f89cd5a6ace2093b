package gojc.types;

/** A predeclared type, an untyped constant kind, unsafe.Pointer, or the invalid type. */
public final class Basic implements Type {
    public enum Kind {
        INVALID, BOOL, INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR,
        FLOAT32, FLOAT64, COMPLEX64, COMPLEX128, STRING, UNSAFE_POINTER,
        UNTYPED_BOOL, UNTYPED_INT, UNTYPED_RUNE, UNTYPED_FLOAT, UNTYPED_COMPLEX, UNTYPED_STRING, UNTYPED_NIL
    }

    public final Kind kind;
    public final String name;

    Basic(Kind kind, String name) {
        this.kind = kind;
        this.name = name;
    }

    @Override
    public Type underlying() {
        return this;
    }

    public boolean isInteger() {
        return switch (kind) {
            case INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR, UNTYPED_INT,
                    UNTYPED_RUNE -> true;
            default -> false;
        };
    }

    public boolean isUnsigned() {
        return switch (kind) {
            case UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR -> true;
            default -> false;
        };
    }

    public boolean isFloat() {
        return kind == Kind.FLOAT32 || kind == Kind.FLOAT64 || kind == Kind.UNTYPED_FLOAT;
    }

    public boolean isComplex() {
        return kind == Kind.COMPLEX64 || kind == Kind.COMPLEX128 || kind == Kind.UNTYPED_COMPLEX;
    }

    public boolean isNumeric() {
        return isInteger() || isFloat() || isComplex();
    }

    public boolean isString() {
        return kind == Kind.STRING || kind == Kind.UNTYPED_STRING;
    }

    public boolean isBoolean() {
        return kind == Kind.BOOL || kind == Kind.UNTYPED_BOOL;
    }

    public boolean isUntyped() {
        return kind.ordinal() >= Kind.UNTYPED_BOOL.ordinal();
    }

    public boolean isOrdered() {
        return isInteger() || isFloat() || isString();
    }

    public boolean isConstType() {
        return isBoolean() || isNumeric() || isString();
    }

    /** Size in bits of a sized integer or float kind (int, uint, uintptr are 64 on amd64). */
    public int bits() {
        return switch (kind) {
            case INT8, UINT8 -> 8;
            case INT16, UINT16 -> 16;
            case INT32, UINT32, FLOAT32 -> 32;
            case COMPLEX64 -> 64;
            case COMPLEX128 -> 128;
            default -> 64;
        };
    }

    @Override
    public String toString() {
        return name;
    }
}
