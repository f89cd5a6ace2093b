package gojc.rt;

/**
 * Makes the zero value of a reference-represented Go type for fresh slice/array
 * elements: GoString.EMPTY for strings, a new object for structs and arrays. Types whose
 * zero is Java null (pointers, slices, maps, chans, funcs, interfaces) pass null instead.
 */
public interface ZeroFactory {
    Object zero();

    /** The zero of string: the shared empty string. */
    ZeroFactory STRING = new ZeroFactory() {
        @Override
        public Object zero() {
            return GoString.EMPTY;
        }
    };

    /** The zero of complex128. */
    ZeroFactory COMPLEX128 = new ZeroFactory() {
        @Override
        public Object zero() {
            return Complex128.ZERO;
        }
    };

    /** The zero of complex64. */
    ZeroFactory COMPLEX64 = new ZeroFactory() {
        @Override
        public Object zero() {
            return Complex64.ZERO;
        }
    };
}
