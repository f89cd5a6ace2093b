package gojc.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code //line} and {@code /*line* /} directives of one file (cmd/compile/internal/syntax
 * semantics): {@code //line file:line[:col]} at the start of a line, {@code /*line file:line:col* /}
 * anywhere, file omitted in the column form meaning "the current file". A position after a
 * directive is reported relative to it; the column is unknown (0) after a directive without one.
 */
final class LineMap {
    /** Positions at or after (line, col) in the file are relative to a directive. */
    private record Base(int line, int col, String file, int relLine, int relCol) {}

    private final Source src;
    private final List<Base> bases = new ArrayList<>();

    LineMap(Source src) {
        this.src = src;
    }

    /** Reads the directives among the file's comments (in file order); bad ones go to errs. */
    void scan(List<GoLexerBase.Comment> comments, SyntaxErrors errs) {
        for (GoLexerBase.Comment c : comments) {
            String t = c.text();
            boolean lineComment = t.startsWith("//line ") && c.col() == 1;
            boolean blockComment = t.startsWith("/*line ") && t.endsWith("*/") && c.endLine() == c.line();
            if (!lineComment && !blockComment) continue;
            String text = lineComment ? t.substring(7) : t.substring(7, t.length() - 2);
            if (lineComment && text.endsWith("\r")) text = text.substring(0, text.length() - 1);
            int afterLine = lineComment ? c.line() + 1 : c.line();
            int afterCol = lineComment ? 1 : c.col() + t.length();
            directive(text, c.line(), c.col() + 7, afterLine, afterCol, errs);
        }
    }

    private void directive(String text, int tline, int tcol, int afterLine, int afterCol, SyntaxErrors errs) {
        int i = text.lastIndexOf(':');
        if (i < 0) return; // not a line directive
        Integer n = number(text.substring(i + 1));
        if (n == null) {
            errs.lexical(tline, tcol + i + 1, "invalid line number: " + text.substring(i + 1));
            return;
        }
        int line = n;
        int col = 0;
        String rest = text.substring(0, i);
        int i2 = rest.lastIndexOf(':');
        Integer n2 = i2 < 0 ? null : number(rest.substring(i2 + 1));
        boolean withCol = n2 != null;
        String lineDigits = withCol ? rest.substring(i2 + 1) : text.substring(i + 1);
        if (withCol) {
            col = line;
            line = n2;
            if (col == 0) {
                errs.lexical(tline, tcol + i + 1, "invalid column number: " + text.substring(i + 1));
                return;
            }
            rest = rest.substring(0, i2);
        }
        if (line == 0) {
            errs.lexical(tline, tcol + (withCol ? i2 : i) + 1, "invalid line number: " + lineDigits);
            return;
        }
        String file = rest;
        if (file.isEmpty() && withCol) file = bases.isEmpty() ? src.displayName() : bases.get(bases.size() - 1).file;
        bases.add(new Base(afterLine, afterCol, Utf8.decode(file), line, col));
    }

    private static final int POS_MAX = 1 << 30;

    /** A decimal line or column number as gc's trailingDigits reads it, or null. */
    private static Integer number(String s) {
        if (s.isEmpty() || s.length() > 18) return null;
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) < '0' || s.charAt(k) > '9') return null;
        }
        long v = Long.parseLong(s);
        return v > POS_MAX ? 0 : (int) v; // out of range: reported like 0
    }

    Pos pos(int line, int col) {
        if (bases.isEmpty()) return new Pos(src, line, col);
        Base b = null;
        for (int k = bases.size() - 1; k >= 0; k--) {
            Base c = bases.get(k);
            if (c.line < line || c.line == line && c.col <= col) {
                b = c;
                break;
            }
        }
        if (b == null) return new Pos(src, line, col);
        int relLine = b.relLine + (line - b.line);
        int relCol = b.relCol == 0 ? 0 : line == b.line ? b.relCol + (col - b.col) : col;
        return new Pos(src, line, col, new Pos.Rel(b.file, relLine, relCol));
    }
}
