package gojc.types;

/**
 * A Go type as the checker represents it. Identity is decided by {@link Types#identical}, never
 * by {@code equals}; {@link #underlying()} is the spec's underlying type.
 */
public sealed interface Type
        permits Basic, Pointer, Slice, Array, MapType, Chan, Struct, Signature, Tuple, Interface, Named,
        TypeParam, Union {

    Type underlying();

    /** gc's form for messages, unqualified for the package being checked. */
    default String str(Package rel) {
        return new TypeWriter(rel).type(this).toString();
    }
}
