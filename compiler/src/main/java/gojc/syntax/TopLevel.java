package gojc.syntax;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.RuleTransition;
import org.antlr.v4.runtime.atn.Transition;

import java.util.function.Supplier;

import static gojc.syntax.GoParser.*;

/**
 * The file-level loop of gc's parser, used when a file has syntax errors: package clause, then
 * declarations until EOF, each parsed by the grammar's rule and, after an error in one,
 * resumed at the next declaration keyword ({@link Resync.Level#DECLARATION}). The rules are
 * invoked as from {@code sourceFile}, so their expectations (and messages) are the same.
 */
final class TopLevel {
    private final GoParser p;
    private final SyntaxErrors errs;
    private final TokenStream in;

    TopLevel(GoParser p, SyntaxErrors errs) {
        this.p = p;
        this.errs = errs;
        this.in = p.getInputStream();
    }

    SourceFileContext parse() {
        SourceFileContext file = new SourceFileContext(null, -1);
        file.start = in.LT(1);
        p.setContext(file);
        try {
            if (in.LA(1) != PACKAGE) {
                errs.plain(errs.pos(in.LT(1)), "package statement must be first");
                return file;
            }
            int errors = errs.count();
            if (!call(file, RULE_packageClause, p::packageClause) || errs.count() > errors) return file;
            if (in.LA(1) != SEMI) {
                errs.unexpectedAt(in.LT(1), ", expecting semicolon or newline");
                return file; // gc: don't bother continuing if the package clause has errors
            }
            p.consume();
            declarations(file);
        } finally {
            file.stop = in.LT(-1);
            p.setContext(null);
        }
        return file;
    }

    private void declarations(SourceFileContext file) {
        while (in.LA(1) == IMPORT) {
            if (!call(file, RULE_importDecl, p::importDecl)) {
                // gc's importDecl resynchronises to the ';' or ')' ending the spec.
                if (in.LA(1) == RPAREN) p.consume();
                if (in.LA(1) != SEMI) continue;
            }
            want(SEMI);
        }
        while (in.LA(1) != org.antlr.v4.runtime.Token.EOF) {
            int t = in.LA(1);
            if (t == CONST || t == TYPE || t == VAR || t == FUNC) {
                if (!call(file, RULE_topLevelDecl, p::topLevelDecl)) continue; // resynchronised at a keyword
            } else {
                if (t == LBRACE && endsWithBodylessFunc(file)) {
                    errs.plain(errs.pos(in.LT(1)), "unexpected semicolon or newline before {");
                } else {
                    errs.plain(errs.pos(in.LT(1)), "non-declaration statement outside function body");
                }
                skipToDecl();
                continue;
            }
            if (in.LA(1) == org.antlr.v4.runtime.Token.EOF) break;
            if (in.LA(1) == SEMI) {
                p.consume();
            } else {
                errs.unexpectedAt(in.LT(1), " after top level declaration");
                skipToDecl();
            }
        }
    }

    /** gc's want(): report, then take the next token for the wanted one. */
    private void want(int type) {
        if (in.LA(1) == type) {
            p.consume();
            return;
        }
        if (in.LA(1) != org.antlr.v4.runtime.Token.EOF || errs.count() == 0) {
            errs.unexpectedAt(in.LT(1), ", expecting " + SyntaxErrors.expected(type));
        }
        if (in.LA(1) != org.antlr.v4.runtime.Token.EOF) p.consume();
    }

    /** Runs one rule as sourceFile would invoke it; false if it ended in a resynchronisation. */
    private boolean call(SourceFileContext file, int rule, Supplier<ParserRuleContext> r) {
        int start = in.index();
        p.setContext(file);
        p.setState(invokingState(rule));
        try {
            r.get();
            return true;
        } catch (Resync e) {
            p.setContext(file);
            if (in.index() == start) p.consume(); // always make progress
            if (rule != RULE_importDecl) skipToDecl();
            return false;
        }
    }

    private void skipToDecl() {
        while (!GcErrorStrategy.DECL_START.contains(in.LA(1))) p.consume();
    }

    /** The ATN state in sourceFile that invokes the given rule. */
    private int invokingState(int rule) {
        for (ATNState s : p.getATN().states) {
            if (s == null || s.ruleIndex != RULE_sourceFile) continue;
            for (Transition tr : s.getTransitions()) {
                if (tr instanceof RuleTransition rt && rt.target.ruleIndex == rule) return s.stateNumber;
            }
        }
        throw new IllegalStateException("sourceFile does not invoke rule " + rule);
    }

    private static boolean endsWithBodylessFunc(SourceFileContext f) {
        var decls = f.topLevelDecl();
        if (decls.isEmpty()) return false;
        var last = decls.get(decls.size() - 1).functionDecl();
        return last != null && last.block() == null;
    }
}
