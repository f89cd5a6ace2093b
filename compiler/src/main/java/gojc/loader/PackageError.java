package gojc.loader;

import java.util.List;

/**
 * An error loading one package, laid out as the go command prints it: {@code pos: err}, or for
 * import cycles the whole import stack ({@code package a\n\timports b\n\timports a: ...}).
 */
public record PackageError(List<String> importStack, String pos, String err, boolean isImportCycle) {

    public PackageError {
        importStack = List.copyOf(importStack);
        pos = pos == null ? "" : pos;
    }

    @Override
    public String toString() {
        if (!pos.isEmpty() && (importStack.isEmpty() || !isImportCycle)) return pos + ": " + err;
        if (importStack.isEmpty()) return err;
        String at = pos.isEmpty() ? "" : "\n\t" + pos;
        return "package " + String.join("\n\timports ", importStack) + at + ": " + err;
    }
}
