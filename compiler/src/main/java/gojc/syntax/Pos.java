package gojc.syntax;

/**
 * A position in a Go source file: 1-based line, 1-based column counted in bytes as gc does.
 * {@code rel} is where a {@code //line} directive says the position is (null without one);
 * messages print that, while line and col stay the place in the file (for ordering).
 */
public record Pos(Source source, int line, int col, Rel rel) {
    public static final Pos NONE = new Pos(null, 0, 0);

    public Pos(Source source, int line, int col) {
        this(source, line, col, null);
    }

    /** gc's RelFilename, RelLine, RelCol; col 0 means unknown (a directive without column). */
    public record Rel(String file, int line, int col) {}

    public boolean isKnown() {
        return line > 0;
    }

    /** {@code file:line:col}, the prefix of every diagnostic; {@code file:line} if the column is unknown. */
    @Override
    public String toString() {
        if (rel != null) return rel.file + ":" + rel.line + (rel.col > 0 ? ":" + rel.col : "");
        return (source == null ? "?" : source.displayName()) + ":" + line + ":" + col;
    }
}
