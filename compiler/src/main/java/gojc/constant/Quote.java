package gojc.constant;

/** Go's strconv.Quote: the double-quoted Go literal for a byte string. */
final class Quote {
    private Quote() {}

    static String quote(byte[] s) {
        StringBuilder sb = new StringBuilder(s.length + 2);
        sb.append('"');
        for (int i = 0; i < s.length; ) {
            long d = Utf8.decode(s, i);
            int r = Utf8.rune(d);
            int w = Utf8.width(d);
            if (w == 1 && r == Utf8.RUNE_ERROR) {
                sb.append("\\x");
                hex(sb, s[i] & 0xff, 2);
            } else {
                appendRune(sb, r);
            }
            i += w;
        }
        return sb.append('"').toString();
    }

    private static void appendRune(StringBuilder sb, int r) {
        if (r == '"' || r == '\\') {
            sb.append('\\').appendCodePoint(r);
            return;
        }
        if (isPrint(r)) {
            sb.appendCodePoint(r);
            return;
        }
        switch (r) {
            case 0x07 -> sb.append("\\a");
            case '\b' -> sb.append("\\b");
            case '\f' -> sb.append("\\f");
            case '\n' -> sb.append("\\n");
            case '\r' -> sb.append("\\r");
            case '\t' -> sb.append("\\t");
            case 0x0b -> sb.append("\\v");
            default -> {
                if (r < ' ' || r == 0x7f) {
                    sb.append("\\x");
                    hex(sb, r, 2);
                } else if (r < 0x10000) {
                    sb.append("\\u");
                    hex(sb, r, 4);
                } else {
                    sb.append("\\U");
                    hex(sb, r, 8);
                }
            }
        }
    }

    private static void hex(StringBuilder sb, int v, int digits) {
        for (int k = digits - 1; k >= 0; k--) {
            sb.append("0123456789abcdef".charAt((v >> (4 * k)) & 0xf));
        }
    }

    /** Go's unicode.IsPrint: letters, marks, numbers, punctuation, symbols and ASCII space. */
    static boolean isPrint(int r) {
        if (r == ' ') {
            return true;
        }
        return switch (Character.getType(r)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER,
                    Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK,
                    Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER,
                    Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION,
                    Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL,
                    Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }
}
