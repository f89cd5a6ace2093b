package gojc.loader;

/** One import of a file header: {@code name} is null, "_", "." or an identifier. */
public record ImportSpec(String name, String path, int line, int col) {
}
