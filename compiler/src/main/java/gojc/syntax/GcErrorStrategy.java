package gojc.syntax;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.IntervalSet;

import static gojc.syntax.GoParser.*;

/**
 * ANTLR's recovery, but with gc's messages. At an error the parser's rule stack tells where we
 * are; we map that (plus what could have come next) onto the message gc's recursive-descent
 * parser gives in the same spot: "unexpected X, expecting Y", "unexpected X in argument list;
 * possibly missing comma or )", "non-declaration statement outside function body", ...
 */
final class GcErrorStrategy extends DefaultErrorStrategy {
    private final SyntaxErrors errs;

    GcErrorStrategy(SyntaxErrors errs) {
        this.errs = errs;
    }

    @Override
    public void reportError(Parser p, RecognitionException e) {
        org.antlr.v4.runtime.Token t = e.getOffendingToken();
        if (t == null) t = p.getCurrentToken();
        IntervalSet expected;
        if (e instanceof NoViableAltException || e instanceof InputMismatchException) {
            expected = e.getExpectedTokens();
        } else {
            expected = p.getExpectedTokens();
        }
        report(p, t, expected);
    }

    /** After the report: skip to gc's synchronisation point and unwind (see {@link Resync}). */
    @Override
    public void recover(Parser p, RecognitionException e) {
        resync(p);
    }

    /** ANTLR would delete the token and go on; gc reports it and resynchronises. */
    @Override
    protected void reportUnwantedToken(Parser p) {
        report(p, p.getCurrentToken(), getExpectedTokens(p));
        resync(p);
    }

    /** ANTLR would conjure the missing token; gc reports it and resynchronises. */
    @Override
    protected void reportMissingToken(Parser p) {
        report(p, p.getCurrentToken(), getExpectedTokens(p));
        resync(p);
    }

    @Override
    public org.antlr.v4.runtime.Token recoverInline(Parser p) throws RecognitionException {
        InputMismatchException e = new InputMismatchException(p);
        reportError(p, e);
        resync(p);
        throw e; // not reached
    }

    /** Reports a syntax error at the current token, in the current rule's terms. */
    void reportHere(Parser p) {
        report(p, p.getCurrentToken(), p.getExpectedTokens());
    }

    private void report(Parser p, org.antlr.v4.runtime.Token t, IntervalSet expected) {
        beginErrorCondition(p);
        // gc: after a first error, one at EOF is a meaningless follow-up.
        if (t.getType() == org.antlr.v4.runtime.Token.EOF && errs.count() > 0) return;
        int i = t.getTokenIndex();
        int prev = i > 0 ? p.getInputStream().get(i - 1).getType() : SEMI;
        errs.plainOrUnexpected(t, message(p.getContext(), t, prev, expected == null ? new IntervalSet() : expected));
        errs.startRecovery(t);
    }

    /**
     * gc's advance(): inside a statement, skip to the statement's end (';', '}', case or
     * default outside brackets opened within it) or to a keyword that starts a statement; at
     * top level, skip to the next declaration keyword. Then unwind to that level.
     */
    void resync(Parser p) {
        TokenStream in = p.getInputStream();
        ParserRuleContext level = p.getContext();
        while (level != null && level.getRuleIndex() != RULE_stmt && level.getRuleIndex() != RULE_caseClause
                && level.getRuleIndex() != RULE_commClause) {
            level = level.getParent();
        }
        if (level == null) {
            ParserRuleContext imp = p.getContext();
            while (imp != null && imp.getRuleIndex() != RULE_importDecl) imp = imp.getParent();
            IntervalSet stops = imp != null ? IMPORT_SYNC : DECL_START;
            while (!stops.contains(in.LA(1))) p.consume();
            throw new Resync(Resync.Level.DECLARATION);
        }
        int start = level.getStart().getTokenIndex();
        if (level.getRuleIndex() != RULE_stmt) {
            // gc's caseClause: a missing ':' is skipped as one token, else skip to the next clause.
            if (in.LA(1) == SEMI || in.index() == start) {
                p.consume();
            } else {
                skip(p, CASE_SYNC);
            }
            throw new Resync(Resync.Level.CLAUSE);
        }
        // Brackets opened within the statement: gc's list productions skip to their closer.
        StringBuilder open = new StringBuilder();
        for (int i = start; i < in.index(); i++) bracket(open, in.get(i).getType());
        for (;;) {
            int t = in.LA(1);
            if (t == org.antlr.v4.runtime.Token.EOF) break;
            if (in.index() > start) {
                if (STOPSET.contains(t)) break;
                if (open.length() == 0 && (t == SEMI || t == RBRACE || t == CASE || t == DEFAULT)) break;
                if (!bracket(open, t)) break; // a closer that belongs to an enclosing construct
            }
            p.consume();
        }
        throw new Resync(Resync.Level.STATEMENT);
    }

    /** Tracks open brackets; false for a closer that does not match the innermost open one. */
    private static boolean bracket(StringBuilder open, int t) {
        char c = switch (t) {
            case LPAREN, RESULT_LPAREN -> '(';
            case LBRACK -> '[';
            case LBRACE -> '{';
            case RPAREN -> ')';
            case RBRACK -> ']';
            case RBRACE -> '}';
            default -> 0;
        };
        if (c == '(' || c == '[' || c == '{') {
            open.append(c);
        } else if (c != 0 && open.length() > 0) {
            char o = open.charAt(open.length() - 1);
            if (o == '(' && c != ')' || o == '[' && c != ']' || o == '{' && c != '}') return false;
            open.setLength(open.length() - 1);
        }
        return true;
    }

    /** gc's advance(followlist...) inside a function: skip to a token of stops or of the stopset. */
    void skip(Parser p, IntervalSet stops) {
        TokenStream in = p.getInputStream();
        for (;;) {
            int t = in.LA(1);
            if (t == org.antlr.v4.runtime.Token.EOF || stops.contains(t) || STOPSET.contains(t)) return;
            p.consume();
        }
    }

    static final IntervalSet STMT_END = IntervalSet.of(SEMI);
    static final IntervalSet CASE_SYNC = IntervalSet.of(COLON);
    static final IntervalSet CASE_SYNC_NO_COLON = new IntervalSet(CASE, DEFAULT, RBRACE);

    SyntaxErrors errors() {
        return errs;
    }

    static {
        for (int t : new int[] {RBRACE, CASE, DEFAULT}) {
            STMT_END.add(t);
            CASE_SYNC.add(t);
        }
    }

    /** gc's stopset: keywords that start a statement. */
    private static final IntervalSet STOPSET = IntervalSet.of(BREAK);
    /** What gc's top-level loop resynchronises to. */
    static final IntervalSet DECL_START = new IntervalSet(CONST, TYPE, VAR, FUNC, org.antlr.v4.runtime.Token.EOF);
    /** What gc's importDecl resynchronises to. */
    private static final IntervalSet IMPORT_SYNC = new IntervalSet(SEMI, RPAREN, CONST, TYPE, VAR, FUNC,
            org.antlr.v4.runtime.Token.EOF);

    static {
        for (int t : new int[] {CONST, CONTINUE, DEFER, FALLTHROUGH, FOR, GO, GOTO, IF, RETURN, SELECT,
                SWITCH, TYPE, VAR}) {
            STOPSET.add(t);
        }
    }


    /**
     * gc's message text without the "syntax error: " prefix. A result starting with "!" is a
     * plain message; otherwise it is the suffix after "unexpected X".
     */
    static String message(ParserRuleContext ctx, org.antlr.v4.runtime.Token t, int prev, IntervalSet expected) {
        int tt = t.getType();
        boolean exprStart = expected.contains(NUMBER) && expected.contains(IDENT);
        boolean typeStart = expected.contains(MAP) && expected.contains(CHAN) && expected.contains(IDENT);
        for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
            switch (c.getRuleIndex()) {
                case RULE_sourceFile -> {
                    SourceFileContext f = (SourceFileContext) c;
                    if (f.packageClause() == null || f.packageClause().IDENT() == null && f.packageClause().PACKAGE() == null) {
                        return "!package statement must be first";
                    }
                    if (expected.contains(SEMI) && !expected.contains(FUNC)) {
                        return f.topLevelDecl().isEmpty() && f.importDecl().isEmpty() && f.packageClause().getStop() != null
                                && f.packageClause().getStop().getTokenIndex() == t.getTokenIndex() - 1
                                ? ", expecting semicolon or newline" : " after top level declaration";
                    }
                    if (tt == LBRACE && endsWithBodylessFunc(f)) return "!unexpected semicolon or newline before {";
                    return "!non-declaration statement outside function body";
                }
                case RULE_packageClause -> {
                    if (((PackageClauseContext) c).PACKAGE() == null) return "!package statement must be first";
                    return ", expecting name";
                }
                case RULE_arguments -> {
                    if (exprStart) return ", expecting expression";
                    return " in argument list; possibly missing comma or )";
                }
                case RULE_literalValue, RULE_element, RULE_elementValue -> {
                    if (exprStart) return ", expecting expression";
                    return " in composite literal; possibly missing comma or }";
                }
                case RULE_parameters, RULE_parameterDecl -> {
                    if (typeStart && !expected.contains(RPAREN) && !expected.contains(COMMA)) return ", expecting type";
                    return " in parameter list; possibly missing comma or )";
                }
                case RULE_typeParams, RULE_typeParamDecl -> {
                    if (typeStart) return ", expecting type";
                    return " in parameter list; possibly missing comma or ]";
                }
                case RULE_structType, RULE_fieldDecl -> {
                    if (typeStart) return ", expecting type";
                    if (c.getRuleIndex() == RULE_structType && !expected.contains(SEMI)) {
                        return ", expecting field name or embedded type";
                    }
                    return " in struct type; possibly missing semicolon or newline or }";
                }
                case RULE_interfaceType, RULE_interfaceElem -> {
                    if (c.getRuleIndex() == RULE_interfaceType && !expected.contains(SEMI)) {
                        return ", expecting method or embedded interface"; // rare; gc says "expecting ~ term or type"
                    }
                    return " in interface type; possibly missing semicolon or newline or }";
                }
                case RULE_importDecl, RULE_constDecl, RULE_varDecl, RULE_typeDecl -> {
                    if (exprStart && !expected.contains(SEMI)) return ", expecting expression";
                    if (typeStart && !expected.contains(SEMI) && !expected.contains(RPAREN)) return ", expecting type";
                    if (expected.contains(RPAREN) && expected.contains(SEMI)) {
                        return " in grouped declaration; possibly missing semicolon or newline or )";
                    }
                    return single(expected, tt);
                }
                case RULE_importSpec -> {
                    return tt == SEMI ? "!missing import path" : "!import path must be a string";
                }
                case RULE_index -> {
                    if (exprStart && !expected.contains(RBRACK)) return ", expecting expression";
                    if (expected.contains(COLON) || expected.contains(COMMA)) return ", expecting comma, : or ]";
                    return single(expected, tt);
                }
                case RULE_ifStmt -> {
                    IfStmtContext i = (IfStmtContext) c;
                    if (i.ELSE() != null) return "!else must be followed by if or statement block";
                    return ", expecting { after if clause";
                }
                case RULE_forStmt -> {
                    ForStmtContext f = (ForStmtContext) c;
                    if (f.header() != null && f.header().SEMI().size() == 1) return ", expecting semicolon or newline";
                    return ", expecting { after for clause";
                }
                case RULE_switchStmt -> {
                    SwitchStmtContext s = (SwitchStmtContext) c;
                    if (s.LBRACE() == null) return "!missing { after switch clause";
                    return ", expecting case or default or }";
                }
                case RULE_selectStmt -> {
                    SelectStmtContext s = (SelectStmtContext) c;
                    if (s.LBRACE() == null) return "!missing { after select clause";
                    return ", expecting case or default or }";
                }
                case RULE_header -> {
                    if (exprStart) return ", expecting expression";
                }
                case RULE_stmtList -> {
                    if (exprStart && !expected.contains(SEMI)) return ", expecting expression";
                    // A token that cannot start a statement ends the list; gc then wants its closer.
                    boolean atStmtStart = prev == SEMI || prev == LBRACE || prev == COLON;
                    if (tt == org.antlr.v4.runtime.Token.EOF || atStmtStart && tt != SEMI) {
                        int outer = c.getParent() == null ? -1 : c.getParent().getRuleIndex();
                        return outer == RULE_caseClause || outer == RULE_commClause
                                ? ", expecting case or default or }" : ", expecting }";
                    }
                    return " at end of statement";
                }
                case RULE_caseClause, RULE_commClause -> {
                    if (expected.contains(COLON)) return ", expecting :";
                }
                case RULE_simpleStmt, RULE_simpleStmtNC -> {
                    if (exprStart) return ", expecting expression";
                    if (expected.contains(DEFINE) && tt != SEMI && tt != RBRACE) {
                        // Let the statement list report "at end of statement".
                        continue;
                    }
                }
                case RULE_functionDecl -> {
                    if (expected.contains(LPAREN) && !expected.contains(LBRACE)) {
                        return ((FunctionDeclContext) c).IDENT() == null ? ", expecting name or (" : ", expecting (";
                    }
                }
                case RULE_block -> {
                    if (tt != RBRACE && !expected.contains(RBRACE)) {
                        int outer = c.getParent() == null ? -1 : c.getParent().getRuleIndex();
                        if (c.getStart() == t && outer == RULE_ifStmt) return ", expecting { after if clause";
                        if (c.getStart() == t && outer == RULE_forStmt) return ", expecting { after for clause";
                        return ", expecting {";
                    }
                    if (exprStart && !expected.contains(SEMI)) return ", expecting expression";
                    boolean atStmtStart = prev == SEMI || prev == LBRACE || prev == COLON;
                    if (tt == org.antlr.v4.runtime.Token.EOF || atStmtStart && tt != SEMI) return ", expecting }";
                    return " at end of statement";
                }
                case RULE_suffix -> {
                    if (prev == DOT) return ", expecting name or (";
                }
                default -> {
                    if (exprStart && isExprRule(c.getRuleIndex())) return ", expecting expression";
                    if (typeStart && isTypeRule(c.getRuleIndex())) {
                        ParserRuleContext up = c.getParent();
                        if (c.getRuleIndex() == RULE_chanType || c.getRuleIndex() == RULE_typeOperand
                                || c.getRuleIndex() == RULE_type_ && up != null && (up.getRuleIndex() == RULE_chanType
                                || up.getRuleIndex() == RULE_typeOperand && up.getStart().getType() == CHAN)) {
                            return "!missing channel element type";
                        }
                        if (c.getRuleIndex() == RULE_typeSpec || c.getRuleIndex() == RULE_type_ && up != null
                                && up.getRuleIndex() == RULE_typeSpec && c.getStart() == t) {
                            return " in type declaration";
                        }
                        return ", expecting type";
                    }
                }
            }
        }
        return single(expected, tt);
    }

    private static boolean isExprRule(int r) {
        return r == RULE_expr || r == RULE_exprNC || r == RULE_primaryExpr || r == RULE_primaryExprNC
                || r == RULE_exprList || r == RULE_exprListNC || r == RULE_returnStmt || r == RULE_goStmt
                || r == RULE_deferStmt || r == RULE_caseClause || r == RULE_commClause;
    }

    private static boolean isTypeRule(int r) {
        return r == RULE_type_ || r == RULE_typeLit || r == RULE_arrayType || r == RULE_mapType
                || r == RULE_chanType || r == RULE_pointerType || r == RULE_result || r == RULE_typeTerm
                || r == RULE_typeElem || r == RULE_typeArgs || r == RULE_constSpec || r == RULE_varSpec
                || r == RULE_typeSpec;
    }

    private static String single(IntervalSet expected, int tt) {
        if (expected.size() == 1) {
            return ", expecting " + SyntaxErrors.expected(expected.getMinElement());
        }
        return "";
    }

    private static boolean endsWithBodylessFunc(SourceFileContext f) {
        var decls = f.topLevelDecl();
        if (decls.isEmpty()) return false;
        var last = decls.get(decls.size() - 1).functionDecl();
        return last != null && last.block() == null;
    }
}
