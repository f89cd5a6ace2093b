package gojc.constant;

/**
 * Whether a constant is representable in a basic type, and if so its value in that type (floats
 * and complex rounded to float32/float64, integers as INT); if not, why, so the checker can pick
 * gc's wording: "(overflows)" / "(truncated)" after "cannot use ... as T value in ...", or
 * "constant 300 overflows byte" / "... truncated to int" / "cannot convert ... to T".
 */
public record RepresentableResult(Reason reason, ConstValue value) {

    public enum Reason {
        /** Representable; value holds the (rounded) value. */
        OK,
        /** A numeric value out of the target's range (also float to float overflow). */
        OVERFLOWS,
        /** A non-integer numeric type's value converted to an integer type. */
        TRUNCATED,
        /** Not a numeric conversion: e.g. a string constant as an int. */
        INVALID
    }

    public boolean ok() {
        return reason == Reason.OK;
    }
}
