package gojc.cli;

import gojc.build.BuildOptions;
import picocli.CommandLine.Option;

import java.util.List;

/** The flags {@code build} and {@code run} share, named as the go command names them. */
final class BuildFlags {
    @Option(names = "-gcflags", paramLabel = "flags", description = "Compiler flags; -e reports all errors.")
    String gcflags = "";

    @Option(names = "-buildmode", paramLabel = "mode", description = "exe (default), c-archive or c-shared (a library jar).")
    String buildMode = "exe";

    @Option(names = "-exportclass", paramLabel = "name",
            description = "With -buildmode=c-archive/c-shared: the Java class of the exported functions (default go.Exports).")
    String exportClass = BuildOptions.DEFAULT_EXPORT_CLASS;

    @Option(names = "-v", description = "Print the names of packages as they are compiled.")
    boolean verbose;

    BuildOptions options() {
        List<String> gc = List.of(gcflags.trim().split("\\s+"));
        return new BuildOptions(gc.contains("-e"), buildMode, verbose, exportClass);
    }
}
