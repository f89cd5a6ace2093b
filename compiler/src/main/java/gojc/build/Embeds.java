package gojc.build;

import gojc.diag.Diagnostics;
import gojc.syntax.Decl;
import gojc.syntax.Directive;
import gojc.syntax.Expr;
import gojc.syntax.File;
import gojc.syntax.Pos;
import gojc.syntax.Token;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * //go:embed: each directive gives the package variable declared after it an initializer
 * built from the files its patterns name, before type checking, so the variable is set in
 * the package's variable initialization (other initializers may use it) as gc's static data
 * is. A string is a string literal, a []byte a conversion of one, an embed.FS a call of
 * {@code embed.GojcFS(name, data, ...)} (overlay/embed), which builds the FS's sorted file
 * table with the parent directories, as gc's compiler writes it.
 */
final class Embeds {

    /**
     * files with their //go:embed variables initialized. Misuse goes to diags as gc reports it;
     * a pattern matching no file goes to loadErrors as the go command reports it when loading
     * the package (a "file:line:col: pattern ..." line, exit status 1).
     */
    static List<File> apply(List<File> files, Path dir, Diagnostics diags, List<String> loadErrors) {
        List<File> out = new ArrayList<>();
        for (File f : files) {
            List<Directive> embeds = f.directives().stream().filter(d -> d.name().equals("go:embed")).toList();
            out.add(embeds.isEmpty() ? f : new Embeds(dir, diags, loadErrors).apply(f, embeds));
        }
        return out;
    }

    private final Path dir;
    private final Diagnostics diags;
    private final List<String> loadErrors;

    private Embeds(Path dir, Diagnostics diags, List<String> loadErrors) {
        this.dir = dir;
        this.diags = diags;
        this.loadErrors = loadErrors;
    }

    /** gc reports a directive's misuse at its "go:" (the comment's column + 2). */
    private static Pos at(Directive d) {
        return new Pos(d.pos().source(), d.pos().line(), d.pos().col() + 2);
    }

    private File apply(File f, List<Directive> embeds) {
        String embedName = importName(f);
        if (embedName == null) {
            diags.error(at(embeds.get(0)), "go:embed only allowed in Go files that import \"embed\"");
            return f;
        }
        List<Directive> left = new ArrayList<>(embeds);
        List<Decl> decls = new ArrayList<>();
        int prevLine = 0;
        for (Decl d : f.decls()) {
            if (d instanceof Decl.Gen g && g.tok() == Token.VAR) {
                List<Decl.Spec> specs = new ArrayList<>();
                for (Decl.Spec s : g.specs()) {
                    Decl.ValueSpec vs = (Decl.ValueSpec) s;
                    List<Directive> mine = new ArrayList<>();
                    for (Directive e : left) {
                        if (e.pos().line() > prevLine && e.pos().line() < vs.pos().line()) mine.add(e);
                    }
                    left.removeAll(mine);
                    prevLine = vs.pos().line();
                    specs.add(mine.isEmpty() ? vs : initialize(vs, mine, embedName));
                }
                decls.add(new Decl.Gen(g.pos(), g.tok(), specs, g.grouped(), g.doc()));
            } else {
                decls.add(d);
                prevLine = d.pos().line();
            }
        }
        for (Directive e : left) diags.error(at(e), "misplaced compiler directive");
        return new File(f.source(), f.pos(), f.pkgName(), f.imports(), decls, f.directives(), f.doc());
    }

    /** The name file f imports "embed" as ("_" counts), or null. */
    private static String importName(File f) {
        for (Decl.ImportSpec s : f.imports()) {
            if (s.path().value().equals("\"embed\"") || s.path().value().equals("`embed`")) {
                return s.name() == null ? "embed" : s.name().name();
            }
        }
        return null;
    }

    private enum Kind { STRING, BYTES, FS }

    private Decl.ValueSpec initialize(Decl.ValueSpec vs, List<Directive> ds, String embedName) {
        Pos pos = at(ds.get(0));
        if (vs.names().size() != 1) {
            diags.error(pos, "go:embed cannot apply to multiple vars");
            return vs;
        }
        if (!vs.values().isEmpty()) {
            diags.error(pos, "go:embed cannot apply to var with initializer");
            return vs;
        }
        if (vs.type() == null) {
            diags.error(pos, "go:embed cannot apply to var without type");
            return vs;
        }
        Kind kind = kind(vs.type(), embedName);
        if (kind == null) {
            diags.error(pos, "go:embed cannot apply to var of type " + gojc.types.ExprString.of(vs.type()));
            return vs;
        }
        TreeMap<String, Path> found = new TreeMap<>();
        for (Directive d : ds) {
            List<Pattern1> patterns = patterns(d.args());
            if (patterns == null || patterns.isEmpty()) {
                diags.error(at(d), patterns == null ? "invalid quoted string in //go:embed" : "usage: //go:embed pattern...");
                return vs;
            }
            for (Pattern1 p : patterns) {
                String err = resolve(dir, p.text(), found);
                if (err != null) {
                    // the pattern's column, assuming one space after //go:embed as gofmt writes it
                    String file = d.pos().source().toString();
                    if (file.startsWith("./")) file = file.substring(2);
                    int col = d.pos().col() + "//go:embed ".length() + p.offset();
                    loadErrors.add(file + ":" + d.pos().line() + ":" + col + ": pattern " + p.text() + ": " + err);
                    return vs;
                }
            }
        }
        Pos at = vs.pos();
        Expr init;
        try {
            if (kind == Kind.FS) {
                List<Expr> args = new ArrayList<>();
                for (var e : found.entrySet()) {
                    args.add(literal(at, e.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                    args.add(literal(at, Files.readAllBytes(e.getValue())));
                }
                Expr fun = new Expr.Selector(at, new Expr.Ident(at, embedName), new Expr.Ident(at, "GojcFS"));
                init = new Expr.Call(at, fun, args, false, at);
            } else {
                if (found.size() != 1) {
                    diags.error(vs.names().get(0).pos(), "invalid go:embed: multiple files for type " + (kind == Kind.STRING ? "string" : "[]byte"));
                    return vs;
                }
                Expr lit = literal(at, Files.readAllBytes(found.firstEntry().getValue()));
                init = kind == Kind.STRING ? lit
                        : new Expr.Call(at, new Expr.ArrayType(at, null, new Expr.Ident(at, "byte")), List.of(lit), false, at);
            }
        } catch (IOException e) {
            diags.error(pos, "go:embed: " + e.getMessage());
            return vs;
        }
        return new Decl.ValueSpec(vs.pos(), vs.names(), vs.type(), List.of(init), vs.iota());
    }

    private static Kind kind(Expr t, String embedName) {
        if (t instanceof Expr.Ident i && i.name().equals("string")) return Kind.STRING;
        if (t instanceof Expr.ArrayType a && a.len() == null && a.elem() instanceof Expr.Ident e
                && (e.name().equals("byte") || e.name().equals("uint8"))) return Kind.BYTES;
        if (t instanceof Expr.Selector s && s.x() instanceof Expr.Ident x && x.name().equals(embedName)
                && s.sel().name().equals("FS")) return Kind.FS;
        return null;
    }

    /** An interpreted string literal of the bytes b, ASCII only, so the source encoding cannot matter. */
    private static Expr literal(Pos pos, byte[] b) {
        StringBuilder sb = new StringBuilder(b.length + 2).append('"');
        for (byte x : b) {
            int c = x & 0xFF;
            if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') sb.append((char) c);
            else sb.append(String.format("\\x%02x", c));
        }
        return new Expr.BasicLit(pos, Expr.LitKind.STRING, sb.append('"').toString());
    }

    /** A pattern and its offset in the directive's arguments. */
    record Pattern1(String text, int offset) {}

    /** The directive's patterns: space-separated, each optionally a Go "quoted" or `raw` string; null if malformed. */
    static List<Pattern1> patterns(String args) {
        List<Pattern1> out = new ArrayList<>();
        int i = 0;
        while (i < args.length()) {
            char c = args.charAt(i);
            if (c == ' ' || c == '\t') {
                i++;
            } else if (c == '`') {
                int j = args.indexOf('`', i + 1);
                if (j < 0) return null;
                out.add(new Pattern1(args.substring(i + 1, j), i));
                i = j + 1;
            } else if (c == '"') {
                int j = i + 1;
                StringBuilder sb = new StringBuilder();
                while (j < args.length() && args.charAt(j) != '"') {
                    if (args.charAt(j) == '\\' && j + 1 < args.length()) j++;
                    sb.append(args.charAt(j++));
                }
                if (j >= args.length()) return null;
                out.add(new Pattern1(sb.toString(), i));
                i = j + 1;
            } else {
                int j = i;
                while (j < args.length() && args.charAt(j) != ' ' && args.charAt(j) != '\t') j++;
                out.add(new Pattern1(args.substring(i, j), i));
                i = j;
            }
        }
        return out;
    }

    /** Adds the files pattern p names (relative to dir) to found; an error text, or null. */
    private static String resolve(Path dir, String p, TreeMap<String, Path> found) {
        boolean all = p.startsWith("all:");
        String glob = all ? p.substring(4) : p;
        if (glob.isEmpty() || glob.startsWith("/") || glob.endsWith("/") || glob.contains("\\")
                || Stream.of(glob.split("/")).anyMatch(s -> s.isEmpty() || s.equals(".") || s.equals(".."))) {
            return "invalid pattern syntax";
        }
        List<String> matches = new ArrayList<>();
        match(dir, "", glob.split("/"), 0, matches);
        if (matches.isEmpty()) return "no matching files found";
        for (String m : matches) {
            Path file = dir.resolve(m);
            if (Files.isDirectory(file)) {
                int before = found.size();
                walk(dir, m, all, found);
                if (found.size() == before) return "cannot embed directory " + m + ": contains no embeddable files";
            } else if (Files.isRegularFile(file)) {
                found.put(m, file);
            } else {
                return "cannot embed irregular file " + m;
            }
        }
        return null;
    }

    private static void match(Path dir, String prefix, String[] parts, int i, List<String> out) {
        if (i == parts.length) {
            out.add(prefix);
            return;
        }
        Path here = prefix.isEmpty() ? dir : dir.resolve(prefix);
        String part = parts[i];
        if (!part.matches(".*[*?\\[\\\\].*")) {
            if (Files.exists(here.resolve(part))) match(dir, join(prefix, part), parts, i + 1, out);
            return;
        }
        Pattern re = Pattern.compile(globRegex(part));
        try (Stream<Path> s = Files.list(here)) {
            for (String name : s.map(x -> x.getFileName().toString()).sorted().toList()) {
                if (re.matcher(name).matches()) match(dir, join(prefix, name), parts, i + 1, out);
            }
        } catch (IOException e) {
            // an unreadable directory matches nothing
        }
    }

    /** Adds the files under directory rel, leaving out names starting with . or _ unless all. */
    private static void walk(Path dir, String rel, boolean all, TreeMap<String, Path> found) {
        try (Stream<Path> s = Files.list(dir.resolve(rel))) {
            for (Path x : s.sorted().toList()) {
                String name = x.getFileName().toString();
                if (!all && (name.startsWith(".") || name.startsWith("_"))) continue;
                if (Files.isDirectory(x)) {
                    if (!Files.exists(x.resolve("go.mod"))) walk(dir, rel + "/" + name, all, found); // another module's
                } else if (Files.isRegularFile(x)) {
                    found.put(rel + "/" + name, x);
                }
            }
        } catch (IOException e) {
            // an unreadable directory embeds nothing
        }
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : a + "/" + b;
    }

    /** path.Match's syntax as a Java regex for one path element. */
    private static String globRegex(String g) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < g.length(); i++) {
            char c = g.charAt(i);
            if (c == '*') {
                sb.append("[^/]*");
            } else if (c == '?') {
                sb.append("[^/]");
            } else if (c == '\\' && i + 1 < g.length()) {
                sb.append(Pattern.quote(String.valueOf(g.charAt(++i))));
            } else if (c == '[') {
                int j = g.indexOf(']', i + 1);
                if (j < 0) return Pattern.quote(g); // malformed: matches itself only
                String cls = g.substring(i + 1, j);
                sb.append('[').append(cls.startsWith("^") ? "^" + cls.substring(1).replace("[", "\\[") : cls.replace("[", "\\[")).append(']');
                i = j;
            } else {
                sb.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return sb.toString();
    }
}
