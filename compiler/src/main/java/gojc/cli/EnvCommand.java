package gojc.cli;

import gojc.build.Toolchain;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "env", description = "Print the GOROOT, the GOOS/GOARCH identity, the cache folder and the Java version.")
final class EnvCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        Toolchain t = Toolchain.current();
        System.out.println("GOROOT=\"" + (t.goroot() == null ? "" : t.goroot().dir()) + "\""
                + (t.goroot() == null ? "  # none found: set GOROOT or apt-get install golang-1.19-src" : ""));
        System.out.println("GOVERSION=\"go" + t.goVersion() + "\"");
        System.out.println("GOOS=\"linux\"");
        System.out.println("GOARCH=\"amd64\"");
        System.out.println("CGO_ENABLED=\"0\"");
        System.out.println("GOJCCACHE=\"" + t.cacheDir() + "\"");
        System.out.println("JAVA_VERSION=\"" + System.getProperty("java.version") + "\"");
        System.out.println("JAVA_HOME=\"" + System.getProperty("java.home") + "\"");
        return 0;
    }
}
