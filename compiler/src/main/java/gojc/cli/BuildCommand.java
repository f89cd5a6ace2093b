package gojc.cli;

import gojc.build.BuildResult;
import gojc.build.Builder;
import gojc.build.Toolchain;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Command;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "build", description = "Compile packages or .go files into a jar.")
final class BuildCommand implements Callable<Integer> {
    @Option(names = "-o", paramLabel = "file", description = "Write the jar to this file.")
    Path output;

    @Mixin
    BuildFlags flags = new BuildFlags();

    @Parameters(paramLabel = "packages | files.go", description = "What to build (default: the package in the current folder).")
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() {
        List<String> what = args.isEmpty() ? List.of(".") : args;
        BuildResult r = new Builder(Toolchain.current(), System.err).build(what, flags.options());
        if (r.exitCode() != 0) {
            return r.exitCode();
        }
        if (r.jar() == null) return 0; // packages that are not a program: compiled, nothing written
        Path out = output != null ? output : Path.of(r.defaultName() + ".jar");
        return r.writeJar(out, System.err);
    }
}
