package gojc.syntax;

import java.nio.file.Path;

/**
 * One Go source file as the user named it. {@code displayName} is what error messages print
 * (gc prints paths relative to the current directory, as "./x.go" for files in it).
 */
public record Source(Path path, String displayName) {
    @Override
    public String toString() {
        return displayName;
    }
}
