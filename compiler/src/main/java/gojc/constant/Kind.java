package gojc.constant;

/** The kind of a constant value (go/constant.Kind). */
public enum Kind {
    /** The value of an erroneous or otherwise unknown constant expression. */
    UNKNOWN,
    BOOL,
    STRING,
    INT,
    FLOAT,
    COMPLEX
}
