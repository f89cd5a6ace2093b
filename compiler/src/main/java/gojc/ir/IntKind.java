package gojc.ir;

/** Go's integer kinds with the facts code generation needs: JVM width, signedness, Go bit size. */
public enum IntKind {
    INT8(8, true), INT16(16, true), INT32(32, true), INT64(64, true),
    UINT8(8, false), UINT16(16, false), UINT32(32, false), UINT64(64, false);

    public final int bits;
    public final boolean signed;

    IntKind(int bits, boolean signed) {
        this.bits = bits;
        this.signed = signed;
    }

    public Repr repr() {
        return bits == 64 ? Repr.LONG : Repr.INT;
    }
}
