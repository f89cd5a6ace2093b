package gojc.rt;

/**
 * Extension point for values whose Go dynamic type is not implied by their Java class
 * (defined types such as {@code type MyInt int}, structs, pointers...). The compiler's
 * interface boxes implement it so that panics print {@code main.MyInt(5)} or
 * {@code (main.T) 0xc000012345} as gc does.
 */
public interface TypedValue {
    /** The type's string as gc prints it, e.g. {@code main.MyInt}. */
    String goTypeString();

    /** One of the {@link Kind} constants. */
    int goKind();

    /** The underlying value as a plain runtime box (Long, Integer, GoString, ...). */
    Object goValue();
}
