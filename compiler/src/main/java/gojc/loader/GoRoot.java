package gojc.loader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The Go installation whose std sources gojc compiles, and its Go 1.N release. */
public record GoRoot(Path dir, int minor) {

    public Path src() {
        return dir.resolve("src");
    }

    /** The language version of std: "1.N". */
    public String goVersion() {
        return "1." + minor;
    }

    /**
     * $GOROOT, else {@code go env GOROOT} if go is on PATH, else the newest /usr/lib/go*;
     * empty if none exists.
     */
    public static Optional<GoRoot> find(Map<String, String> env) {
        String g = env.get("GOROOT");
        if (g != null && !g.isEmpty()) return Optional.of(at(Path.of(g)));
        Optional<Path> fromGo = goEnvGoroot(env);
        if (fromGo.isPresent()) return Optional.of(at(fromGo.get()));
        try (Stream<Path> s = Files.list(Path.of("/usr/lib"))) {
            return s.filter(p -> p.getFileName().toString().startsWith("go")
                            && Files.isDirectory(p.resolve("src")))
                    .max(Comparator.comparingInt(GoRoot::minorOf))
                    .map(GoRoot::at);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public static GoRoot at(Path dir) {
        return new GoRoot(dir.toAbsolutePath().normalize(), minorOf(dir));
    }

    private static final Pattern VERSION = Pattern.compile("go1\\.(\\d+)");
    private static final Pattern GOVERSION_CONST = Pattern.compile("const Version = (\\d+)");

    /** The N of go1.N from the VERSION file, else from internal/goversion; 0 if unknown. */
    static int minorOf(Path dir) {
        try {
            Path v = dir.resolve("VERSION");
            if (Files.isRegularFile(v)) {
                Matcher m = VERSION.matcher(Files.readString(v));
                if (m.lookingAt()) return Integer.parseInt(m.group(1));
            }
            Path gv = dir.resolve("src/internal/goversion/goversion.go");
            if (Files.isRegularFile(gv)) {
                Matcher m = GOVERSION_CONST.matcher(Files.readString(gv));
                if (m.find()) return Integer.parseInt(m.group(1));
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        Matcher m = Pattern.compile("go-?1\\.(\\d+)").matcher(dir.getFileName().toString());
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static Optional<Path> goEnvGoroot(Map<String, String> env) {
        String path = env.getOrDefault("PATH", "");
        for (String d : path.split(java.io.File.pathSeparator)) {
            if (d.isEmpty()) continue;
            Path go = Path.of(d, "go");
            if (!Files.isExecutable(go)) continue;
            try {
                Process p = new ProcessBuilder(go.toString(), "env", "GOROOT").redirectErrorStream(false).start();
                String out = new String(p.getInputStream().readAllBytes()).strip();
                if (p.waitFor() == 0 && !out.isEmpty()) return Optional.of(Path.of(out));
            } catch (IOException e) {
                return Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
            return Optional.empty();
        }
        return Optional.empty();
    }
}
