package gojc.build;

import gojc.loader.GoRoot;

import java.nio.file.Path;

/** What this invocation of gojc works with: the GOROOT whose std it compiles, and the cache folder. */
public record Toolchain(GoRoot goroot, Path cacheDir) {
    /** The language version when no GOROOT says otherwise. */
    public static final String DEFAULT_GO_VERSION = "1.19";

    public static Toolchain current() {
        return new Toolchain(GoRoot.find(System.getenv()).orElse(null), defaultCacheDir());
    }

    public String goVersion() {
        return goroot == null || goroot.minor() == 0 ? DEFAULT_GO_VERSION : goroot.goVersion();
    }

    /** {@code $GOJCCACHE}, else {@code $XDG_CACHE_HOME/gojc}, else {@code ~/.cache/gojc}, as GOCACHE is chosen. */
    public static Path defaultCacheDir() {
        String c = System.getenv("GOJCCACHE");
        if (c != null && !c.isEmpty()) return Path.of(c);
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isEmpty()) return Path.of(xdg, "gojc");
        return Path.of(System.getProperty("user.home"), ".cache", "gojc");
    }
}
