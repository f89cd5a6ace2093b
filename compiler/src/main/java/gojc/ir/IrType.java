package gojc.ir;

import gojc.types.Basic;
import gojc.types.Named;
import gojc.types.Type;

/**
 * A Go type as the code generator sees it: its representation, and for integers their kind.
 * Built from checker types by {@link #of}; composite types join as their codegen lands.
 */
public record IrType(Type go, Repr repr, IntKind intKind, String refDescriptor) {
    public static final IrType VOID = new IrType(null, Repr.VOID, null, null);
    public static final String GOSTRING = "gojc/rt/GoString";
    public static final String COMPLEX128 = "gojc/rt/Complex128";
    public static final String COMPLEX64 = "gojc/rt/Complex64";

    public String descriptor() {
        return repr == Repr.REF ? refDescriptor : repr.primitiveDescriptor();
    }

    public boolean isString() {
        return repr == Repr.REF && refDescriptor.equals("L" + GOSTRING + ";");
    }

    /** complex64 or complex128: immutable gojc.rt.Complex64/Complex128 objects. */
    public boolean isComplex() {
        return repr == Repr.REF && (refDescriptor.equals("L" + COMPLEX128 + ";") || refDescriptor.equals("L" + COMPLEX64 + ";"));
    }

    public boolean isFloat() {
        return repr == Repr.FLOAT || repr == Repr.DOUBLE;
    }

    public boolean isUnsigned() {
        return intKind != null && !intKind.signed;
    }

    public static IrType of(Type t, gojc.syntax.Pos where) {
        Type u = t instanceof Named ? t.underlying() : t;
        if (u instanceof Basic b) {
            return switch (b.kind) {
                case BOOL, UNTYPED_BOOL -> new IrType(t, Repr.BOOL, null, null);
                case INT8 -> integer(t, IntKind.INT8);
                case INT16 -> integer(t, IntKind.INT16);
                case INT32, UNTYPED_RUNE -> integer(t, IntKind.INT32);
                case INT, INT64, UNTYPED_INT -> integer(t, IntKind.INT64);
                case UINT8 -> integer(t, IntKind.UINT8);
                case UINT16 -> integer(t, IntKind.UINT16);
                case UINT32 -> integer(t, IntKind.UINT32);
                case UINT, UINT64, UINTPTR -> integer(t, IntKind.UINT64);
                case FLOAT32 -> new IrType(t, Repr.FLOAT, null, null);
                case FLOAT64, UNTYPED_FLOAT -> new IrType(t, Repr.DOUBLE, null, null);
                case COMPLEX128, UNTYPED_COMPLEX -> new IrType(t, Repr.REF, null, "L" + COMPLEX128 + ";");
                case COMPLEX64 -> new IrType(t, Repr.REF, null, "L" + COMPLEX64 + ";");
                case STRING, UNTYPED_STRING -> new IrType(t, Repr.REF, null, "L" + GOSTRING + ";");
                case UNTYPED_NIL -> new IrType(t, Repr.REF, null, "Ljava/lang/Object;");
                // the pointer object itself: docs/architecture.md, "unsafe.Pointer"
                case UNSAFE_POINTER -> new IrType(t, Repr.REF, null, "Ljava/lang/Object;");
                default -> throw new NotSupported("type " + t, where);
            };
        }
        IrType c = CompositeTypes.of(t, u, where);
        if (c != null) return c;
        if (u instanceof gojc.types.Signature sig) {
            return new IrType(t, Repr.REF, null, "L" + FuncShape.of(sig, where).className() + ";");
        }
        if (u instanceof gojc.types.Interface i && i.isBasic()) {
            // every interface value is an Object: nil is null, see LowerIface
            return new IrType(t, Repr.REF, null, "Ljava/lang/Object;");
        }
        throw new NotSupported("type " + t, where);
    }

    /** The class a REF value is checked against after coming out of an Object slot. */
    public String internalName() {
        String d = refDescriptor;
        return d.startsWith("L") ? d.substring(1, d.length() - 1) : d;
    }

    public boolean isFunc() {
        return go != null && (go instanceof gojc.types.Signature || go.underlying() instanceof gojc.types.Signature);
    }

    private static IrType integer(Type t, IntKind k) {
        return new IrType(t, k.repr(), k, null);
    }
}
