package gojc.constant;

/** A complex constant; each part is an Int or Float value. */
record ComplexValue(ConstValue re, ConstValue im) implements ConstValue {
    @Override
    public Kind kind() {
        return Kind.COMPLEX;
    }

    @Override
    public String toString() {
        return "(" + re + " + " + im + "i)";
    }

    @Override
    public String exactString() {
        return "(" + re.exactString() + " + " + im.exactString() + "i)";
    }
}
