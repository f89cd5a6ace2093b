package gojc.constant;

import java.io.ByteArrayOutputStream;

/** UTF-8 as Go decodes it: an invalid or overlong sequence or a surrogate yields U+FFFD, width 1. */
final class Utf8 {
    static final int RUNE_ERROR = 0xFFFD;
    static final int MAX_RUNE = 0x10FFFF;

    private Utf8() {}

    /** Decodes the rune at b[i]; returns {@code rune | (width << 32)}. */
    static long decode(byte[] b, int i) {
        int b0 = b[i] & 0xff;
        if (b0 < 0x80) {
            return pack(b0, 1);
        }
        int n;
        int min;
        int r;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            n = 2;
            min = 0x80;
            r = b0 & 0x1f;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            n = 3;
            min = 0x800;
            r = b0 & 0x0f;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            n = 4;
            min = 0x10000;
            r = b0 & 0x07;
        } else {
            return pack(RUNE_ERROR, 1);
        }
        if (i + n > b.length) {
            return pack(RUNE_ERROR, 1);
        }
        for (int k = 1; k < n; k++) {
            int c = b[i + k] & 0xff;
            if ((c & 0xC0) != 0x80) {
                return pack(RUNE_ERROR, 1);
            }
            r = (r << 6) | (c & 0x3f);
        }
        if (r < min || r > MAX_RUNE || (r >= 0xD800 && r <= 0xDFFF)) {
            return pack(RUNE_ERROR, 1);
        }
        return pack(r, n);
    }

    private static long pack(int rune, int width) {
        return (rune & 0xffffffffL) | ((long) width << 32);
    }

    static int rune(long packed) {
        return (int) packed;
    }

    static int width(long packed) {
        return (int) (packed >>> 32);
    }

    /** Appends the UTF-8 encoding of r; invalid code points encode U+FFFD (Go's conversion rule). */
    static void encode(ByteArrayOutputStream out, int r) {
        if (r < 0 || r > MAX_RUNE || (r >= 0xD800 && r <= 0xDFFF)) {
            r = RUNE_ERROR;
        }
        if (r < 0x80) {
            out.write(r);
        } else if (r < 0x800) {
            out.write(0xC0 | (r >> 6));
            out.write(0x80 | (r & 0x3f));
        } else if (r < 0x10000) {
            out.write(0xE0 | (r >> 12));
            out.write(0x80 | ((r >> 6) & 0x3f));
            out.write(0x80 | (r & 0x3f));
        } else {
            out.write(0xF0 | (r >> 18));
            out.write(0x80 | ((r >> 12) & 0x3f));
            out.write(0x80 | ((r >> 6) & 0x3f));
            out.write(0x80 | (r & 0x3f));
        }
    }

    /** Decodes Go string bytes to a Java string, one U+FFFD per invalid byte. */
    static String toJava(byte[] b) {
        StringBuilder sb = new StringBuilder(b.length);
        for (int i = 0; i < b.length; ) {
            long d = decode(b, i);
            sb.appendCodePoint(rune(d));
            i += width(d);
        }
        return sb.toString();
    }
}
