package gojc.syntax;

/**
 * Checks a file's bytes as gc's source reader does (NUL, invalid UTF-8, a BOM other than at
 * the start) and returns them as the one-char-per-byte string the lexer reads.
 */
final class Utf8Pass {
    private Utf8Pass() {}

    static String check(byte[] b, SyntaxErrors errs) {
        char[] out = new char[b.length];
        int line = 1, col = 1;
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                if (c == 0) errs.lexical(line, col, "invalid NUL character");
                out[i] = (char) c;
                if (c == '\n') {
                    line++;
                    col = 1;
                } else {
                    col++;
                }
                i++;
                continue;
            }
            int n = Utf8.length(b, i);
            int cp = Utf8.decode(b, i);
            if (cp < 0) {
                errs.lexical(line, col, "invalid UTF-8 encoding");
            } else if (cp == 0xFEFF) {
                if (i == 0) {
                    // A leading BOM is ignored; blank it so columns still count its bytes.
                    for (int k = 0; k < n; k++) out[i + k] = ' ';
                    i += n;
                    col += n;
                    continue;
                }
                errs.lexical(line, col, "invalid BOM in the middle of the file");
            }
            for (int k = 0; k < n; k++) out[i + k] = (char) (b[i + k] & 0xFF);
            i += n;
            col += n;
        }
        return new String(out);
    }
}
