package gojc.syntax;

/** A position in a Go source file: 1-based line, 1-based column counted in bytes as gc does. */
public record Pos(Source source, int line, int col) {
    public static final Pos NONE = new Pos(null, 0, 0);

    public boolean isKnown() {
        return line > 0;
    }

    /** {@code file:line:col}, the prefix of every diagnostic. */
    @Override
    public String toString() {
        return (source == null ? "?" : source.displayName()) + ":" + line + ":" + col;
    }
}
