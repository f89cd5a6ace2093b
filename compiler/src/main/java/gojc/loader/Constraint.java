package gojc.loader;

import java.util.function.Predicate;

/**
 * A build constraint: the boolean tag expression of a {@code //go:build} line or of an old
 * {@code // +build} line. The syntax and the error texts follow go/build/constraint.
 */
public sealed interface Constraint {

    boolean eval(Predicate<String> hasTag);

    record Tag(String name) implements Constraint {
        public boolean eval(Predicate<String> hasTag) { return hasTag.test(name); }
        @Override public String toString() { return name; }
    }

    record Not(Constraint x) implements Constraint {
        public boolean eval(Predicate<String> hasTag) { return !x.eval(hasTag); }
        @Override public String toString() { return "!" + paren(x); }
    }

    record And(Constraint x, Constraint y) implements Constraint {
        // Both sides are always evaluated so that every consulted tag is seen, as go/build does.
        public boolean eval(Predicate<String> hasTag) {
            boolean a = x.eval(hasTag);
            boolean b = y.eval(hasTag);
            return a && b;
        }
        @Override public String toString() { return paren(x) + " && " + paren(y); }
    }

    record Or(Constraint x, Constraint y) implements Constraint {
        public boolean eval(Predicate<String> hasTag) {
            boolean a = x.eval(hasTag);
            boolean b = y.eval(hasTag);
            return a || b;
        }
        @Override public String toString() { return paren(x) + " || " + paren(y); }
    }

    private static String paren(Constraint c) {
        return c instanceof Tag || c instanceof Not ? c.toString() : "(" + c + ")";
    }

    /** A malformed {@code //go:build} expression; {@code offset} is a byte offset into it. */
    final class SyntaxError extends Exception {
        public final int offset;

        public SyntaxError(int offset, String message) {
            super(message);
            this.offset = offset;
        }
    }

    /** The expression of a {@code //go:build} line, or null if the line is not one. */
    static String goBuildText(String line) {
        if (!line.startsWith("//go:build")) return null;
        String rest = line.strip().substring("//go:build".length());
        String trim = rest.strip();
        // "//go:buildfoo" is not a build line: the prefix must end the line or be followed by space.
        if (rest.length() == trim.length() && !rest.isEmpty()) return null;
        return trim;
    }

    /** The expression of a {@code // +build} line, or null if the line is not one. */
    static String plusBuildText(String line) {
        if (!line.startsWith("//")) return null;
        String rest = line.substring(2).strip();
        if (!rest.startsWith("+build")) return null;
        rest = rest.substring("+build".length());
        String trim = rest.strip();
        if (rest.length() == trim.length() && !rest.isEmpty()) return null;
        return trim;
    }

    static boolean isGoBuild(String line) { return goBuildText(line) != null; }

    static boolean isPlusBuild(String line) { return plusBuildText(line) != null; }

    /** Parses the expression of a {@code //go:build} line: tags, !, &&, || and parentheses. */
    static Constraint parseExpr(String text) throws SyntaxError {
        return new ExprParser(text).parse();
    }

    /**
     * Parses an old {@code // +build} expression: space-separated options are ORed, comma-separated
     * terms are ANDed. Malformed terms become the tag "ignore", which is never satisfied.
     */
    static Constraint parsePlusBuild(String text) {
        Constraint x = null;
        for (String clause : text.strip().split("[ \t\r\n\f\u000b]+")) {
            if (clause.isEmpty()) continue;
            Constraint y = null;
            for (String lit : clause.split(",", -1)) {
                Constraint z;
                if (lit.startsWith("!!") || lit.equals("!")) {
                    z = new Tag("ignore");
                } else {
                    boolean neg = lit.startsWith("!");
                    if (neg) lit = lit.substring(1);
                    z = isValidTag(lit) ? new Tag(lit) : new Tag("ignore");
                    if (neg) z = new Not(z);
                }
                y = y == null ? z : new And(y, z);
            }
            x = x == null ? y : new Or(x, y);
        }
        return x == null ? new Tag("ignore") : x;
    }

    /** Tags are letters, digits, underscores and dots (all digits allowed, e.g. "386"). */
    static boolean isValidTag(String word) {
        if (word.isEmpty()) return false;
        for (int i = 0; i < word.length(); ) {
            int c = word.codePointAt(i);
            if (!isTagChar(c)) return false;
            i += Character.charCount(c);
        }
        return true;
    }

    static boolean isTagChar(int c) {
        return Character.isLetter(c) || Character.isDigit(c) || c == '_' || c == '.';
    }
}
