package gojc.constant;

record BoolValue(boolean value) implements ConstValue {
    static final BoolValue TRUE = new BoolValue(true);
    static final BoolValue FALSE = new BoolValue(false);

    static BoolValue of(boolean b) {
        return b ? TRUE : FALSE;
    }

    @Override
    public Kind kind() {
        return Kind.BOOL;
    }

    @Override
    public String toString() {
        return Boolean.toString(value);
    }

    @Override
    public String exactString() {
        return toString();
    }
}
