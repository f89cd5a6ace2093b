package gojc.diag;

import gojc.syntax.Pos;

/** One compile error, printed as gc prints it: {@code file:line:col: message}. */
public record Diagnostic(Pos pos, String message) implements Comparable<Diagnostic> {
    @Override
    public String toString() {
        return pos + ": " + message;
    }

    /** Sorted by file, line and column, as gc sorts its errors before printing them. */
    @Override
    public int compareTo(Diagnostic o) {
        String a = pos.source() == null ? "" : pos.source().displayName();
        String b = o.pos.source() == null ? "" : o.pos.source().displayName();
        int c = a.compareTo(b);
        if (c != 0) return c;
        c = Integer.compare(pos.line(), o.pos.line());
        if (c != 0) return c;
        return Integer.compare(pos.col(), o.pos.col());
    }
}
