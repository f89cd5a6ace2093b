package gojc.syntax;

import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.TokenSource;

/**
 * The token buffer. Error recovery may insert a virtual token where gc's recursive-descent
 * parser would simply carry on as if it were there (a ';' before a statement keyword it
 * resynchronised to, a '}' after a token it skipped in place of one).
 */
final class RecoveryTokens extends CommonTokenStream {
    RecoveryTokens(TokenSource source) {
        super(source);
    }

    /** Inserts a zero-width token of the given type before the current one. */
    void insertVirtual(int type, String text) {
        org.antlr.v4.runtime.Token at = LT(1);
        CommonToken t = new CommonToken(at);
        t.setType(type);
        t.setText(text);
        t.setChannel(org.antlr.v4.runtime.Token.DEFAULT_CHANNEL);
        tokens.add(p, t);
        for (int i = p; i < tokens.size(); i++) {
            ((CommonToken) tokens.get(i)).setTokenIndex(i);
        }
    }

}
