package gojc.syntax;

/**
 * A comment that carries meaning: {@code //go:build}, {@code //go:linkname}, {@code //go:noinline},
 * {@code //go:nosplit}, {@code //go:embed}, {@code //export}, {@code // +build} and the like.
 * {@code name} is e.g. "go:linkname" or "export"; {@code args} the rest of the line, trimmed.
 */
public record Directive(Pos pos, String name, String args) {}
