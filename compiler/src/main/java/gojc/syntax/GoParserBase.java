package gojc.syntax;

import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Superclass of the generated GoParser: the semantic predicates its grammar uses, and the
 * statement-level half of gc-style error recovery (the declaration-level half is {@link TopLevel}).
 */
public abstract class GoParserBase extends Parser {
    protected GoParserBase(TokenStream input) {
        super(input);
    }

    /** A statement failed and gc's resynchronisation point is reached: the statement ends here. */
    protected void resumeStatement(Resync r) {
        if (r.level != Resync.Level.STATEMENT) throw r;
    }

    /**
     * A case clause's header failed (gc: "expecting :" skips one token; a bad clause start skips to
     * the next ':', case, default or '}'): the clause's statements follow.
     */
    protected void resumeClause(Resync r) {
        if (r.level != Resync.Level.CLAUSE) throw r;
        int t = getInputStream().LA(1);
        if (t == GoLexer.COLON) match(GoLexer.COLON);
        else if (t == GoLexer.CASE || t == GoLexer.DEFAULT || t == GoLexer.RBRACE) return;
        stmtList();
    }

    public abstract GoParser.StmtListContext stmtList();

    private static IntervalSet stmtStart;

    /** Tokens that can start a statement (gc's stmtOrNil returns nil for any other). */
    private IntervalSet stmtStart() {
        if (stmtStart == null) {
            stmtStart = getATN().nextTokens(getATN().ruleToStartState[GoParser.RULE_stmt]);
        }
        return stmtStart;
    }

    /**
     * At the end of a statement list, while recovering from errors: gc's stmtList loop goes on
     * until '}', case, default or EOF. A statement not followed by ';' is "at end of statement"
     * (skip to the next ';', '}', case, default or statement keyword); a token that cannot start
     * a statement makes the enclosing block "expect }" (gc then takes that token for the '}').
     */
    protected void endStmtList() {
        if (!(getErrorHandler() instanceof GcErrorStrategy g)) return;
        TokenStream in = getInputStream();
        boolean checkEnd = true;
        for (;;) {
            int t = in.LA(1);
            if (endsStmtList(t)) return;
            int prev = in.index() > 0 ? in.LA(-1) : GoLexer.SEMI;
            if (checkEnd && t != GoLexer.SEMI && prev != GoLexer.SEMI && prev != GoLexer.LBRACE && prev != GoLexer.COLON) {
                g.reportHere(this);
                g.skip(this, GcErrorStrategy.STMT_END);
                if (in.LA(1) == GoLexer.SEMI) match(GoLexer.SEMI);
            } else if (t == GoLexer.SEMI) {
                match(GoLexer.SEMI);
            }
            t = in.LA(1);
            checkEnd = false;
            if (endsStmtList(t)) return;
            if (t == GoLexer.SEMI) continue;
            if (!stmtStart().contains(t)) {
                notAStatement(g, in);
                return;
            }
            stmt();
            checkEnd = true;
        }
    }

    private static boolean endsStmtList(int t) {
        return t == GoLexer.RBRACE || t == GoLexer.CASE || t == GoLexer.DEFAULT || t == org.antlr.v4.runtime.Token.EOF;
    }

    /** gc: "expecting }" (or "case or default or }"); it then takes the token as that '}'. */
    private void notAStatement(GcErrorStrategy g, TokenStream in) {
        g.reportHere(this);
        ParserRuleContext outer = getContext().getParent();
        if (outer != null && outer.getRuleIndex() == GoParser.RULE_block) {
            consume();
            ((RecoveryTokens) in).insertVirtual(GoLexer.RBRACE, "}");
        } else {
            g.skip(this, GcErrorStrategy.CASE_SYNC);
            if (in.LA(1) == GoLexer.COLON) {
                match(GoLexer.COLON);
                endStmtList();
            }
        }
    }

    public abstract GoParser.StmtContext stmt();

    /**
     * gc's header() takes at most one ';' after an if or switch header's init statement: a second
     * one (our grammar reads loosely) is where gc wants the '{', and it resynchronises from there
     * (to a name or '}' for if, to case, default or '}' for switch) and reads the body. A for
     * header with one ';' directly followed by '{' lacks its condition; gc goes on.
     */
    protected void checkHeader(int keyword, GoParser.HeaderContext h) {
        if (!(getErrorHandler() instanceof GcErrorStrategy g) || h == null) return;
        var semis = h.SEMI();
        RecoveryTokens in = (RecoveryTokens) getInputStream();
        if (keyword == GoLexer.FOR) {
            if (semis.size() == 1 && in.LA(1) == GoLexer.LBRACE && h.getChildCount() <= 2 + (h.VAR() == null ? 0 : 1)) {
                g.errors().unexpectedAt(in.LT(1), ", expecting for loop condition");
            }
            return;
        }
        if (semis.size() < 2) return;
        org.antlr.v4.runtime.Token semi = semis.get(1).getSymbol();
        in.seek(semi.getTokenIndex());
        if (keyword == GoLexer.IF) {
            g.errors().unexpectedAt(semi, ", expecting { after if clause");
            g.skip(this, IF_SYNC);
        } else {
            g.errors().plain(g.errors().pos(semi), "missing { after switch clause");
            g.skip(this, GcErrorStrategy.CASE_SYNC_NO_COLON);
        }
        in.insertVirtual(GoLexer.LBRACE, "{");
    }

    private static final IntervalSet IF_SYNC = new IntervalSet(GoLexer.IDENT, GoLexer.RBRACE);

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
