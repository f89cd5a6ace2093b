package gojc.loader;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A small scanner for the start of a Go file: the package clause and the import declarations.
 * It stops at the first declaration that is not an import, like go/build's readGoInfo, so that
 * loading all of std does not need the real parser. Newlines are not significant here because the
 * header grammar never depends on automatic semicolons.
 */
public final class HeaderScanner {
    private enum Kind { IDENT, STRING, PUNCT, EOF, BAD }

    private final byte[] src;
    private int off;        // next byte to read
    private int line = 1;
    private int lineStart;  // offset of the first byte of the current line

    private Kind kind;
    private String text;    // identifier, punctuation, or the unquoted string
    private String raw;     // the string literal as written
    private int tokLine, tokCol, tokEnd;

    private HeaderScanner(byte[] src) {
        this.src = src;
    }

    public static FileHeader scan(byte[] src) {
        return new HeaderScanner(src).header();
    }

    private static final int CHUNK = 8192;

    /**
     * Reads and scans the header of a file, reading only its first bytes unless the header runs
     * to the end of them: std's headers are short, its files are not.
     */
    public static FileHeader read(java.nio.file.Path file) throws java.io.IOException {
        byte[] start;
        boolean truncated;
        try (var in = java.nio.file.Files.newInputStream(file)) {
            start = in.readNBytes(CHUNK);
            truncated = start.length == CHUNK && in.read() >= 0;
        }
        FileHeader h = scan(start);
        // A token (or comment) touching the end of the chunk may continue past it.
        if (truncated && h.scanned() >= start.length - 1) h = scan(java.nio.file.Files.readAllBytes(file));
        return h;
    }

    private FileHeader header() {
        List<ImportSpec> imports = new ArrayList<>();
        next();
        if (!(kind == Kind.IDENT && text.equals("package"))) {
            return fail(null, imports, "expected 'package', found " + describe());
        }
        next();
        if (kind != Kind.IDENT) {
            return fail(null, imports, "expected 'IDENT', found " + describe());
        }
        String pkg = text;
        int end = tokEnd;
        next();
        while (true) {
            while (isPunct(";")) next();
            if (!(kind == Kind.IDENT && text.equals("import"))) break;
            next();
            if (isPunct("(")) {
                next();
                while (!isPunct(")")) {
                    String err = importSpec(imports);
                    if (err != null) return fail(pkg, imports, err);
                    // Newlines end specs by automatic semicolons, which this scanner does not insert.
                    if (isPunct(";")) next();
                    else if (!isPunct(")") && kind != Kind.STRING && kind != Kind.IDENT && !isPunct(".")) {
                        return fail(pkg, imports, "expected ';', found " + describe());
                    }
                }
                end = tokEnd;
                next();
            } else {
                String err = importSpec(imports);
                if (err != null) return fail(pkg, imports, err);
                end = lastEnd;
            }
        }
        if (kind == Kind.BAD) return fail(pkg, imports, text);
        return new FileHeader(pkg, List.copyOf(imports), Arrays.copyOf(src, end), null, off);
    }

    private int lastEnd;

    /** Parses {@code [name|.] "path"}; returns an error text or null. */
    private String importSpec(List<ImportSpec> imports) {
        String name = null;
        if (kind == Kind.IDENT && !Keywords.is(text) || isPunct(".")) {
            name = text;
            next();
        }
        if (kind != Kind.STRING) return "expected 'STRING', found " + describe();
        if (text == null) return "invalid import path: " + raw;
        imports.add(new ImportSpec(name, text, tokLine, tokCol));
        lastEnd = tokEnd;
        next();
        return null;
    }

    private FileHeader fail(String pkg, List<ImportSpec> imports, String message) {
        String where = tokLine + ":" + tokCol + ": ";
        return new FileHeader(pkg, List.copyOf(imports), Arrays.copyOf(src, Math.min(off, src.length)),
                where + message, off);
    }

    private boolean isPunct(String p) {
        return kind == Kind.PUNCT && text.equals(p);
    }

    private String describe() {
        return switch (kind) {
            case EOF -> "'EOF'";
            case STRING -> raw;
            case IDENT -> Keywords.is(text) ? "'" + text + "'" : text;
            default -> "'" + text + "'";
        };
    }

    // ---- tokens ----

    private void next() {
        skipSpaceAndComments();
        tokLine = line;
        tokCol = off - lineStart + 1;
        if (kind == Kind.BAD) return;
        if (off >= src.length) {
            kind = Kind.EOF;
            text = "";
            tokEnd = off;
            return;
        }
        int c = src[off] & 0xff;
        if (isLetter(c)) {
            int start = off;
            while (off < src.length && (isLetter(src[off] & 0xff) || isDigit(src[off] & 0xff))) off++;
            kind = Kind.IDENT;
            text = new String(src, start, off - start, StandardCharsets.UTF_8);
        } else if (c == '"' || c == '`') {
            string(c);
        } else {
            kind = Kind.PUNCT;
            int start = off;
            off += c >= 0x80 ? utf8Length(c) : 1;
            text = new String(src, start, Math.min(off, src.length) - start, StandardCharsets.UTF_8);
        }
        tokEnd = off;
    }

    private void string(int quote) {
        int start = off++;
        while (off < src.length && (src[off] & 0xff) != quote) {
            if (quote == '"' && src[off] == '\\' && off + 1 < src.length) off++;
            if (src[off] == '\n') {
                if (quote == '"') break;
                line++;
                lineStart = off + 1;
            }
            off++;
        }
        if (off >= src.length || (src[off] & 0xff) != quote) {
            kind = Kind.BAD;
            text = "string literal not terminated";
            return;
        }
        off++;
        kind = Kind.STRING;
        raw = new String(src, start, off - start, StandardCharsets.UTF_8);
        text = quote == '`' ? raw.substring(1, raw.length() - 1).replace("\r", "") : unquote(raw);
    }

    private void skipSpaceAndComments() {
        while (off < src.length) {
            int c = src[off];
            if (c == '\n') {
                off++;
                line++;
                lineStart = off;
            } else if (c == ' ' || c == '\t' || c == '\r') {
                off++;
            } else if (c == '/' && off + 1 < src.length && src[off + 1] == '/') {
                while (off < src.length && src[off] != '\n') off++;
            } else if (c == '/' && off + 1 < src.length && src[off + 1] == '*') {
                off += 2;
                while (off < src.length && !(src[off] == '*' && off + 1 < src.length && src[off + 1] == '/')) {
                    if (src[off] == '\n') {
                        line++;
                        lineStart = off + 1;
                    }
                    off++;
                }
                if (off >= src.length) {
                    tokLine = line;
                    kind = Kind.BAD;
                    text = "comment not terminated";
                    return;
                }
                off += 2;
            } else {
                return;
            }
        }
    }

    private static boolean isLetter(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 0x80;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static int utf8Length(int lead) {
        return lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
    }

    /** Unquotes an interpreted string literal; null if an escape is malformed. */
    static String unquote(String q) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i < q.length() - 1; i++) {
            char c = q.charAt(i);
            if (c != '\\') {
                b.append(c);
                continue;
            }
            if (++i >= q.length() - 1) return null;
            char e = q.charAt(i);
            switch (e) {
                case 'a' -> b.append('\u0007');
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                case 't' -> b.append('\t');
                case 'v' -> b.append('\u000b');
                case '\\' -> b.append('\\');
                case '"' -> b.append('"');
                case 'x', 'u', 'U' -> {
                    int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    if (i + n >= q.length()) return null;
                    try {
                        b.appendCodePoint(Integer.parseInt(q.substring(i + 1, i + 1 + n), 16));
                    } catch (IllegalArgumentException ex) {
                        return null;
                    }
                    i += n;
                }
                default -> {
                    if (e < '0' || e > '7' || i + 2 >= q.length()) return null;
                    try {
                        b.append((char) Integer.parseInt(q.substring(i, i + 3), 8));
                    } catch (NumberFormatException ex) {
                        return null;
                    }
                    i += 2;
                }
            }
        }
        return b.toString();
    }

    /** Keywords are quoted in "expected X, found Y" messages, identifiers are not. */
    private static final class Keywords {
        private static final java.util.Set<String> ALL = java.util.Set.of(
                "break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough",
                "for", "func", "go", "goto", "if", "import", "interface", "map", "package", "range",
                "return", "select", "struct", "switch", "type", "var");

        static boolean is(String s) {
            return ALL.contains(s);
        }
    }
}
