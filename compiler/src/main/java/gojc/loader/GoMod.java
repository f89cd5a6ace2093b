package gojc.loader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A parsed go.mod file. Both the single-line form ({@code require a v1}) and the block form
 * ({@code require ( ... )}) are accepted; errors carry the go command's texts
 * ({@code go.mod:3: usage: require module/path v1.2.3}).
 */
public record GoMod(String file, String module, String go, List<Require> requires, List<Replace> replaces,
                    List<ModuleVersion> excludes, List<Retract> retracts) {

    public record ModuleVersion(String path, String version) {
        @Override public String toString() { return version.isEmpty() ? path : path + "@" + version; }
    }

    public record Require(ModuleVersion mod, boolean indirect) {
    }

    /** {@code old} may have an empty version (all versions); {@code replacement} with an empty version is a directory. */
    public record Replace(ModuleVersion old, ModuleVersion replacement) {
        public boolean isLocal() { return replacement.version().isEmpty(); }
    }

    /** A retracted version or version interval [low, high]. */
    public record Retract(String low, String high, String rationale) {
    }

    /** One or more bad lines; the message holds one error per line. */
    public static final class ParseError extends Exception {
        public final List<String> errors;

        ParseError(List<String> errors) {
            super(String.join("\n", errors));
            this.errors = List.copyOf(errors);
        }
    }

    static final Pattern GO_VERSION = Pattern.compile("([1-9][0-9]*)\\.(0|[1-9][0-9]*)");
    private static final Pattern LAX_GO_VERSION = Pattern.compile("v?(([1-9][0-9]*)\\.(0|[1-9][0-9]*))([^0-9].*)");

    public static GoMod read(Path file, boolean strict) throws IOException, ParseError {
        return parse(file.toString(), Files.readString(file), strict);
    }

    /**
     * Parses go.mod text. {@code strict} is for the main module: a dependency's go.mod only
     * needs module, go, require and retract, and may use a sloppier go version ("1.17.1").
     */
    public static GoMod parse(String fileName, String text, boolean strict) throws ParseError {
        return new GoModParser(fileName, text, strict).parse();
    }

    /** A semantic version in canonical form: v1.2.3, v1.2.3-pre, v2.0.0+incompatible. */
    static boolean isCanonicalVersion(String v) {
        return CANONICAL.matcher(v).matches();
    }

    private static final Pattern CANONICAL = Pattern.compile(
            "v(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?(\\+incompatible)?");

    static String laxGoVersion(String v) {
        var m = LAX_GO_VERSION.matcher(v);
        return m.matches() ? m.group(1) : null;
    }

    static String major(String version) {
        int dot = version.indexOf('.');
        return dot < 0 ? version : version.substring(0, dot);
    }

    /** The "/vN" (N >= 2) or gopkg.in ".vN" suffix of a module path, or "". */
    static String pathMajor(String path) {
        if (path.startsWith("gopkg.in/")) {
            int dot = path.lastIndexOf(".v");
            return dot < 0 ? "" : path.substring(dot);
        }
        int slash = path.lastIndexOf('/');
        String last = path.substring(slash + 1);
        if (slash > 0 && last.matches("v[2-9][0-9]*|v[1-9][0-9]+")) return "/" + last;
        return "";
    }

    /** go module.CheckPathMajor: a version's major must agree with the path's suffix. */
    static String checkPathMajor(String version, String pathMajor) {
        String m = major(version);
        if (pathMajor.isEmpty()) {
            if (m.equals("v0") || m.equals("v1") || version.endsWith("+incompatible")) return null;
            return "version \"" + version + "\" invalid: should be v0 or v1, not " + m;
        }
        String want = pathMajor.substring(1);
        if (pathMajor.startsWith(".") && want.endsWith("-unstable")) want = want.substring(0, want.length() - 9);
        if (pathMajor.startsWith(".") && want.equals("v0") && !m.equals("v0")) {
            return "version \"" + version + "\" invalid: should be v0, not " + m;
        }
        if (m.equals(want) || pathMajor.startsWith(".") && want.equals("v1") && m.equals("v0")) return null;
        return "version \"" + version + "\" invalid: should be " + want + ", not " + m;
    }

}
