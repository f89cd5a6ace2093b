package gojc.rt;

/**
 * Implemented by every class the compiler generates for a Go struct type. A struct-typed
 * location owns its object for life (pointers to it are the object itself), so assignment
 * copies into it ({@link #$set}) and storing into a fresh location takes a {@link #$copy}.
 * As a {@link ZeroFactory} a struct object makes fresh zero values of its own type.
 */
public interface GoStruct extends ZeroFactory {
    /** A deep copy (nested structs and arrays copied, references shared). */
    GoStruct $copy();

    /** Copies src's fields into this object (src is of the same class). */
    void $set(GoStruct src);
}
