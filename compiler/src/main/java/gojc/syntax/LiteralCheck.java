package gojc.syntax;

/**
 * Validates literal tokens the lenient lexer rules accepted, reporting what gc's scanner
 * reports (same texts, same byte offsets within the literal).
 */
final class LiteralCheck {
    private LiteralCheck() {}

    interface Report {
        void error(int offset, String msg);
    }

    static void check(int tokenType, String text, boolean atEof, Report r) {
        switch (tokenType) {
            case GoLexer.NUMBER -> number(text, r);
            case GoLexer.RUNE -> rune(text, atEof, r);
            case GoLexer.STRING -> string(text, atEof, r);
            case GoLexer.RAW_STRING -> {
                if (text.length() < 2 || text.charAt(text.length() - 1) != '`') r.error(0, "string not terminated");
            }
            default -> { }
        }
    }

    static String baseName(int base) {
        return switch (base) {
            case 2 -> "binary";
            case 8 -> "octal";
            case 10 -> "decimal";
            default -> "hexadecimal";
        };
    }

    private static int digitVal(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        char l = Character.toLowerCase(c);
        if (l >= 'a' && l <= 'f') return l - 'a' + 10;
        return 16;
    }

    /** gc's scanner.number, replayed over the token text. */
    static void number(String s, Report r) {
        int i = 0, n = s.length();
        int base = 10;
        char prefix = 0;
        int digsep = 0;
        int[] invalid = {-1};
        boolean ok = true;
        boolean seenPoint = s.charAt(0) == '.';
        boolean isFloat = false;
        if (seenPoint) i = 1;
        if (!seenPoint) {
            if (s.charAt(0) == '0') {
                i = 1;
                char c = i < n ? Character.toLowerCase(s.charAt(i)) : 0;
                switch (c) {
                    case 'x' -> { i++; base = 16; prefix = 'x'; }
                    case 'o' -> { i++; base = 8; prefix = 'o'; }
                    case 'b' -> { i++; base = 2; prefix = 'b'; }
                    default -> { base = 8; prefix = '0'; digsep = 1; }
                }
            }
            int[] res = digits(s, i, base, invalid);
            i = res[0];
            digsep |= res[1];
            if (i < n && s.charAt(i) == '.') {
                if (prefix == 'o' || prefix == 'b') {
                    r.error(i, "invalid radix point in " + baseName(base) + " literal");
                    ok = false;
                }
                i++;
                seenPoint = true;
            }
        }
        if (seenPoint) {
            isFloat = true;
            int[] res = digits(s, i, base, invalid);
            i = res[0];
            digsep |= res[1];
        }
        if ((digsep & 1) == 0 && ok) {
            r.error(i, baseName(base) + " literal has no digits");
            ok = false;
        }
        char e = i < n ? Character.toLowerCase(s.charAt(i)) : 0;
        if (e == 'e' || e == 'p') {
            if (ok) {
                if (e == 'e' && prefix != 0 && prefix != '0') {
                    r.error(i, "'" + s.charAt(i) + "' exponent requires decimal mantissa");
                    ok = false;
                } else if (e == 'p' && prefix != 'x') {
                    r.error(i, "'" + s.charAt(i) + "' exponent requires hexadecimal mantissa");
                    ok = false;
                }
            }
            i++;
            isFloat = true;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
            int[] res = digits(s, i, 10, null);
            i = res[0];
            digsep = res[1] | (digsep & 2);
            if ((digsep & 1) == 0 && ok) {
                r.error(i, "exponent has no digits");
                ok = false;
            }
        } else if (prefix == 'x' && isFloat && ok) {
            r.error(i, "hexadecimal mantissa requires a 'p' exponent");
            ok = false;
        }
        if (!isFloat && !(i < n && s.charAt(i) == 'i') && invalid[0] >= 0 && ok) {
            r.error(invalid[0], "invalid digit '" + s.charAt(invalid[0]) + "' in " + baseName(base) + " literal");
            ok = false;
        }
        if ((digsep & 2) != 0 && ok) {
            int at = invalidSep(s);
            if (at >= 0) r.error(at, "'_' must separate successive digits");
        }
    }

    /** Returns {end, digsep}; records the first digit invalid for base (decimal digits only). */
    private static int[] digits(String s, int i, int base, int[] invalid) {
        int digsep = 0;
        int n = s.length();
        if (base <= 10) {
            int max = '0' + base;
            for (; i < n; i++) {
                char c = s.charAt(i);
                if (c >= '0' && c <= '9') {
                    digsep |= 1;
                    if (c >= max && invalid != null && invalid[0] < 0) invalid[0] = i;
                } else if (c == '_') {
                    digsep |= 2;
                } else {
                    break;
                }
            }
        } else {
            for (; i < n; i++) {
                char c = s.charAt(i);
                if (digitVal(c) < 16) {
                    digsep |= 1;
                } else if (c == '_') {
                    digsep |= 2;
                } else {
                    break;
                }
            }
        }
        return new int[] {i, digsep};
    }

    /** gc's invalidSep: index of the first '_' not between digits, or -1. */
    static int invalidSep(String x) {
        char x1 = ' ';
        char d = '.';
        int i = 0;
        if (x.length() >= 2 && x.charAt(0) == '0') {
            x1 = Character.toLowerCase(x.charAt(1));
            if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
                d = '0';
                i = 2;
            }
        }
        for (; i < x.length(); i++) {
            char p = d;
            d = x.charAt(i);
            if (d == '_') {
                if (p != '0') return i;
            } else if ((d >= '0' && d <= '9') || (x1 == 'x' && digitVal(d) < 16)) {
                d = '0';
            } else {
                if (p == '_') return i - 1;
                d = '.';
            }
        }
        if (d == '_') return x.length() - 1;
        return -1;
    }

    private static void rune(String s, boolean atEof, Report r) {
        int n = s.length();
        int i = 1;
        int count = 0;
        boolean ok = true;
        while (true) {
            if (i >= n) {
                // Ran into a newline (the lexer stops before it) or EOF.
                if (ok) {
                    if (!atEof) r.error(i, "newline in rune literal");
                    else r.error(0, "rune literal not terminated");
                }
                return;
            }
            char c = s.charAt(i);
            if (c == '\'') {
                if (ok) {
                    if (count == 0) r.error(i, "empty rune literal or unescaped '");
                    else if (count != 1) r.error(0, "more than one character in rune literal");
                }
                return;
            }
            if (c == '\\') {
                int[] res = escape(s, i + 1, '\'', r);
                if (res[1] == 0) ok = false;
                i = res[0];
                count++;
                continue;
            }
            // One UTF-8 sequence is one character.
            i += Utf8.length(Utf8.latin1Bytes(s.substring(i, Math.min(n, i + 4))), 0);
            count++;
        }
    }

    private static void string(String s, boolean atEof, Report r) {
        int n = s.length();
        int i = 1;
        while (true) {
            if (i >= n) {
                if (!atEof) r.error(i, "newline in string");
                else r.error(0, "string not terminated");
                return;
            }
            char c = s.charAt(i);
            if (c == '"') return;
            if (c == '\\') {
                i = escape(s, i + 1, '"', r)[0];
                continue;
            }
            i++;
        }
    }

    /** gc's scanner.escape; i is just after the backslash. Returns {next index, ok}. */
    private static int[] escape(String s, int i, char quote, Report r) {
        int n = s.length();
        if (i >= n) return new int[] {i, 1};
        char c = s.charAt(i);
        int digits, base;
        long max;
        switch (c) {
            case 'a', 'b', 'f', 'n', 'r', 't', 'v', '\\' -> {
                return new int[] {i + 1, 1};
            }
            case '0', '1', '2', '3', '4', '5', '6', '7' -> { digits = 3; base = 8; max = 255; }
            case 'x' -> { i++; digits = 2; base = 16; max = 255; }
            case 'u' -> { i++; digits = 4; base = 16; max = 0x10FFFF; }
            case 'U' -> { i++; digits = 8; base = 16; max = 0x10FFFF; }
            default -> {
                if (c == quote) return new int[] {i + 1, 1};
                r.error(i, "unknown escape");
                return new int[] {i + 1, 0};
            }
        }
        long x = 0;
        for (int k = digits; k > 0; k--) {
            if (i >= n) return new int[] {i, 1};
            int d = digitVal(s.charAt(i));
            if (d >= base) {
                char bad = s.charAt(i);
                String q = bad == '\'' ? "'\\''" : "'" + bad + "'";
                r.error(i, "invalid character " + q + " in " + baseName(base) + " escape");
                return new int[] {i, 0};
            }
            x = x * base + d;
            i++;
        }
        if (x > max && base == 8) {
            r.error(i, "octal escape value " + x + " > 255");
            return new int[] {i, 0};
        }
        if (x > max || (x >= 0xD800 && x < 0xE000)) {
            r.error(i, "escape is invalid Unicode code point " + Utf8.formatU((int) x));
            return new int[] {i, 0};
        }
        return new int[] {i, 1};
    }
}
