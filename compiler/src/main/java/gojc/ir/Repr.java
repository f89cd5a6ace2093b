package gojc.ir;

/**
 * How a Go value is held in JVM locals, operands, parameters and results. Integers narrower than
 * 32 bits travel as {@code int}, normalized to their Go range after every operation (see
 * {@link IntKind}); only array elements and fields use the narrow JVM types.
 */
public enum Repr {
    BOOL("Z"), INT("I"), LONG("J"), FLOAT("F"), DOUBLE("D"), REF(null), VOID("V");

    private final String desc;

    Repr(String desc) {
        this.desc = desc;
    }

    /** The JVM descriptor; REF types carry their own, see {@link IrType#descriptor()}. */
    String primitiveDescriptor() {
        return desc;
    }

    /** JVM stack slots a value takes. */
    public int slots() {
        return this == LONG || this == DOUBLE ? 2 : this == VOID ? 0 : 1;
    }
}
