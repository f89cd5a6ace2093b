package gojc.rt;

import java.nio.charset.StandardCharsets;

/**
 * A Go string: an immutable byte sequence, not necessarily valid UTF-8. Substrings share
 * the byte array. The zero value is {@link #EMPTY}; compiled code never uses null.
 */
public final class GoString implements Comparable<GoString> {
    public static final GoString EMPTY = new GoString(new byte[0], 0, 0);

    public final byte[] bytes;
    public final int offset;
    public final int length;
    private int hash; // 0: not computed yet

    public GoString(byte[] bytes, int offset, int length) {
        this.bytes = bytes;
        this.offset = offset;
        this.length = length;
    }

    /** Wraps b without copying; b must never change afterwards (literals, fresh buffers). */
    public static GoString of(byte[] b) {
        return b.length == 0 ? EMPTY : new GoString(b, 0, b.length);
    }

    /**
     * A string constant as compiled code stores it: one char per byte (the constant pool holds
     * Java strings, and Latin-1 carries any byte sequence).
     */
    public static GoString latin1(String s) {
        return of(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    /**
     * Bootstrap of a string constant's dynamic constant ({@code ldc} of a CONSTANT_Dynamic):
     * the JVM calls it once per constant pool entry and keeps the GoString it returns.
     */
    public static GoString constant(java.lang.invoke.MethodHandles.Lookup lookup, String name, Class<?> type, String... latin1) {
        if (latin1.length == 1) return latin1(latin1[0]);
        // long constants come in chunks: a pool entry holds at most 65535 bytes of modified UTF-8
        StringBuilder sb = new StringBuilder();
        for (String part : latin1) sb.append(part);
        return latin1(sb.toString());
    }

    /** UTF-8 encodes a Java string (unpaired surrogates become U+FFFD, as Go would). */
    public static GoString fromJava(String s) {
        return of(s.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes like Go's conversion to runes: each invalid byte becomes U+FFFD. */
    public String toJava() {
        StringBuilder sb = new StringBuilder(length);
        int i = 0;
        while (i < length) {
            int b = bytes[offset + i];
            if (b >= 0) {
                sb.append((char) b);
                i++;
                continue;
            }
            long rw = decodeRune(this, i);
            sb.appendCodePoint((int) (rw >>> 32));
            i += (int) rw;
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return toJava();
    }

    public static int len(GoString s) {
        return s.length;
    }

    /** s[i] for an index held in a JVM int (a narrowed loop counter, an int32). */
    public static byte index(GoString s, int i) {
        if (Integer.compareUnsigned(i, s.length) >= 0) {
            throw Bounds.index(i, s.length);
        }
        return s.bytes[s.offset + i];
    }

    /** s[i] with gc's bounds check; the byte is returned signed, mask with 0xFF. */
    public static byte index(GoString s, long i) {
        if (i < 0 || i >= s.length) {
            throw Bounds.index(i, s.length);
        }
        return s.bytes[s.offset + (int) i];
    }

    /** s[lo:hi]; shares the bytes. */
    public static GoString slice(GoString s, long lo, long hi) {
        Bounds.checkSlice(lo, hi, s.length, true);
        if (lo == hi) {
            return EMPTY;
        }
        if (lo == 0 && hi == s.length) {
            return s;
        }
        return new GoString(s.bytes, s.offset + (int) lo, (int) (hi - lo));
    }

    public static GoString concat(GoString a, GoString b) {
        if (a.length == 0) {
            return b;
        }
        if (b.length == 0) {
            return a;
        }
        long n = (long) a.length + b.length;
        if (n > Integer.MAX_VALUE - 8) {
            throw Panics.panic(new RuntimeErrors.ErrorString("concatstring: string length overflow"));
        }
        byte[] r = new byte[(int) n];
        System.arraycopy(a.bytes, a.offset, r, 0, a.length);
        System.arraycopy(b.bytes, b.offset, r, a.length, b.length);
        return new GoString(r, 0, r.length);
    }

    /** a + b + c + ... in one copy. */
    public static GoString concat(GoString[] parts) {
        long n = 0;
        int nonEmpty = 0;
        GoString last = EMPTY;
        for (GoString p : parts) {
            n += p.length;
            if (p.length > 0) {
                nonEmpty++;
                last = p;
            }
        }
        if (nonEmpty <= 1) {
            return last;
        }
        if (n > Integer.MAX_VALUE - 8) {
            throw Panics.panic(new RuntimeErrors.ErrorString("concatstring: string length overflow"));
        }
        byte[] r = new byte[(int) n];
        int at = 0;
        for (GoString p : parts) {
            System.arraycopy(p.bytes, p.offset, r, at, p.length);
            at += p.length;
        }
        return new GoString(r, 0, r.length);
    }

    public static boolean eq(GoString a, GoString b) {
        if (a == b) {
            return true;
        }
        if (a.length != b.length) {
            return false;
        }
        return java.util.Arrays.equals(a.bytes, a.offset, a.offset + a.length, b.bytes, b.offset, b.offset + b.length);
    }

    /** Unsigned byte-wise comparison: negative, zero or positive. */
    public static int compare(GoString a, GoString b) {
        return java.util.Arrays.compareUnsigned(a.bytes, a.offset, a.offset + a.length,
                b.bytes, b.offset, b.offset + b.length);
    }

    @Override
    public int compareTo(GoString o) {
        return compare(this, o);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GoString && eq(this, (GoString) o);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = 1;
            for (int i = offset, end = offset + length; i < end; i++) {
                h = 31 * h + bytes[i];
            }
            if (h == 0) {
                h = 1;
            }
            hash = h;
        }
        return h;
    }

    // ---- conversions ----

    static final int RUNE_ERROR = 0xFFFD;

    /** string(r) for any integer r: U+FFFD for negatives, surrogates and values past U+10FFFF. */
    public static GoString fromRune(long r) {
        int c = (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) ? RUNE_ERROR : (int) r;
        byte[] b = new byte[encodedLen(c)];
        encode(b, 0, c);
        return new GoString(b, 0, b.length);
    }

    /** string(b) for a []byte: copies. */
    public static GoString fromBytes(SliceB s) {
        if (s == null || s.len == 0) {
            return EMPTY;
        }
        byte[] b = new byte[s.len];
        System.arraycopy(s.array, s.off, b, 0, s.len);
        return new GoString(b, 0, b.length);
    }

    /**
     * []byte(s): a fresh, non-nil slice with cap rounded up to gc's size class (gc's
     * escaping case; non-escaping results of up to 32 bytes get cap 32 there).
     */
    public static SliceB toBytes(GoString s) {
        byte[] b = new byte[SliceGrowth.roundedCap(s.length, 1)];
        System.arraycopy(s.bytes, s.offset, b, 0, s.length);
        return new SliceB(b, 0, s.length, b.length);
    }

    /** []byte(s) of a constant s: gc then allocates exactly len(s) bytes. */
    public static SliceB toBytesExact(GoString s) {
        byte[] b = new byte[s.length];
        System.arraycopy(s.bytes, s.offset, b, 0, s.length);
        return new SliceB(b, 0, b.length, b.length);
    }

    /** string(runes) for a []rune. */
    public static GoString fromRunes(SliceI s) {
        if (s == null || s.len == 0) {
            return EMPTY;
        }
        int n = 0;
        for (int i = 0; i < s.len; i++) {
            n += encodedLen(validRune(s.array[s.off + i]));
        }
        byte[] b = new byte[n];
        int at = 0;
        for (int i = 0; i < s.len; i++) {
            at = encode(b, at, validRune(s.array[s.off + i]));
        }
        return new GoString(b, 0, n);
    }

    /** []rune(s): one rune per decoded code point, U+FFFD per invalid byte. */
    public static SliceI toRunes(GoString s) {
        int n = runeCount(s);
        int[] r = new int[SliceGrowth.roundedCap(n, 4)];
        int k = 0;
        for (int i = 0; i < s.length; ) {
            long rw = decodeRune(s, i);
            r[k++] = (int) (rw >>> 32);
            i += (int) rw;
        }
        return new SliceI(r, 0, n, r.length);
    }

    /** utf8.RuneCountInString / len([]rune(s)). */
    public static int runeCount(GoString s) {
        int n = 0;
        for (int i = 0; i < s.length; n++) {
            if (s.bytes[s.offset + i] >= 0) {
                i++;
            } else {
                i += (int) decodeRune(s, i);
            }
        }
        return n;
    }

    private static int validRune(int r) {
        return (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) ? RUNE_ERROR : r;
    }

    private static int encodedLen(int r) {
        return r < 0x80 ? 1 : r < 0x800 ? 2 : r < 0x10000 ? 3 : 4;
    }

    /** Writes the valid rune r at b[at:], returns the index after it. */
    private static int encode(byte[] b, int at, int r) {
        if (r < 0x80) {
            b[at++] = (byte) r;
        } else if (r < 0x800) {
            b[at++] = (byte) (0xC0 | r >> 6);
            b[at++] = (byte) (0x80 | r & 0x3F);
        } else if (r < 0x10000) {
            b[at++] = (byte) (0xE0 | r >> 12);
            b[at++] = (byte) (0x80 | r >> 6 & 0x3F);
            b[at++] = (byte) (0x80 | r & 0x3F);
        } else {
            b[at++] = (byte) (0xF0 | r >> 18);
            b[at++] = (byte) (0x80 | r >> 12 & 0x3F);
            b[at++] = (byte) (0x80 | r >> 6 & 0x3F);
            b[at++] = (byte) (0x80 | r & 0x3F);
        }
        return at;
    }

    /**
     * Decodes the rune starting at byte i (0 <= i < len) as gc's decoderune does for
     * {@code for range}: returns {@code (long) rune << 32 | width}. Invalid, overlong and
     * surrogate encodings give U+FFFD with width 1.
     */
    public static long decodeRune(GoString s, int i) {
        byte[] b = s.bytes;
        int p = s.offset + i;
        int n = s.length - i;
        int c0 = b[p] & 0xFF;
        if (c0 < 0x80) {
            return (long) c0 << 32 | 1;
        }
        if (c0 >= 0xC2 && c0 < 0xE0) {
            // 0xC0 and 0xC1 lead only overlong forms; the range check below rejects them too.
            if (n > 1 && cont(b[p + 1])) {
                int r = (c0 & 0x1F) << 6 | (b[p + 1] & 0x3F);
                return (long) r << 32 | 2;
            }
        } else if (c0 >= 0xE0 && c0 < 0xF0) {
            if (n > 2 && cont(b[p + 1]) && cont(b[p + 2])) {
                int r = (c0 & 0x0F) << 12 | (b[p + 1] & 0x3F) << 6 | (b[p + 2] & 0x3F);
                if (r > 0x7FF && !(r >= 0xD800 && r <= 0xDFFF)) {
                    return (long) r << 32 | 3;
                }
            }
        } else if (c0 >= 0xF0 && c0 < 0xF8) {
            if (n > 3 && cont(b[p + 1]) && cont(b[p + 2]) && cont(b[p + 3])) {
                int r = (c0 & 0x07) << 18 | (b[p + 1] & 0x3F) << 12 | (b[p + 2] & 0x3F) << 6 | (b[p + 3] & 0x3F);
                if (r > 0xFFFF && r <= 0x10FFFF) {
                    return (long) r << 32 | 4;
                }
            }
        }
        return (long) RUNE_ERROR << 32 | 1;
    }

    private static boolean cont(byte b) {
        return (b & 0xC0) == 0x80;
    }
}
