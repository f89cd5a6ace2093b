package gojc.syntax;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Lexer;

import java.util.ArrayList;
import java.util.List;

/**
 * Superclass of the generated GoLexer: applies the spec's semicolon-insertion rule, collects
 * comments (for directives and doc comments) and reports lexical errors with gc's texts.
 * The char stream holds the file's bytes as ISO-8859-1 chars (see GoLexer.g4).
 */
public abstract class GoLexerBase extends Lexer {
    /** A comment as written, with its start position and last line. */
    public record Comment(int line, int col, int endLine, String text) {}

    private final List<Comment> comments = new ArrayList<>();
    private LexErrors errors;
    private boolean nlsemi;

    protected GoLexerBase(CharStream input) {
        super(input);
    }

    /** Where lexical errors go: (line, col, message). */
    public interface LexErrors {
        void error(int line, int col, String msg);
    }

    public void setErrors(LexErrors errors) {
        this.errors = errors;
    }

    public List<Comment> comments() {
        return comments;
    }

    @Override
    public org.antlr.v4.runtime.Token nextToken() {
        for (;;) {
            org.antlr.v4.runtime.Token t = super.nextToken();
            int type = t.getType();
            switch (type) {
                case GoLexer.NEWLINE:
                    if (nlsemi) {
                        nlsemi = false;
                        return implicitSemi(t, "newline");
                    }
                    continue;
                case GoLexer.LINE_COMMENT:
                    comments.add(new Comment(t.getLine(), t.getCharPositionInLine() + 1, t.getLine(), t.getText()));
                    continue;
                case GoLexer.BLOCK_COMMENT: {
                    String text = t.getText();
                    int nl = countNewlines(text);
                    comments.add(new Comment(t.getLine(), t.getCharPositionInLine() + 1, t.getLine() + nl, text));
                    if (text.length() < 4 || !text.endsWith("*/")) {
                        error(t, 0, "comment not terminated");
                    }
                    if (nl > 0 && nlsemi) {
                        nlsemi = false;
                        return implicitSemi(t, "newline"); // a multi-line comment acts like a newline
                    }
                    continue;
                }
                case GoLexer.INVALID:
                    invalidChar(t);
                    continue;
                case org.antlr.v4.runtime.Token.EOF:
                    if (nlsemi) {
                        nlsemi = false;
                        return implicitSemi(t, "EOF");
                    }
                    return t;
                case GoLexer.IDENT:
                    checkIdent(t);
                    nlsemi = true;
                    return t;
                case GoLexer.NUMBER:
                case GoLexer.RUNE:
                case GoLexer.STRING:
                case GoLexer.RAW_STRING:
                    LiteralCheck.check(type, t.getText(), _input.LA(1) == CharStream.EOF, (off, msg) -> error(t, off, msg));
                    nlsemi = true;
                    return t;
                case GoLexer.BREAK:
                case GoLexer.CONTINUE:
                case GoLexer.FALLTHROUGH:
                case GoLexer.RETURN:
                case GoLexer.INC:
                case GoLexer.DEC:
                case GoLexer.RPAREN:
                case GoLexer.RBRACK:
                case GoLexer.RBRACE:
                    nlsemi = true;
                    return t;
                default:
                    nlsemi = false;
                    return t;
            }
        }
    }

    private static int countNewlines(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') n++;
        }
        return n;
    }

    private org.antlr.v4.runtime.Token implicitSemi(org.antlr.v4.runtime.Token at, String text) {
        CommonToken semi = new CommonToken(at);
        semi.setType(GoLexer.SEMI);
        semi.setText(text);
        semi.setChannel(org.antlr.v4.runtime.Token.DEFAULT_CHANNEL);
        return semi;
    }

    private void error(org.antlr.v4.runtime.Token t, int offset, String msg) {
        if (errors == null) return;
        // Offsets are in bytes within the token; only raw strings span lines.
        String text = t.getType() == org.antlr.v4.runtime.Token.EOF ? "" : t.getText();
        int line = t.getLine();
        int col = t.getCharPositionInLine() + 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        errors.error(line, col, msg);
    }

    private void invalidChar(org.antlr.v4.runtime.Token t) {
        char c = t.getText().charAt(0);
        if (c == 0) {
            return; // reported by the UTF-8 pass as "invalid NUL character"
        }
        error(t, 0, "invalid character " + Utf8.formatU(c));
    }

    /** Non-ASCII identifiers: decode and check letters/digits as gc's scanner does. */
    private void checkIdent(org.antlr.v4.runtime.Token t) {
        String raw = t.getText();
        boolean ascii = true;
        for (int i = 0; i < raw.length(); i++) {
            if (raw.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii) return;
        int off = 0;
        byte[] b = Utf8.latin1Bytes(raw);
        while (off < b.length) {
            int cp = Utf8.decode(b, off);
            int len = Utf8.length(b, off);
            boolean ok = cp == '_' || Character.isLetter(cp) || (off > 0 && Character.isDigit(cp));
            if (cp < 0) {
                ok = false; // invalid UTF-8: reported by the UTF-8 pass
                error(t, off, "invalid character U+FFFD '\uFFFD' in identifier");
                return;
            }
            if (!ok) {
                if (off == 0 && Character.isDigit(cp)) {
                    error(t, off, "identifier cannot begin with digit " + Utf8.formatU(cp));
                } else {
                    error(t, off, "invalid character " + Utf8.formatU(cp) + " in identifier");
                }
                return;
            }
            off += len;
        }
    }
}
