package gojc.rt;

/**
 * A dynamic value that knows its Go type: {@link Box}es, the boxes the compiler generates for
 * named types with methods, and generated struct classes (which, held in an interface, stand
 * for the pointer type *T).
 */
public interface Typed {
    Type $type();
}
