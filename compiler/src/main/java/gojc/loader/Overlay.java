package gojc.loader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Replacement files for std packages, applied when a package's directory is read (so imports
 * and build constraints of overlay files count, as with the go command's {@code -overlay}).
 * gojc's own overlays live in the repository's {@code overlay/<importpath>/} folders.
 */
public interface Overlay {
    /** The overlay of a std package, or null when it has none. */
    Dir forPackage(String importPath);

    /**
     * One package's overlay: {@code files} replace the std files of the same name or add new
     * ones; {@code drop} names std files left out; {@code replaceAll} leaves out every std file;
     * {@code dropFuncs} names top-level functions and methods ({@code F}, {@code T.M}) left out
     * of the std files that are kept, so that an overlay file can replace just those;
     * {@code genericArch} selects the package's files as for an architecture without assembly
     * (its portable Go code instead of the amd64 assembly and the declarations that use it);
     * {@code notCompiled}, when not null, says why gojc does not compile the package at all.
     */
    record Dir(boolean replaceAll, Set<String> drop, Map<String, Path> files, Set<String> dropFuncs,
               boolean genericArch, String notCompiled) {
        /** The directory's file names after the overlay, sorted. */
        public List<String> apply(List<String> names) {
            TreeSet<String> out = new TreeSet<>();
            if (!replaceAll) {
                for (String n : names) {
                    if (!drop.contains(n)) out.add(n);
                }
            }
            out.addAll(files.keySet());
            return new ArrayList<>(out);
        }
    }
}
