package gojc.build;

import gojc.syntax.Source;
import gojc.types.ExportReader;
import gojc.types.ExportWriter;
import gojc.types.Importer;
import gojc.types.Package;

import java.nio.file.Path;
import java.util.function.Function;

/**
 * The builder's use of export data: a std package found in the cache is imported from its export
 * data instead of being parsed and type-checked. Export data is an optimization only: when it
 * cannot be written or read, or when importers need the package's syntax (generic bodies, see
 * {@link ExportWriter#hasGenericBodies}), the package is checked from source as before.
 */
final class ExportData {
    private ExportData() {}

    /** The export data of a checked package, or null when it has none. */
    static byte[] write(Package p) {
        try {
            return ExportWriter.write(p);
        } catch (RuntimeException e) {
            return null; // e.g. ExportWriter.Unexportable: importers check it from source
        }
    }

    /** The package read from export data, or null when it must be checked from source. */
    static Package read(byte[] data, Importer deps, Function<Path, Source> sources) {
        try {
            ExportReader.Result r = ExportReader.read(data, deps, sources);
            return r.hasGenericBodies() ? null : r.pkg();
        } catch (ExportReader.BadExportData e) {
            return null;
        }
    }
}
