package gojc.syntax;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.FailedPredicateException;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
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
        if (inErrorRecoveryMode(p)) return;
        beginErrorCondition(p);
        org.antlr.v4.runtime.Token t = e.getOffendingToken();
        if (t == null) t = p.getCurrentToken();
        IntervalSet expected;
        if (e instanceof NoViableAltException || e instanceof InputMismatchException) {
            expected = e.getExpectedTokens();
        } else if (e instanceof FailedPredicateException) {
            expected = p.getExpectedTokens();
        } else {
            expected = p.getExpectedTokens();
        }
        report(p, t, expected);
    }

    @Override
    protected void reportUnwantedToken(Parser p) {
        if (inErrorRecoveryMode(p)) return;
        beginErrorCondition(p);
        report(p, p.getCurrentToken(), getExpectedTokens(p));
    }

    @Override
    protected void reportMissingToken(Parser p) {
        if (inErrorRecoveryMode(p)) return;
        beginErrorCondition(p);
        report(p, p.getCurrentToken(), getExpectedTokens(p));
    }

    /**
     * Only the first error of a file is reported from here: ANTLR's recovery differs from gc's,
     * and its follow-on errors would not match what gc prints.
     */
    private void report(Parser p, org.antlr.v4.runtime.Token t, IntervalSet expected) {
        if (errs.recoveryStarted()) return;
        int i = t.getTokenIndex();
        int prev = i > 0 ? p.getInputStream().get(i - 1).getType() : SEMI;
        errs.plainOrUnexpected(t, message(p.getContext(), t, prev, expected == null ? new IntervalSet() : expected));
        errs.startRecovery(t);
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
                    if (tt != RBRACE && !expected.contains(RBRACE)) return ", expecting {";
                    if (exprStart && !expected.contains(SEMI)) return ", expecting expression";
                    boolean atStmtStart = prev == SEMI || prev == LBRACE || prev == COLON;
                    if (tt == org.antlr.v4.runtime.Token.EOF || atStmtStart && tt != SEMI) return ", expecting }";
                    return " at end of statement";
                }
                default -> {
                    if (exprStart && isExprRule(c.getRuleIndex())) return ", expecting expression";
                    if (typeStart && isTypeRule(c.getRuleIndex())) return ", expecting type";
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
