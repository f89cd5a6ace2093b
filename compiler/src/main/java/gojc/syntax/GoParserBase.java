package gojc.syntax;

import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.TokenStream;

/** Superclass of the generated GoParser: the semantic predicates its grammar uses. */
public abstract class GoParserBase extends Parser {
    protected GoParserBase(TokenStream input) {
        super(input);
    }

    /**
     * At {@code [} after a type name in a type declaration: is this a type parameter list rather
     * than an array length? Only consulted when both readings parse, i.e. for
     * {@code type T[P *C] ...} or {@code type T[P (C)] ...}. Like gc (extractName and isTypeElem),
     * choose the parameter list if a comma follows the first parameter or the constraint is
     * unmistakably a type, and the array otherwise.
     */
    protected boolean typeParamsAhead() {
        TokenStream in = getInputStream();
        if (in.LA(1) != GoLexer.LBRACK || in.LA(2) != GoLexer.IDENT) return true;
        int third = in.LA(3);
        if (third != GoLexer.MUL && third != GoLexer.LPAREN) return true;
        int depth = 0;
        for (int i = 2; ; i++) {
            int t = in.LA(i);
            switch (t) {
                case org.antlr.v4.runtime.Token.EOF -> {
                    return true;
                }
                case GoLexer.LPAREN, GoLexer.LBRACE -> depth++;
                case GoLexer.RPAREN, GoLexer.RBRACE -> depth--;
                case GoLexer.LBRACK -> {
                    if (i > 3) return true; // P *[]E: a slice or array constraint
                    depth++;
                }
                case GoLexer.RBRACK -> {
                    if (depth == 0) return false;
                    depth--;
                }
                case GoLexer.COMMA -> {
                    if (depth == 0) return true;
                }
                case GoLexer.STRUCT, GoLexer.FUNC, GoLexer.INTERFACE, GoLexer.MAP, GoLexer.CHAN,
                        GoLexer.TILDE -> {
                    return true;
                }
                default -> { }
            }
        }
    }
}
