package gojc.loader;

import java.util.List;

/**
 * An error loading one package, laid out as the go command prints it: {@code pos: err}, or for
 * import cycles the whole import stack ({@code package a\n\timports b\n\timports a: ...}).
 */
public record PackageError(List<String> importStack, String pos, String err, boolean isImportCycle,
                           boolean printStack) {

    public PackageError {
        importStack = List.copyOf(importStack);
        pos = pos == null ? "" : pos;
    }

    /** An ordinary error: printed as {@code pos: err} when it has a position. */
    public PackageError(List<String> importStack, String pos, String err) {
        this(importStack, pos, err, false, false);
    }

    @Override
    public String toString() {
        if (!pos.isEmpty() && (importStack.isEmpty() || !printStack)) return pos + ": " + err;
        if (importStack.isEmpty()) return err;
        String at = pos.isEmpty() ? "" : "\n\t" + pos;
        return "package " + String.join("\n\timports ", importStack) + at + ": " + err;
    }
}
