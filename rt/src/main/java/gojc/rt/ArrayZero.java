package gojc.rt;

import java.lang.reflect.Array;

/**
 * Makes zero values of one Go array type: a Java array of the element representation
 * ({@code kind} is its descriptor letter: Z B S C I J F D, or L for Object), with fresh
 * zero elements when the element type needs them (strings, structs, arrays).
 */
public final class ArrayZero implements ZeroFactory {
    private final char kind;
    private final int len;
    private final ZeroFactory elem;

    public ArrayZero(char kind, int len, ZeroFactory elem) {
        this.kind = kind;
        this.len = len;
        this.elem = elem;
    }

    public static ZeroFactory of(char kind, int len, ZeroFactory elem) {
        return new ArrayZero(kind, len, elem);
    }

    @Override
    public Object zero() {
        switch (kind) {
            case 'Z':
                return new boolean[len];
            case 'B':
                return new byte[len];
            case 'S':
                return new short[len];
            case 'C':
                return new char[len];
            case 'I':
                return new int[len];
            case 'J':
                return new long[len];
            case 'F':
                return new float[len];
            case 'D':
                return new double[len];
            default:
                Object[] a = new Object[len];
                if (elem != null) {
                    for (int i = 0; i < len; i++) {
                        a[i] = elem.zero();
                    }
                }
                return a;
        }
    }

    /** The length of any Java array. */
    static int length(Object a) {
        return Array.getLength(a);
    }
}
