package gojc.loader;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The build identity: which files of a package are compiled. Semantics of go/build's Context:
 * file-name suffixes ({@code _GOOS}, {@code _GOARCH}, {@code _GOOS_GOARCH}) and build constraints.
 */
public record BuildContext(String goos, String goarch, String compiler, Set<String> buildTags,
                           Set<String> toolTags, List<String> releaseTags, boolean cgoEnabled) {

    public BuildContext {
        buildTags = Set.copyOf(buildTags);
        toolTags = Set.copyOf(toolTags);
        releaseTags = List.copyOf(releaseTags);
    }

    /**
     * gojc's own identity: linux/amd64, "gc", no cgo, tags gojc, purego and math_big_pure_go
     * (std's portable Go code where the alternative is amd64 assembly).
     */
    public static BuildContext gojc(int goMinor, Map<String, String> env) {
        return new BuildContext(env.getOrDefault("GOOS", "linux"), env.getOrDefault("GOARCH", "amd64"),
                "gc", Set.of("gojc", "purego", "math_big_pure_go"), Set.of(), releaseTags(goMinor), false);
    }

    /**
     * This identity on an architecture without assembly: no GOARCH tag or {@code _GOARCH} file
     * suffix matches, so a package's portable Go files are chosen (std's overlay directive
     * {@code generic-arch}). Sizes and runtime.GOARCH are not affected: they are not build tags.
     */
    public BuildContext withoutArch() {
        return new BuildContext(goos, "", compiler, buildTags, toolTags, releaseTags, cgoEnabled);
    }

    /**
     * The go command's default context with CGO_ENABLED=0, for comparing with {@code go list}:
     * no extra tags, but the tool tags of the default GOEXPERIMENTs of Go 1.19 on amd64/arm64.
     */
    public static BuildContext goCommand(int goMinor, Map<String, String> env) {
        String goarch = env.getOrDefault("GOARCH", "amd64");
        Set<String> tool = goarch.equals("amd64") || goarch.equals("arm64") || goarch.startsWith("ppc64")
                || goarch.equals("riscv64")
                ? Set.of("goexperiment.regabiwrappers", "goexperiment.regabiargs") : Set.of();
        return new BuildContext(env.getOrDefault("GOOS", "linux"), goarch, "gc", Set.of(), tool,
                releaseTags(goMinor), false);
    }

    /** go1.1 ... go1.N: a release tag for every Go 1 release up to the GOROOT's. */
    static List<String> releaseTags(int goMinor) {
        List<String> tags = new ArrayList<>();
        for (int i = 1; i <= goMinor; i++) tags.add("go1." + i);
        return tags;
    }

    /** Whether a single tag is satisfied. */
    public boolean matchTag(String name) {
        if (cgoEnabled && name.equals("cgo")) return true;
        if (name.equals(goos) || name.equals(goarch) || name.equals(compiler)) return true;
        if (goos.equals("android") && name.equals("linux")) return true;
        if (goos.equals("illumos") && name.equals("solaris")) return true;
        if (goos.equals("ios") && name.equals("darwin")) return true;
        if (name.equals("unix") && SysList.UNIX_OS.contains(goos)) return true;
        if (name.equals("boringcrypto")) name = "goexperiment.boringcrypto";
        return buildTags.contains(name) || toolTags.contains(name) || releaseTags.contains(name);
    }

    public boolean match(Constraint c) {
        return c.eval(this::matchTag);
    }

    /**
     * Whether a file name's {@code _GOOS}/{@code _GOARCH} suffixes (before the first dot, after
     * the first underscore, ignoring a final {@code _test}) fit this identity. "linux.go" has no
     * suffix: only what follows the first underscore counts.
     */
    public boolean goodOSArchFile(String name) {
        int dot = name.indexOf('.');
        if (dot >= 0) name = name.substring(0, dot);
        int u = name.indexOf('_');
        if (u < 0) return true;
        String[] l = name.substring(u).split("_", -1);
        int n = l.length;
        if (n > 0 && l[n - 1].equals("test")) n--;
        if (n >= 2 && SysList.KNOWN_OS.contains(l[n - 2]) && SysList.KNOWN_ARCH.contains(l[n - 1])) {
            return matchTag(l[n - 1]) && matchTag(l[n - 2]);
        }
        if (n >= 1 && (SysList.KNOWN_OS.contains(l[n - 1]) || SysList.KNOWN_ARCH.contains(l[n - 1]))) {
            return matchTag(l[n - 1]);
        }
        return true;
    }

    /** A file whose build constraints cannot be read: the message is go/build's. */
    public static final class BadConstraint extends Exception {
        public BadConstraint(String message) {
            super(message);
        }
    }

    /**
     * Whether the constraints in a file's header allow it. A {@code //go:build} line decides alone;
     * otherwise every {@code // +build} line in the leading run of comments and blank lines that
     * ends with a blank line must be satisfied.
     */
    public boolean shouldBuild(byte[] content) throws BadConstraint {
        HeaderLines h = HeaderLines.of(content);
        if (h.goBuild() != null) {
            try {
                return match(Constraint.parseExpr(Constraint.goBuildText(h.goBuild())));
            } catch (Constraint.SyntaxError e) {
                throw new BadConstraint("parsing //go:build line: " + e.getMessage());
            }
        }
        boolean ok = true;
        for (String line : h.plusBuildRegion().split("\n")) {
            line = line.strip();
            if (!line.startsWith("//") || !line.contains("+build")) continue;
            String text = Constraint.plusBuildText(line);
            if (text != null && !match(Constraint.parsePlusBuild(text))) ok = false;
        }
        return ok;
    }

    /**
     * The part of a header where constraints are read: the {@code //go:build} line (if any) and
     * the leading text up to the last blank line before the first non-comment line.
     */
    record HeaderLines(String goBuild, String plusBuildRegion) {
        static HeaderLines of(byte[] content) throws BadConstraint {
            String text = new String(content, StandardCharsets.UTF_8);
            int end = 0;
            boolean ended = false;      // saw a line that is neither blank nor a // comment
            boolean inSlashStar = false;
            String goBuild = null;
            int p = 0;
            lines:
            while (p < text.length()) {
                int nl = text.indexOf('\n', p);
                int next = nl < 0 ? text.length() : nl + 1;
                String line = text.substring(p, nl < 0 ? text.length() : nl).strip();
                p = next;
                if (line.isEmpty() && !ended) {
                    end = p;
                    continue;
                }
                if (!line.startsWith("//")) ended = true;
                if (!inSlashStar && isGoBuildLine(line)) {
                    if (goBuild != null) throw new BadConstraint("multiple //go:build comments");
                    goBuild = line;
                }
                while (!line.isEmpty()) {
                    if (inSlashStar) {
                        int i = line.indexOf("*/");
                        if (i < 0) continue lines;
                        inSlashStar = false;
                        line = line.substring(i + 2).strip();
                        continue;
                    }
                    if (line.startsWith("//")) continue lines;
                    if (line.startsWith("/*")) {
                        inSlashStar = true;
                        line = line.substring(2).strip();
                        continue;
                    }
                    break lines; // code: no more constraints after this
                }
            }
            return new HeaderLines(goBuild, text.substring(0, Math.min(end, text.length())));
        }

        private static boolean isGoBuildLine(String line) {
            if (!line.startsWith("//go:build")) return false;
            String rest = line.substring("//go:build".length());
            return rest.isEmpty() || rest.strip().length() < rest.length();
        }
    }
}
