package gojc.rt;

/**
 * Large constant tables travel as data: the compiler packs an array literal of numeric
 * constants into a string constant (little-endian, the element's width) that these methods
 * decode when the literal is evaluated, instead of one store instruction per element.
 */
public final class Data {
    private Data() {}

    private static long le(GoString s, int at, int width) {
        long v = 0;
        for (int i = width - 1; i >= 0; i--) v = (v << 8) | (s.bytes[s.offset + at + i] & 0xFF);
        return v;
    }

    public static boolean[] unpackZ(GoString s) {
        boolean[] a = new boolean[s.length];
        for (int i = 0; i < a.length; i++) a[i] = s.bytes[s.offset + i] != 0;
        return a;
    }

    public static byte[] unpackB(GoString s) {
        byte[] a = new byte[s.length];
        for (int i = 0; i < a.length; i++) a[i] = s.bytes[s.offset + i];
        return a;
    }

    public static short[] unpackS(GoString s) {
        short[] a = new short[s.length / 2];
        for (int i = 0; i < a.length; i++) a[i] = (short) le(s, 2 * i, 2);
        return a;
    }

    public static char[] unpackC(GoString s) {
        char[] a = new char[s.length / 2];
        for (int i = 0; i < a.length; i++) a[i] = (char) le(s, 2 * i, 2);
        return a;
    }

    public static int[] unpackI(GoString s) {
        int[] a = new int[s.length / 4];
        for (int i = 0; i < a.length; i++) a[i] = (int) le(s, 4 * i, 4);
        return a;
    }

    public static long[] unpackJ(GoString s) {
        long[] a = new long[s.length / 8];
        for (int i = 0; i < a.length; i++) a[i] = le(s, 8 * i, 8);
        return a;
    }

    public static float[] unpackF(GoString s) {
        float[] a = new float[s.length / 4];
        for (int i = 0; i < a.length; i++) a[i] = Float.intBitsToFloat((int) le(s, 4 * i, 4));
        return a;
    }

    public static double[] unpackD(GoString s) {
        double[] a = new double[s.length / 8];
        for (int i = 0; i < a.length; i++) a[i] = Double.longBitsToDouble(le(s, 8 * i, 8));
        return a;
    }
}
