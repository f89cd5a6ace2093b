package gojc.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** UTF-8 decoding and conversions against gc (strings.txt comes from src/test/go/strings.go). */
class GoStringTest {
    /** A Go string from a Java literal where \\xNN stands for one raw byte. */
    static GoString go(String lit) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int i = 0; i < lit.length(); ) {
            if (lit.startsWith("\\x", i)) {
                b.write(Integer.parseInt(lit.substring(i + 2, i + 4), 16));
                i += 4;
            } else {
                int cp = lit.codePointAt(i);
                byte[] u = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                b.write(u, 0, u.length);
                i += Character.charCount(cp);
            }
        }
        return GoString.of(b.toByteArray());
    }

    static String hex(GoString s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length; i++) {
            b.append(String.format("%02x", s.bytes[s.offset + i] & 0xff));
        }
        return b.toString();
    }

    @Test
    void matchesGc119() {
        String[] cases = {
            "", "abc", "héllo", "\u00ff", "日本語", "\uD83D\uDE00x", "\\xff", "a\\x80b", "\\xc0\\x80", "\\xc1\\xbf",
            "\\xc2\\x80", "\\xdf\\xbf", "\\xe0\\x80\\x80", "\\xe0\\x9f\\xbf", "\\xe0\\xa0\\x80", "\\xed\\x9f\\xbf",
            "\\xed\\xa0\\x80", "\\xed\\xbf\\xbf", "\\xee\\x80\\x80", "\\xef\\xbf\\xbf", "\\xf0\\x80\\x80\\x80",
            "\\xf0\\x8f\\xbf\\xbf", "\\xf0\\x90\\x80\\x80", "\\xf4\\x8f\\xbf\\xbf", "\\xf4\\x90\\x80\\x80",
            "\\xf5\\x80\\x80\\x80", "\\xf8\\x88\\x80\\x80\\x80", "\\xe2\\x82", "\\xe2\\x82x", "\\xf0\\x9f\\x98",
            "\\xc3", "\\xc3(", "a\\xe2\\x82\\xacb\\xff\\xfe",
        };
        StringBuilder got = new StringBuilder();
        for (String c : cases) {
            GoString s = go(c);
            got.append(hex(s)).append(':');
            for (int i = 0; i < s.length; ) {
                long rw = GoString.decodeRune(s, i);
                got.append(' ').append(i).append('=').append(rw >>> 32);
                i += (int) rw;
            }
            SliceI rs = GoString.toRunes(s);
            assertEquals(GoString.runeCount(s), SliceI.len(rs));
            got.append(" | n=").append(SliceI.len(rs)).append(" back=").append(hex(GoString.fromRunes(rs))).append('\n');
        }
        long[] runes = {0, 65, 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xfffd, 0xffff, 0x10000,
            0x10ffff, 0x110000, -1, 1L << 32, Long.MIN_VALUE};
        for (long r : runes) {
            got.append("string(").append(r).append(")=").append(hex(GoString.fromRune((int) r))).append('\n');
        }
        for (long r : runes) {
            got.append("string(int64 ").append(r).append(")=").append(hex(GoString.fromRune(r))).append('\n');
        }
        got.append(GoString.eq(GoString.fromRunes(SliceI.wrap(new int[] {0x41, -5, 0xd800, 0x10ffff, 0x110000})),
                GoString.fromJava("A\ufffd\ufffd\uDBFF\uDFFF\ufffd"))).append('\n');
        String[] ss = {"", "a", "ab", "b", "\\xff", "\\x7f", "abc", "ab\\x00"};
        for (String a : ss) {
            for (String b : ss) {
                got.append(Integer.signum(GoString.compare(go(a), go(b)))).append(' ');
            }
            got.append('\n');
        }
        assertEquals(Expected.read("strings.txt"), got.toString());
    }

    @Test
    void substringsShareBytesAndHashByContent() {
        GoString s = GoString.fromJava("hello, world");
        GoString w = GoString.slice(s, 7, 12);
        assertSame(s.bytes, w.bytes);
        assertEquals(GoString.fromJava("world"), w);
        assertEquals(GoString.fromJava("world").hashCode(), w.hashCode());
        assertSame(GoString.EMPTY, GoString.slice(s, 3, 3));
        assertNotEquals(GoString.fromJava("worle"), w);
        GoPanic p = assertThrows(GoPanic.class, () -> GoString.slice(w, 0, 6));
        assertEquals("runtime error: slice bounds out of range [:6] with length 5", p.getMessage());
        p = assertThrows(GoPanic.class, () -> GoString.index(w, 5));
        assertEquals("runtime error: index out of range [5] with length 5", p.getMessage());
        assertEquals('w', GoString.index(w, 0));
    }

    @Test
    void concatenation() {
        GoString a = GoString.fromJava("ab"), b = GoString.fromJava("cd");
        assertEquals(GoString.fromJava("abcd"), GoString.concat(a, b));
        assertSame(a, GoString.concat(a, GoString.EMPTY));
        assertEquals(GoString.fromJava("abcdab"), GoString.concat(new GoString[] {a, GoString.EMPTY, b, a}));
        assertSame(b, GoString.concat(new GoString[] {GoString.EMPTY, b, GoString.EMPTY}));
        assertSame(GoString.EMPTY, GoString.concat(new GoString[0]));
    }

    @Test
    void javaRoundTripReplacesInvalidBytes() {
        assertEquals("a\ufffdb\ufffd\ufffd", go("a\\xffb\\xe2\\x82").toJava()); // one U+FFFD per bad byte, as gc
        assertEquals("日本\uD83D\uDE00", GoString.fromJava("日本\uD83D\uDE00").toJava());
        SliceB b = GoString.toBytes(GoString.fromJava("hello"));
        assertEquals(5, b.len);
        assertEquals(8, b.cap);
        b.array[0] = 'j';
        assertEquals("jello", GoString.fromBytes(b).toJava());
        assertTrue(GoString.toBytes(GoString.EMPTY) != null);
    }
}
