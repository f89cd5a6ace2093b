package gojc.rt;

/** A growable byte buffer holding gc print output before it is written in one go. */
final class ByteBuf {
    byte[] buf = new byte[256];
    int len;
    private final byte[] floatScratch = new byte[14];

    void reset() {
        len = 0;
    }

    void add(int b) {
        if (len == buf.length) {
            buf = java.util.Arrays.copyOf(buf, buf.length * 2);
        }
        buf[len++] = (byte) b;
    }

    void add(byte[] b, int off, int n) {
        if (len + n > buf.length) {
            buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
        }
        System.arraycopy(b, off, buf, len, n);
        len += n;
    }

    void ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            add(s.charAt(i));
        }
    }

    void str(GoString s) {
        add(s.bytes, s.offset, s.length);
    }

    void bool(boolean v) {
        ascii(v ? "true" : "false");
    }

    /** runtime.printuint. */
    void uint64(long v) {
        ascii(Long.toUnsignedString(v));
    }

    /** runtime.printint: "-" then the magnitude as unsigned (so MinInt64 works). */
    void int64(long v) {
        if (v < 0) {
            add('-');
            v = -v;
        }
        uint64(v);
    }

    /** runtime.printhex. */
    void hex(long v) {
        ascii("0x");
        ascii(Long.toHexString(v));
    }

    /** runtime.printfloat: 7 significant digits, "+d.dddddde+ddd", computed the way gc does. */
    void float64(double v) {
        if (v != v) {
            ascii("NaN");
            return;
        }
        if (v + v == v && v > 0) {
            ascii("+Inf");
            return;
        }
        if (v + v == v && v < 0) {
            ascii("-Inf");
            return;
        }
        final int n = 7;
        byte[] b = floatScratch;
        b[0] = '+';
        int e = 0;
        if (v == 0) {
            if (1 / v < 0) {
                b[0] = '-';
            }
        } else {
            if (v < 0) {
                v = -v;
                b[0] = '-';
            }
            while (v >= 10) {
                e++;
                v /= 10;
            }
            while (v < 1) {
                e--;
                v *= 10;
            }
            double h = 5.0;
            for (int i = 0; i < n; i++) {
                h /= 10;
            }
            v += h;
            if (v >= 10) {
                e++;
                v /= 10;
            }
        }
        for (int i = 0; i < n; i++) {
            int s = (int) v;
            b[i + 2] = (byte) (s + '0');
            v -= s;
            v *= 10;
        }
        b[1] = b[2];
        b[2] = '.';
        b[n + 2] = 'e';
        b[n + 3] = '+';
        if (e < 0) {
            e = -e;
            b[n + 3] = '-';
        }
        b[n + 4] = (byte) (e / 100 + '0');
        b[n + 5] = (byte) (e / 10 % 10 + '0');
        b[n + 6] = (byte) (e % 10 + '0');
        add(b, 0, b.length);
    }

    void complex(double re, double im) {
        add('(');
        float64(re);
        float64(im);
        ascii("i)");
    }

    byte[] toArray() {
        return java.util.Arrays.copyOf(buf, len);
    }
}
