package gojc.constant;

/** A float constant too large or small for an exact fraction (go/constant's floatVal). */
record FloatValue(BigFloat value) implements ConstValue {
    @Override
    public Kind kind() {
        return Kind.FLOAT;
    }

    @Override
    public String toString() {
        return FloatFormat.shortString(value);
    }

    @Override
    public String exactString() {
        return FloatFormat.hexString(value);
    }
}
