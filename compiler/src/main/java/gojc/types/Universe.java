package gojc.types;

import gojc.syntax.Pos;

import java.util.List;

/** The universe scope and package unsafe. */
public final class Universe {
    private Universe() {}

    public static final Scope SCOPE = new Scope(null, Pos.NONE, "universe", false);

    private static Basic basic(Basic.Kind k, String name) {
        return new Basic(k, name);
    }

    public static final Basic INVALID = basic(Basic.Kind.INVALID, "invalid type");
    public static final Basic BOOL = basic(Basic.Kind.BOOL, "bool");
    public static final Basic INT = basic(Basic.Kind.INT, "int");
    public static final Basic INT8 = basic(Basic.Kind.INT8, "int8");
    public static final Basic INT16 = basic(Basic.Kind.INT16, "int16");
    public static final Basic INT32 = basic(Basic.Kind.INT32, "int32");
    public static final Basic INT64 = basic(Basic.Kind.INT64, "int64");
    public static final Basic UINT = basic(Basic.Kind.UINT, "uint");
    public static final Basic UINT8 = basic(Basic.Kind.UINT8, "uint8");
    public static final Basic UINT16 = basic(Basic.Kind.UINT16, "uint16");
    public static final Basic UINT32 = basic(Basic.Kind.UINT32, "uint32");
    public static final Basic UINT64 = basic(Basic.Kind.UINT64, "uint64");
    public static final Basic UINTPTR = basic(Basic.Kind.UINTPTR, "uintptr");
    public static final Basic FLOAT32 = basic(Basic.Kind.FLOAT32, "float32");
    public static final Basic FLOAT64 = basic(Basic.Kind.FLOAT64, "float64");
    public static final Basic COMPLEX64 = basic(Basic.Kind.COMPLEX64, "complex64");
    public static final Basic COMPLEX128 = basic(Basic.Kind.COMPLEX128, "complex128");
    public static final Basic STRING = basic(Basic.Kind.STRING, "string");
    public static final Basic UNSAFE_POINTER = basic(Basic.Kind.UNSAFE_POINTER, "Pointer");
    public static final Basic BYTE = basic(Basic.Kind.UINT8, "byte");
    public static final Basic RUNE = basic(Basic.Kind.INT32, "rune");

    public static final Basic UNTYPED_BOOL = basic(Basic.Kind.UNTYPED_BOOL, "untyped bool");
    public static final Basic UNTYPED_INT = basic(Basic.Kind.UNTYPED_INT, "untyped int");
    public static final Basic UNTYPED_RUNE = basic(Basic.Kind.UNTYPED_RUNE, "untyped rune");
    public static final Basic UNTYPED_FLOAT = basic(Basic.Kind.UNTYPED_FLOAT, "untyped float");
    public static final Basic UNTYPED_COMPLEX = basic(Basic.Kind.UNTYPED_COMPLEX, "untyped complex");
    public static final Basic UNTYPED_STRING = basic(Basic.Kind.UNTYPED_STRING, "untyped string");
    public static final Basic UNTYPED_NIL = basic(Basic.Kind.UNTYPED_NIL, "untyped nil");

    public static final Interface EMPTY_INTERFACE = new Interface(List.of(), List.of());

    /** {@code any}: an alias of interface{} that types2 prints as "any". */
    public static final Interface ANY = new Interface(List.of(), List.of());

    public static final Named ERROR;
    public static final Named COMPARABLE;
    public static final Package UNSAFE = new Package("unsafe", "unsafe");
    public static final Nil NIL = new Nil();

    static {
        for (Basic b : List.of(BOOL, INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR,
                FLOAT32, FLOAT64, COMPLEX64, COMPLEX128, STRING, BYTE, RUNE)) {
            SCOPE.insert(new TypeName(Pos.NONE, null, b.name, b));
        }
        SCOPE.insert(new TypeName(Pos.NONE, null, "any", ANY));

        TypeName errObj = new TypeName(Pos.NONE, null, "error", null);
        ERROR = new Named(errObj, null);
        Func errorMethod = new Func(Pos.NONE, null, "Error", null);
        Var recv = new Var(Pos.NONE, null, "", ERROR, Var.Kind.RECV, false);
        errorMethod.type = new Signature(recv, List.of(), List.of(), Tuple.EMPTY,
                new Tuple(List.of(new Var(Pos.NONE, null, "", STRING, Var.Kind.RESULT, false))), false);
        ERROR.setUnderlying(new Interface(List.of(errorMethod), List.of()));
        SCOPE.insert(errObj);

        TypeName cmpObj = new TypeName(Pos.NONE, null, "comparable", null);
        COMPARABLE = new Named(cmpObj, null);
        COMPARABLE.setUnderlying(comparableIface());
        SCOPE.insert(cmpObj);

        SCOPE.insert(new Const(Pos.NONE, null, "true", UNTYPED_BOOL, ConstOps.bool(true)));
        SCOPE.insert(new Const(Pos.NONE, null, "false", UNTYPED_BOOL, ConstOps.bool(false)));
        SCOPE.insert(new Const(Pos.NONE, null, "iota", UNTYPED_INT, ConstOps.ofLong(0)));
        SCOPE.insert(NIL);

        String[] names = {"append", "cap", "close", "complex", "copy", "delete", "imag", "len", "make", "new",
                "panic", "print", "println", "real", "recover"};
        Builtin.Id[] ids = {Builtin.Id.APPEND, Builtin.Id.CAP, Builtin.Id.CLOSE, Builtin.Id.COMPLEX, Builtin.Id.COPY,
                Builtin.Id.DELETE, Builtin.Id.IMAG, Builtin.Id.LEN, Builtin.Id.MAKE, Builtin.Id.NEW, Builtin.Id.PANIC,
                Builtin.Id.PRINT, Builtin.Id.PRINTLN, Builtin.Id.REAL, Builtin.Id.RECOVER};
        for (int i = 0; i < names.length; i++) {
            SCOPE.insert(new Builtin(null, names[i], ids[i]));
        }

        UNSAFE.scope.insert(new TypeName(Pos.NONE, UNSAFE, "Pointer", UNSAFE_POINTER));
        UNSAFE.scope.insert(new Builtin(UNSAFE, "Add", Builtin.Id.ADD));
        UNSAFE.scope.insert(new Builtin(UNSAFE, "Alignof", Builtin.Id.ALIGNOF));
        UNSAFE.scope.insert(new Builtin(UNSAFE, "Offsetof", Builtin.Id.OFFSETOF));
        UNSAFE.scope.insert(new Builtin(UNSAFE, "Sizeof", Builtin.Id.SIZEOF));
        UNSAFE.scope.insert(new Builtin(UNSAFE, "Slice", Builtin.Id.SLICE));
        UNSAFE.complete = true;
    }

    /** The interface underlying {@code comparable}. */
    private static Interface comparableIface() {
        Interface i = new Interface(List.of(), List.of());
        i.markComparable();
        return i;
    }

    public static Basic typOf(Basic.Kind k) {
        return switch (k) {
            case BOOL -> BOOL;
            case INT -> INT;
            case INT8 -> INT8;
            case INT16 -> INT16;
            case INT32 -> INT32;
            case INT64 -> INT64;
            case UINT -> UINT;
            case UINT8 -> UINT8;
            case UINT16 -> UINT16;
            case UINT32 -> UINT32;
            case UINT64 -> UINT64;
            case UINTPTR -> UINTPTR;
            case FLOAT32 -> FLOAT32;
            case FLOAT64 -> FLOAT64;
            case COMPLEX64 -> COMPLEX64;
            case COMPLEX128 -> COMPLEX128;
            case STRING -> STRING;
            case UNSAFE_POINTER -> UNSAFE_POINTER;
            case UNTYPED_BOOL -> UNTYPED_BOOL;
            case UNTYPED_INT -> UNTYPED_INT;
            case UNTYPED_RUNE -> UNTYPED_RUNE;
            case UNTYPED_FLOAT -> UNTYPED_FLOAT;
            case UNTYPED_COMPLEX -> UNTYPED_COMPLEX;
            case UNTYPED_STRING -> UNTYPED_STRING;
            case UNTYPED_NIL -> UNTYPED_NIL;
            case INVALID -> INVALID;
        };
    }
}
