package gojc.syntax;

import gojc.diag.Diagnostics;

/**
 * Reports one file's lexical and syntax errors as gc does: at most one syntax error per line,
 * at most {@link Diagnostics#LIMIT} syntax errors per file, token spellings from gc's parser.
 */
final class SyntaxErrors {
    private final Source src;
    private final Diagnostics diags;
    private LineMap lines;
    private final java.util.List<Object[]> pendingLexical = new java.util.ArrayList<>();
    private int lastSyntaxLine = -1;
    private int count;

    SyntaxErrors(Source src, Diagnostics diags) {
        this.src = src;
        this.diags = diags;
    }

    int count() {
        return count;
    }

    /**
     * A scanner error: printed without the "syntax error: " prefix, as gc prints it. Held back
     * until the file's //line directives are known (see {@link #setLines}).
     */
    void lexical(int line, int col, String msg) {
        count++;
        if (lines == null) {
            pendingLexical.add(new Object[] {line, col, msg});
        } else {
            diags.error(lines.pos(line, col), msg);
        }
    }

    /** The file's line directives, read after scanning: positions are mapped from now on. */
    void setLines(LineMap lines) {
        this.lines = lines;
        for (Object[] e : pendingLexical) diags.error(lines.pos((Integer) e[0], (Integer) e[1]), (String) e[2]);
        pendingLexical.clear();
    }

    Pos pos(int line, int col) {
        return lines == null ? new Pos(src, line, col) : lines.pos(line, col);
    }

    /**
     * The parser's first error line. After a syntax error the tree may have recovery holes the
     * builder would misreport, so the builder's own errors past that line are dropped.
     */
    private int recoveryLine = Integer.MAX_VALUE;
    private int recoveryToken = Integer.MAX_VALUE;
    private boolean building;

    boolean recoveryStarted() {
        return recoveryLine != Integer.MAX_VALUE;
    }

    void startRecovery(org.antlr.v4.runtime.Token t) {
        if (recoveryStarted()) return;
        recoveryLine = t.getLine();
        recoveryToken = t.getTokenIndex();
    }

    /** From now on errors come from the AST builder. */
    void startBuilding() {
        building = true;
    }

    /** Whether the parser's first error lies within tokens [from, to]: the tree there has holes. */
    boolean broken(int from, int to) {
        return recoveryToken >= from && recoveryToken <= to + 1;
    }

    /** An error gc's parser reports without the "syntax error: " prefix. */
    void error(Pos pos, String msg) {
        if (building && pos.line() > recoveryLine) return;
        diags.error(pos, msg);
        count++;
    }

    /** "syntax error: " + msg at pos; like gc, at most one syntax error per line. */
    void plain(Pos pos, String msg) {
        if (pos.line() == lastSyntaxLine || building && pos.line() > recoveryLine) return;
        lastSyntaxLine = pos.line();
        count++;
        diags.error(pos, "syntax error: " + msg);
    }

    /** "syntax error: unexpected T" + suffix (suffix starts with ", " or " "), at token t. */
    void unexpectedAt(org.antlr.v4.runtime.Token t, String suffix) {
        plain(pos(t), "unexpected " + describe(t) + suffix);
    }

    /** Same, with an explicit spelling of the unexpected token. */
    void unexpected(org.antlr.v4.runtime.Token t, String spelling, String suffix) {
        plain(pos(t), "unexpected " + spelling + suffix);
    }

    /** A GcErrorStrategy message: "!text" is plain, anything else follows "unexpected T". */
    void plainOrUnexpected(org.antlr.v4.runtime.Token t, String msg) {
        if (msg.startsWith("!")) plain(pos(t), msg.substring(1));
        else unexpectedAt(t, msg);
    }

    Pos pos(org.antlr.v4.runtime.Token t) {
        return pos(t.getLine(), t.getCharPositionInLine() + 1);
    }

    /** How gc's syntaxErrorAt spells the current token. */
    static String describe(org.antlr.v4.runtime.Token t) {
        int type = t.getType();
        switch (type) {
            case org.antlr.v4.runtime.Token.EOF:
                return "EOF";
            case GoLexer.SEMI: {
                String text = t.getText();
                return text.equals(";") ? "semicolon" : text;
            }
            case GoLexer.IDENT:
                return Utf8.decode(t.getText());
            case GoLexer.NUMBER:
            case GoLexer.RUNE:
            case GoLexer.STRING:
            case GoLexer.RAW_STRING:
                return "literal " + Utf8.decode(t.getText());
            case GoLexer.COMMA:
                return "comma";
            default:
                return t.getText();
        }
    }

    /** gc's tokstring for an expected token kind. */
    static String expected(int type) {
        return switch (type) {
            case GoLexer.IDENT -> "name";
            case GoLexer.SEMI -> "semicolon or newline";
            case GoLexer.COMMA -> "comma";
            case GoLexer.NUMBER, GoLexer.STRING, GoLexer.RAW_STRING, GoLexer.RUNE -> "literal";
            case org.antlr.v4.runtime.Token.EOF -> "EOF";
            default -> {
                String lit = GoLexer.VOCABULARY.getLiteralName(type);
                yield lit == null ? GoLexer.VOCABULARY.getSymbolicName(type) : lit.substring(1, lit.length() - 1);
            }
        };
    }
}
