package gojc.loader;

import gojc.loader.GoMod.ModuleVersion;
import gojc.loader.GoMod.Replace;
import gojc.loader.GoMod.Require;
import gojc.loader.GoMod.Retract;

import java.util.ArrayList;
import java.util.List;

/** Line-oriented go.mod parser: each line is a verb and its arguments, or a line in a verb's block. */
final class GoModParser {
    private final String fileName;
    private final String text;
    private final boolean strict;
    private final List<String> errors = new ArrayList<>();

    private String module;
    private String go;
    private final List<Require> requires = new ArrayList<>();
    private final List<Replace> replaces = new ArrayList<>();
    private final List<ModuleVersion> excludes = new ArrayList<>();
    private final List<Retract> retracts = new ArrayList<>();

    GoModParser(String fileName, String text, boolean strict) {
        this.fileName = fileName;
        this.text = text;
        this.strict = strict;
    }

    /** A source line split into tokens, with its trailing comment (for "// indirect"). */
    private record Line(int number, List<String> tokens, String comment) {
    }

    GoMod parse() throws GoMod.ParseError {
        String[] lines = text.split("\n", -1);
        String block = null;   // the verb of the open block
        int blockLine = 0;
        String blockComment = "";
        for (int i = 0; i < lines.length; i++) {
            Line line = tokenize(i + 1, lines[i]);
            if (line == null) continue; // a scanner error was recorded
            List<String> t = line.tokens();
            if (block != null) {
                if (t.size() == 1 && t.get(0).equals(")")) {
                    block = null;
                    continue;
                }
                if (t.isEmpty()) continue;
                directive(line.number(), block, t, line.comment(), blockComment);
                continue;
            }
            if (t.isEmpty()) continue;
            if (t.size() == 2 && t.get(1).equals("(")) {
                block = t.get(0);
                blockLine = line.number();
                blockComment = line.comment();
                if (!List.of("module", "go", "require", "replace", "exclude", "retract").contains(block)) {
                    error(line.number(), "unknown block type: " + block + " (");
                }
                continue;
            }
            directive(line.number(), t.get(0), t.subList(1, t.size()), line.comment(), "");
        }
        if (block != null) error(blockLine, "unterminated block");
        if (!errors.isEmpty()) throw new GoMod.ParseError(errors);
        return new GoMod(fileName, module, go, List.copyOf(requires), List.copyOf(replaces),
                List.copyOf(excludes), List.copyOf(retracts));
    }

    private void directive(int n, String verb, List<String> args, String comment, String blockComment) {
        if (!strict && !List.of("go", "module", "retract", "require").contains(verb)) return;
        switch (verb) {
            case "go" -> {
                if (go != null) { error(n, "repeated go statement"); return; }
                if (args.size() != 1) { error(n, "go directive expects exactly one argument"); return; }
                String v = args.get(0);
                if (!GoMod.GO_VERSION.matcher(v).matches()) {
                    String fixed = strict ? null : GoMod.laxGoVersion(v);
                    if (fixed == null) {
                        error(n, "invalid go version '" + v + "': must match format 1.23");
                        return;
                    }
                    v = fixed;
                }
                go = v;
            }
            case "module" -> {
                if (module != null) { error(n, "repeated module statement"); return; }
                if (args.size() != 1) { error(n, "usage: module module/path"); module = ""; return; }
                module = args.get(0);
            }
            case "require", "exclude" -> {
                if (args.size() != 2) { error(n, "usage: " + verb + " module/path v1.2.3"); return; }
                String path = args.get(0);
                String v = args.get(1);
                String bad = versionError(path, v);
                if (bad != null) { error(n, verb + " " + path + ": " + bad); return; }
                ModuleVersion mv = new ModuleVersion(path, v);
                if (verb.equals("require")) {
                    requires.add(new Require(mv, isIndirect(comment)));
                } else {
                    excludes.add(mv);
                }
            }
            case "replace" -> replace(n, args);
            case "retract" -> retract(n, args, comment.isEmpty() ? blockComment : comment);
            default -> error(n, "unknown directive: " + verb);
        }
    }

    private void replace(int n, List<String> args) {
        int arrow = 2;
        if (args.size() >= 2 && args.get(1).equals("=>")) arrow = 1;
        if (args.size() < arrow + 2 || args.size() > arrow + 3 || !args.get(arrow).equals("=>")) {
            error(n, "usage: replace module/path [v1.2.3] => other/module v1.4\n\t or replace module/path [v1.2.3] => ../local/directory");
            return;
        }
        String oldPath = args.get(0);
        String oldVersion = arrow == 2 ? args.get(1) : "";
        if (!oldVersion.isEmpty()) {
            String bad = versionError(oldPath, oldVersion);
            if (bad != null) { error(n, "replace " + oldPath + ": " + bad); return; }
        }
        String newPath = args.get(arrow + 1);
        String newVersion = args.size() == arrow + 3 ? args.get(arrow + 2) : "";
        boolean isDir = newPath.startsWith("./") || newPath.startsWith("../") || newPath.startsWith("/")
                || newPath.equals(".") || newPath.equals("..");
        if (newVersion.isEmpty()) {
            if (!isDir) {
                error(n, "replacement module without version must be directory path (rooted or starting with ./ or ../)");
                return;
            }
        } else {
            if (isDir) {
                error(n, "replacement module directory path \"" + newPath + "\" cannot have version");
                return;
            }
            String bad = versionError(newPath, newVersion);
            if (bad != null) { error(n, "replace " + newPath + ": " + bad); return; }
        }
        replaces.add(new Replace(new ModuleVersion(oldPath, oldVersion), new ModuleVersion(newPath, newVersion)));
    }

    private void retract(int n, List<String> args, String rationale) {
        String low;
        String high;
        if (args.isEmpty()) { error(n, "expected '[' or version"); return; }
        if (args.get(0).equals("[")) {
            if (args.size() < 2) { error(n, "expected version after '['"); return; }
            low = args.get(1);
            if (args.size() < 3 || !args.get(2).equals(",")) { error(n, "expected ',' after version"); return; }
            if (args.size() < 4) { error(n, "expected version after ','"); return; }
            high = args.get(3);
            if (args.size() < 5 || !args.get(4).equals("]")) { error(n, "expected ']' after version"); return; }
            if (args.size() > 5) { error(n, "unexpected token after version: \"" + args.get(5) + "\""); return; }
        } else {
            low = high = args.get(0);
            if (args.size() > 1) { error(n, "unexpected token after version: \"" + args.get(1) + "\""); return; }
        }
        for (String v : new String[] {low, high}) {
            if (!GoMod.isCanonicalVersion(v)) {
                error(n, "retract: version \"" + v + "\" invalid: must be of the form v1.2.3");
                return;
            }
        }
        retracts.add(new Retract(low, high, rationale));
    }

    private static String versionError(String path, String v) {
        if (!GoMod.isCanonicalVersion(v)) {
            String pm = GoMod.pathMajor(path);
            String form = pm.isEmpty() ? "v1.2.3" : pm.substring(1) + ".2.3";
            return "version \"" + v + "\" invalid: must be of the form " + form;
        }
        return GoMod.checkPathMajor(v, GoMod.pathMajor(path));
    }

    private static boolean isIndirect(String comment) {
        String c = comment.strip();
        return c.equals("indirect") || c.startsWith("indirect;");
    }

    private void error(int line, String message) {
        errors.add(fileName + ":" + line + ": " + message);
    }

    /** Splits a line into words, quoted strings, "=>", "(", ")", "[", "]" and ","; null on error. */
    private Line tokenize(int n, String s) {
        List<String> tokens = new ArrayList<>();
        String comment = "";
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\r') {
                i++;
            } else if (s.startsWith("//", i)) {
                comment = s.substring(i + 2);
                break;
            } else if (c == '"' || c == '`') {
                int j = i + 1;
                while (j < s.length() && s.charAt(j) != c) {
                    if (c == '"' && s.charAt(j) == '\\') j++;
                    j++;
                }
                if (j >= s.length()) {
                    errors.add(fileName + ":" + n + ":" + (i + 1) + ": unexpected newline in string");
                    return null;
                }
                String q = s.substring(i, j + 1);
                String v = c == '`' ? q.substring(1, q.length() - 1) : HeaderScanner.unquote(q);
                if (v == null) {
                    error(n, "invalid quoted string: invalid syntax");
                    return null;
                }
                tokens.add(v);
                i = j + 1;
            } else if (s.startsWith("=>", i)) {
                tokens.add("=>");
                i += 2;
            } else if ("()[],".indexOf(c) >= 0) {
                tokens.add(String.valueOf(c));
                i++;
            } else {
                int j = i;
                while (j < s.length() && " \t\r\"`()[],".indexOf(s.charAt(j)) < 0
                        && !s.startsWith("//", j) && !s.startsWith("=>", j)) j++;
                tokens.add(s.substring(i, j));
                i = j;
            }
        }
        return new Line(n, tokens, comment);
    }
}
