package gojc.loader;

import java.nio.file.Path;
import java.util.Map;

/**
 * The module cache ({@code $GOMODCACHE}, default {@code $GOPATH/pkg/mod}, GOPATH default
 * {@code ~/go}). Directories are named {@code escaped-path@escaped-version}, where escaping writes
 * each capital letter as '!' and its lower case, so that case-insensitive file systems work.
 */
public record ModuleCache(Path root) {

    public static ModuleCache fromEnv(Map<String, String> env) {
        String mc = env.get("GOMODCACHE");
        if (mc != null && !mc.isEmpty()) return new ModuleCache(Path.of(mc));
        String gopath = env.get("GOPATH");
        String first;
        if (gopath != null && !gopath.isEmpty()) {
            first = gopath.split(java.io.File.pathSeparator)[0];
        } else {
            String home = env.getOrDefault("HOME", System.getProperty("user.home"));
            first = Path.of(home, "go").toString();
        }
        return new ModuleCache(Path.of(first, "pkg", "mod"));
    }

    /** The directory holding a module version's files. */
    public Path dir(String modulePath, String version) {
        return root.resolve(escape(modulePath) + "@" + escape(version));
    }

    /** The cached go.mod of a module version (present even when the zip was not extracted). */
    public Path goModFile(String modulePath, String version) {
        return root.resolve("cache").resolve("download").resolve(escape(modulePath)).resolve("@v")
                .resolve(escape(version) + ".mod");
    }

    /** Escapes capital letters; rejects '!' which escaping reserves. */
    public static String escape(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '!' || c >= 0x80) {
                throw new IllegalArgumentException("invalid char '" + c + "' in " + s);
            }
            if (c >= 'A' && c <= 'Z') {
                if (b == null) b = new StringBuilder(s.substring(0, i));
                b.append('!').append((char) (c + ('a' - 'A')));
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    /** Inverse of {@link #escape}; null if the text is not a valid escaping. */
    public static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') return null; // capitals never appear escaped text
            if (c == '!') {
                if (i + 1 >= s.length()) return null;
                char d = s.charAt(++i);
                if (d < 'a' || d > 'z') return null;
                b.append((char) (d - ('a' - 'A')));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
