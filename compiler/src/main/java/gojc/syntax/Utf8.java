package gojc.syntax;

import java.nio.charset.StandardCharsets;

/** UTF-8 helpers for text held as ISO-8859-1 chars (one char per byte). */
final class Utf8 {
    private Utf8() {}

    static byte[] latin1Bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The text a byte-per-char string really spells. */
    static String decode(String latin1) {
        for (int i = 0; i < latin1.length(); i++) {
            if (latin1.charAt(i) >= 0x80) {
                return new String(latin1Bytes(latin1), StandardCharsets.UTF_8);
            }
        }
        return latin1;
    }

    /** Length of the (possibly invalid) sequence at off: 1 for an invalid byte. */
    static int length(byte[] b, int off) {
        int c = b[off] & 0xFF;
        int n = c < 0x80 ? 1 : c >= 0xF0 && c < 0xF8 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 1;
        if (off + n > b.length) return 1;
        for (int i = 1; i < n; i++) {
            if ((b[off + i] & 0xC0) != 0x80) return 1;
        }
        return n;
    }

    /** The code point at off, or -1 for invalid UTF-8 (including overlongs and surrogates). */
    static int decode(byte[] b, int off) {
        int c = b[off] & 0xFF;
        if (c < 0x80) return c;
        int n = length(b, off);
        if (n == 1) return -1;
        int cp = n == 2 ? c & 0x1F : n == 3 ? c & 0x0F : c & 0x07;
        for (int i = 1; i < n; i++) {
            cp = (cp << 6) | (b[off + i] & 0x3F);
        }
        int min = n == 2 ? 0x80 : n == 3 ? 0x800 : 0x10000;
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp < 0xE000)) return -1;
        return cp;
    }

    /** Go's %#U: {@code U+0023 '#'}. */
    static String formatU(int cp) {
        String hex = Integer.toHexString(cp).toUpperCase();
        StringBuilder sb = new StringBuilder("U+");
        for (int i = hex.length(); i < 4; i++) sb.append('0');
        sb.append(hex);
        if (isPrint(cp)) {
            sb.append(" '").appendCodePoint(cp).append('\'');
        }
        return sb.toString();
    }

    private static boolean isPrint(int cp) {
        if (cp < 0x20 || cp == 0x7F) return false;
        int t = Character.getType(cp);
        return t != Character.CONTROL && t != Character.FORMAT && t != Character.UNASSIGNED
                && t != Character.SURROGATE && t != Character.PRIVATE_USE
                && t != Character.LINE_SEPARATOR && t != Character.PARAGRAPH_SEPARATOR
                && (t != Character.SPACE_SEPARATOR || cp == ' ');
    }
}
