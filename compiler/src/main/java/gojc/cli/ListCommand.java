package gojc.cli;

import gojc.loader.LoadResult;
import gojc.loader.Loader;
import gojc.loader.Module;
import gojc.loader.Package;
import gojc.loader.PackageError;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/** {@code gojc list [-json] [-e] [-deps] [packages]}: like {@code go list}, for gojc's build identity. */
@Command(name = "list", description = "List packages as gojc would build them.")
public final class ListCommand implements Callable<Integer> {
    @Option(names = "-json", description = "Print package data as JSON, with go list's field names.")
    boolean json;

    @Option(names = "-e", description = "Report erroneous packages instead of failing.")
    boolean errorsOk;

    @Option(names = "-deps", description = "Also list all dependencies, dependencies first.")
    boolean deps;

    @Option(names = "-gocontext", hidden = true,
            description = "Use the go command's default identity (CGO_ENABLED=0) instead of gojc's.")
    boolean goContext;

    @Parameters(arity = "0..*", paramLabel = "packages")
    List<String> patterns = new ArrayList<>();

    private final PrintStream out;
    private final PrintStream err;
    private final Path workDir;
    private final Map<String, String> env;

    public ListCommand() {
        this(System.out, System.err, Path.of("").toAbsolutePath(), System.getenv());
    }

    public ListCommand(PrintStream out, PrintStream err, Path workDir, Map<String, String> env) {
        this.out = out;
        this.err = err;
        this.workDir = workDir;
        this.env = env;
    }

    @Override
    public Integer call() {
        Loader loader = Loader.forEnvironment(workDir, env, !goContext);
        LoadResult r = loader.loadAll(patterns);
        int status = 0;
        for (String e : r.errors()) {
            err.println(e);
            if (!e.startsWith("go: warning:")) status = 1;
        }
        List<Package> shown = deps ? r.all() : r.roots();
        if (!errorsOk) {
            // Like go list: without -e, any listed package with an error prints nothing but errors.
            boolean failed = false;
            for (Package p : shown) {
                if (p.error() != null) {
                    err.println(p.error());
                    failed = true;
                }
                if (deps) {
                    for (PackageError e : p.importErrors()) {
                        err.println(e);
                        failed = true;
                    }
                }
            }
            if (failed) return 1;
        }
        for (Package p : shown) {
            out.println(json ? toJson(p) : p.importPath());
        }
        return status;
    }

    /** The JSON object go list -json prints for these fields, in go list's field order. */
    static String toJson(Package p) {
        Json j = new Json();
        j.begin();
        j.field("Dir", p.dir() == null ? null : p.dir().toString());
        j.field("ImportPath", p.importPath());
        j.field("Name", p.name());
        Module m = p.module();
        if (m != null) {
            j.key("Module");
            j.begin();
            j.field("Path", m.path());
            j.field("Version", m.version());
            if (m.replace() != null) {
                j.key("Replace");
                j.begin();
                j.field("Path", m.replace().path());
                j.field("Version", m.replace().version());
                j.end();
            }
            j.bool("Main", m.main());
            j.field("Dir", m.dir() == null ? null : m.dir().toString());
            j.field("GoMod", m.goMod() == null ? null : m.goMod().toString());
            j.field("GoVersion", m.goVersion());
            j.end();
        }
        j.list("Match", p.match());
        j.bool("Goroot", p.isStandard());
        j.bool("Standard", p.isStandard());
        j.bool("DepOnly", p.depOnly());
        j.bool("Incomplete", p.incomplete());
        j.list("GoFiles", p.goFiles());
        j.list("IgnoredGoFiles", p.ignoredGoFiles().stream().map(Package.IgnoredFile::name).toList());
        j.list("InvalidGoFiles", p.invalidGoFiles());
        j.list("IgnoredOtherFiles", p.ignoredOtherFiles());
        j.list("SFiles", p.sFiles());
        j.list("Imports", p.imports());
        j.map("ImportMap", p.importMap());
        j.list("Deps", new ArrayList<>(new TreeSet<>(p.deps().stream().map(Package::importPath).toList())));
        if (p.error() != null) {
            j.key("Error");
            error(j, p.error());
        }
        List<PackageError> de = p.depsErrors();
        if (!de.isEmpty()) {
            j.key("DepsErrors");
            j.beginArray();
            for (PackageError e : de) {
                j.element();
                error(j, e);
            }
            j.endArray();
        }
        j.list("TestGoFiles", p.testGoFiles());
        j.list("TestImports", p.testImports());
        j.list("XTestGoFiles", p.xTestGoFiles());
        j.list("XTestImports", p.xTestImports());
        j.end();
        return j.toString();
    }

    private static void error(Json j, PackageError e) {
        j.begin();
        j.key("ImportStack");
        j.beginArray();
        for (String s : e.importStack()) {
            j.element();
            j.string(s);
        }
        j.endArray();
        j.key("Pos");
        j.string(e.pos());
        j.key("Err");
        j.string(e.err());
        j.end();
    }

    /** Indented JSON as Go's json.MarshalIndent(v, "", "\t") writes it; empty fields omitted. */
    static final class Json {
        private final StringBuilder b = new StringBuilder();
        private int depth;
        private boolean first = true;

        void begin() {
            b.append('{');
            depth++;
            first = true;
        }

        void end() {
            depth--;
            if (!first) newline();
            b.append('}');
            first = false;
        }

        void beginArray() {
            b.append('[');
            depth++;
            first = true;
        }

        void endArray() {
            depth--;
            if (!first) newline();
            b.append(']');
            first = false;
        }

        void element() {
            if (!first) b.append(',');
            newline();
            first = false;
        }

        void key(String k) {
            element();
            string(k);
            b.append(": ");
            first = true; // the value follows without a comma
        }

        void field(String k, String v) {
            if (v == null || v.isEmpty()) return;
            key(k);
            string(v);
            first = false;
        }

        void bool(String k, boolean v) {
            if (!v) return;
            key(k);
            b.append("true");
            first = false;
        }

        void list(String k, List<String> v) {
            if (v.isEmpty()) return;
            key(k);
            beginArray();
            for (String s : v) {
                element();
                string(s);
            }
            endArray();
        }

        void map(String k, Map<String, String> v) {
            if (v.isEmpty()) return;
            key(k);
            begin();
            v.forEach(this::field);
            end();
        }

        private void newline() {
            b.append('\n');
            b.append("\t".repeat(depth));
        }

        /** A JSON string with Go's escaping of <, > and & as \\u003c etc. */
        void string(String s) {
            b.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> b.append("\\\"");
                    case '\\' -> b.append("\\\\");
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    case '\t' -> b.append("\\t");
                    case '<', '>', '&', '\u2028', '\u2029' -> b.append(String.format("\\u%04x", (int) c));
                    default -> {
                        if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
                        else b.append(c);
                    }
                }
            }
            b.append('"');
        }

        @Override
        public String toString() {
            return b.toString();
        }
    }
}
