package gojc.loader;

import java.util.List;

/**
 * What the loader needs from a Go file without parsing it: the package name, the imports in source
 * order, and the bytes up to the end of the import section (where build constraints live).
 * {@code error} is a parse error ("line:col: text") or null; the fields before it are still valid.
 * {@code scanned} is how many bytes the scanner looked at: when that is all of a truncated read,
 * the file must be scanned again in full.
 */
public record FileHeader(String packageName, List<ImportSpec> imports, byte[] header, String error, int scanned) {

    public boolean importsC() {
        for (ImportSpec s : imports) {
            if (s.path().equals("C")) return true;
        }
        return false;
    }
}
