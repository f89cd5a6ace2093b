package gojc.loader;

import gojc.loader.Constraint.And;
import gojc.loader.Constraint.Not;
import gojc.loader.Constraint.Or;
import gojc.loader.Constraint.SyntaxError;
import gojc.loader.Constraint.Tag;

/** Recursive-descent parser for {@code //go:build} expressions (precedence: ! over && over ||). */
final class ExprParser {
    private final String s;
    private int i;        // next read position
    private String tok;   // last token read; "" at end of input
    private boolean isTag;
    private int pos;      // start of the last token

    ExprParser(String s) {
        this.s = s;
    }

    Constraint parse() throws SyntaxError {
        Constraint x = or();
        if (!tok.isEmpty()) throw new SyntaxError(pos, "unexpected token " + tok);
        return x;
    }

    private Constraint or() throws SyntaxError {
        Constraint x = and();
        while (tok.equals("||")) x = new Or(x, and());
        return x;
    }

    private Constraint and() throws SyntaxError {
        Constraint x = not();
        while (tok.equals("&&")) x = new And(x, not());
        return x;
    }

    private Constraint not() throws SyntaxError {
        lex();
        if (tok.equals("!")) {
            lex();
            if (tok.equals("!")) throw new SyntaxError(pos, "double negation not allowed");
            return new Not(atom());
        }
        return atom();
    }

    private Constraint atom() throws SyntaxError {
        if (tok.equals("(")) {
            int open = pos;
            Constraint x;
            try {
                x = or();
            } catch (SyntaxError e) {
                if (e.getMessage().equals("unexpected end of expression")) {
                    throw new SyntaxError(e.offset, "missing close paren");
                }
                throw e;
            }
            if (!tok.equals(")")) throw new SyntaxError(open, "missing close paren");
            lex();
            return x;
        }
        if (!isTag) {
            if (tok.isEmpty()) throw new SyntaxError(pos, "unexpected end of expression");
            throw new SyntaxError(pos, "unexpected token " + tok);
        }
        String name = tok;
        lex();
        return new Tag(name);
    }

    private void lex() throws SyntaxError {
        isTag = false;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) i++;
        pos = i;
        if (i >= s.length()) {
            tok = "";
            return;
        }
        char c = s.charAt(i);
        switch (c) {
            case '(', ')', '!' -> {
                i++;
                tok = String.valueOf(c);
                return;
            }
            case '&', '|' -> {
                if (i + 1 >= s.length() || s.charAt(i + 1) != c) {
                    throw new SyntaxError(i, "invalid syntax at " + c);
                }
                i += 2;
                tok = s.substring(pos, i);
                return;
            }
            default -> { }
        }
        int j = i;
        while (j < s.length()) {
            int cp = s.codePointAt(j);
            if (!Constraint.isTagChar(cp)) break;
            j += Character.charCount(cp);
        }
        if (j == i) {
            throw new SyntaxError(i, "invalid syntax at " + new String(Character.toChars(s.codePointAt(i))));
        }
        i = j;
        tok = s.substring(pos, i);
        isTag = true;
    }
}
