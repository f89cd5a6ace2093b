package gojc.syntax;

/**
 * Thrown after a syntax error once the tokens up to gc's synchronisation point are skipped:
 * unwinds the parser to the innermost statement ({@code STATEMENT}, caught by the grammar's
 * {@code stmt} rule), case clause ({@code CLAUSE}) or to the declaration loop ({@code DECLARATION}, caught by {@link TopLevel}).
 */
final class Resync extends RuntimeException {
    enum Level { STATEMENT, CLAUSE, DECLARATION }

    final Level level;

    Resync(Level level) {
        super(null, null, false, false);
        this.level = level;
    }
}
