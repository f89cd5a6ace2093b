package gojc.syntax;

import gojc.diag.Diagnostics;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The syntax front end: bytes of one Go file in, AST and gc-style diagnostics out.
 *
 * Parsing is two-stage: SLL prediction with a bail-out strategy first (fast, and exact for
 * every correct file this grammar has been tried on); only if that fails, the token buffer is
 * rewound and parsed again with full LL prediction and gc-style error recovery (TopLevel,
 * GcErrorStrategy), which reports the file's syntax errors as gc's parser would.
 */
public final class Parser {
    private Parser() {}

    /** Parses one file. Never throws; a file with errors yields a possibly partial File. */
    public static File parse(Source src, byte[] content, Diagnostics errs) {
        SyntaxErrors errors = new SyntaxErrors(src, errs);
        String text = Utf8Pass.check(content, errors);
        GoLexer lexer = new GoLexer(CharStreams.fromString(text, src.displayName()));
        lexer.removeErrorListeners();
        lexer.setErrors(errors::lexical);
        RecoveryTokens tokens = new RecoveryTokens(lexer);
        tokens.fill();
        LineMap lines = new LineMap(src);
        lines.scan(lexer.comments(), errors);
        errors.setLines(lines);
        ResultParens.mark(tokens.getTokens());
        GoParser parser = new GoParser(tokens);
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        GoParser.SourceFileContext tree;
        try {
            tree = parser.sourceFile();
        } catch (ParseCancellationException e) {
            tokens.seek(0);
            parser.reset();
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.setErrorHandler(new GcErrorStrategy(errors));
            tree = new TopLevel(parser, errors).parse();
        }
        errors.startBuilding();
        CommentIndex comments = new CommentIndex(src, lexer.comments());
        try {
            return new AstBuilder(src, errors, comments, tokens.getTokens()).file(tree);
        } catch (RuntimeException e) {
            // Only a tree with recovery holes should get here; say so rather than crash.
            if (errors.count() == 0) {
                errs.error(new Pos(src, 1, 1), "gojc: internal error building syntax tree: " + e);
            }
            return new File(src, new Pos(src, 1, 1), new Expr.Ident(new Pos(src, 1, 1), "_"), List.of(), List.of(),
                    comments.directives(), Comments.NONE);
        }
    }

    /** Convenience for tests and tools. */
    public static File parse(Source src, String content, Diagnostics errs) {
        return parse(src, content.getBytes(StandardCharsets.UTF_8), errs);
    }
}
