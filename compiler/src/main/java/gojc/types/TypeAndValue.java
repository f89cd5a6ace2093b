package gojc.types;

import gojc.constant.ConstValue;

/** What the checker recorded for one expression. {@code value} is set for constants only. */
public record TypeAndValue(Mode mode, Type type, ConstValue value) {
    public boolean isType() {
        return mode == Mode.TYPEXPR;
    }

    public boolean isValue() {
        return switch (mode) {
            case CONSTANT, VARIABLE, MAPINDEX, VALUE, COMMAOK -> true;
            default -> false;
        };
    }

    public boolean addressable() {
        return mode == Mode.VARIABLE;
    }
}
