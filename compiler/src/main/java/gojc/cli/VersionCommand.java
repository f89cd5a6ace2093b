package gojc.cli;

import gojc.build.Toolchain;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "version", description = "Print gojc's version and the Go version it speaks.")
final class VersionCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.out.println("gojc version " + Version.GOJC + " (go language go" + Toolchain.current().goVersion()
                + ") linux/amd64 on java " + System.getProperty("java.version"));
        return 0;
    }
}
