package gojc.syntax;

import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;

import java.util.ArrayDeque;
import java.util.List;

/**
 * Token pre-pass: retags the '(' that directly follows a function's parameter list as
 * RESULT_LPAREN. Parameter lists are found from the tokens alone: after {@code func} (a
 * declaration's receiver, name and type parameters skipped), and after a method name in an
 * interface body. See the comment at GoParser's signature rule for why.
 */
final class ResultParens {
    private ResultParens() {}

    static void mark(List<Token> toks) {
        int n = toks.size();
        int[] type = new int[n];
        for (int i = 0; i < n; i++) type[i] = toks.get(i).getType();
        int[] match = new int[n];
        int[] braceDepth = new int[n];
        ArrayDeque<Integer> open = new ArrayDeque<>();
        int depth = 0;
        for (int i = 0; i < n; i++) {
            match[i] = -1;
            braceDepth[i] = depth;
            switch (type[i]) {
                case GoLexer.LPAREN, GoLexer.LBRACK, GoLexer.LBRACE -> {
                    open.push(i);
                    if (type[i] == GoLexer.LBRACE) depth++;
                }
                case GoLexer.RPAREN, GoLexer.RBRACK, GoLexer.RBRACE -> {
                    if (type[i] == GoLexer.RBRACE && depth > 0) depth--;
                    if (!open.isEmpty()) {
                        int o = open.pop();
                        match[o] = i;
                        match[i] = o;
                    }
                }
                default -> { }
            }
        }
        for (int i = 0; i < n; i++) {
            if (type[i] == GoLexer.FUNC) {
                func(toks, type, match, i, braceDepth[i] == 0 && (i == 0 || type[i - 1] == GoLexer.SEMI));
            } else if (type[i] == GoLexer.INTERFACE && i + 1 < n && type[i + 1] == GoLexer.LBRACE) {
                int end = match[i + 1];
                if (end < 0) continue;
                for (int j = i + 2; j < end; j++) {
                    if (type[j] == GoLexer.IDENT && j + 1 < end && type[j + 1] == GoLexer.LPAREN
                            && (type[j - 1] == GoLexer.LBRACE || type[j - 1] == GoLexer.SEMI)) {
                        markAfter(toks, type, match[j + 1]);
                    }
                    if (match[j] > j) j = match[j]; // skip nested groups
                }
            }
        }
    }

    private static void func(List<Token> toks, int[] type, int[] match, int i, boolean decl) {
        int n = type.length;
        int j = i + 1;
        if (j >= n) return;
        if (type[j] == GoLexer.LPAREN) {
            int k = match[j];
            if (k < 0) return;
            if (!(decl && k + 1 < n && type[k + 1] == GoLexer.IDENT)) {
                markAfter(toks, type, k); // a function literal's or type's parameters
                return;
            }
            j = k + 1; // skip the receiver; j is at the method name
        }
        if (j >= n || type[j] != GoLexer.IDENT) return;
        j++;
        if (j < n && type[j] == GoLexer.LBRACK) {
            if (match[j] < 0) return;
            j = match[j] + 1;
        }
        if (j < n && type[j] == GoLexer.LPAREN && match[j] >= 0) markAfter(toks, type, match[j]);
    }

    private static void markAfter(List<Token> toks, int[] type, int close) {
        int k = close + 1;
        if (close >= 0 && k < type.length && type[k] == GoLexer.LPAREN && toks.get(k) instanceof CommonToken t) {
            t.setType(GoLexer.RESULT_LPAREN);
            type[k] = GoLexer.RESULT_LPAREN;
        }
    }
}
