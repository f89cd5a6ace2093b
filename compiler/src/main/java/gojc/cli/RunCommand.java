package gojc.cli;

import gojc.build.BuildResult;
import gojc.build.Builder;
import gojc.build.Toolchain;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Command;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Builds and runs a program. Unlike {@code go run}, the program's exit code and streams pass
 * through unchanged: the program runs in this JVM, in a class loader of its own, and ends it.
 */
@Command(name = "run", description = "Compile and run a Go program: gojc run [build flags] <files.go | package> [arguments]")
final class RunCommand implements Callable<Integer> {
    @Mixin
    BuildFlags flags = new BuildFlags();

    @Parameters(paramLabel = "files.go | package [arguments]", arity = "1..*")
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() {
        // As the go command: leading .go files are the program; otherwise the first word is a package.
        int n = 0;
        while (n < args.size() && args.get(n).endsWith(".go")) n++;
        if (n == 0) n = 1;
        List<String> what = args.subList(0, n);
        String[] progArgs = args.subList(n, args.size()).toArray(new String[0]);
        BuildResult r = new Builder(Toolchain.current(), System.err).build(what, flags.options());
        if (r.exitCode() != 0) {
            return r.exitCode();
        }
        return r.runInProcess(progArgs, System.err);
    }
}
