package gojc.constant;

/** The result of an invalid constant operation; operations on it yield unknown again. */
record UnknownValue() implements ConstValue {
    static final UnknownValue INSTANCE = new UnknownValue();

    @Override
    public Kind kind() {
        return Kind.UNKNOWN;
    }

    @Override
    public String toString() {
        return "unknown";
    }

    @Override
    public String exactString() {
        return "unknown";
    }
}
