package gojc.loader;

import java.nio.file.Path;

/**
 * A module a package belongs to. {@code version} is empty for the main module and for local
 * replacements; {@code replace} is the replacement actually used, or null.
 */
public record Module(String path, String version, Path dir, Path goMod, String goVersion, boolean main,
                     GoMod.ModuleVersion replace) {
}
