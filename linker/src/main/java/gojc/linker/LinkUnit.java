package gojc.linker;

import java.util.List;
import java.util.SortedMap;

/**
 * One compiled Go package as the linker sees it, like an object file for cmd/link.
 *
 * @param importPath the package's import path ("main" for the main package)
 * @param imports    import paths it depends on directly
 * @param classes    its classes, by JVM internal name
 * @param initOwner  internal name of the class whose static {@code $init()V} runs the package's
 *                   init task (variables, then init funcs), or null when it has no init work
 */
public record LinkUnit(String importPath, List<String> imports, SortedMap<String, byte[]> classes, String initOwner) {

    /** Name of the static method that runs a package's init task. */
    public static final String INIT_METHOD = "$init";
}
