package gojc.types;

import gojc.diag.Diagnostics;
import gojc.syntax.Decl;
import gojc.syntax.Expr;
import gojc.syntax.File;
import gojc.syntax.Pos;
import gojc.syntax.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Type-checks one package: collects package-level declarations, resolves them in dependency
 * order, checks function bodies, and computes the initialization order. Expressions, statements
 * and type expressions are checked by the helpers {@link Exprs}, {@link Stmts} and {@link Typexprs}.
 */
public final class Checker {
    final Package pkg;
    final Info info;
    final Diagnostics errs;
    final Importer importer;
    final String goVersion;

    final Exprs exprs;
    final Stmts stmts;
    final Typexprs typexprs;
    final Calls calls;

    /** Package-level objects to the declaration that introduces them. */
    final Map<Obj, DeclInfo> decls = new LinkedHashMap<>();
    /** Methods by receiver base type name, collected before types are resolved. */
    final Map<String, List<Decl.Func>> methodDecls = new HashMap<>();
    /** Instantiations of this package's type parameters, for the instantiation cycle check. */
    final Mono mono = new Mono(this);
    /** All method declarations in source order (methods declared on an alias join its type's). */
    final List<Decl.Func> methodDeclOrder = new ArrayList<>();
    final Map<Decl.Func, Func> methodObjs = new IdentityHashMap<>();
    final List<Runnable> delayed = new ArrayList<>();
    final List<PkgName> imports = new ArrayList<>();
    final Map<Scope, Map<String, PkgName>> dotImports = new IdentityHashMap<>();

    /** The declaration whose dependencies are being recorded (package-level init order). */
    DeclInfo current;
    /** The function whose body is being checked. */
    FuncCtx fctx;
    /** Type-checking of objects in progress (for cycle detection). */
    final List<Obj> objPath = new ArrayList<>();
    final Map<Obj, Integer> color = new IdentityHashMap<>();
    private final Set<String> reported = new HashSet<>();

    /** Information about one package-level declaration. */
    static final class DeclInfo {
        Scope file;
        List<Var> lhs;
        Expr typ;
        Expr init;
        int iota;
        Decl.TypeSpec tspec;
        Decl.Func fdecl;
        final Set<Obj> deps = new LinkedHashSet<>();
    }

    /** Per-function state while its body is checked. */
    static final class FuncCtx {
        final Func func;
        final Signature sig;
        final Object owner;
        FuncCtx(Func func, Signature sig, Object owner) {
            this.func = func;
            this.sig = sig;
            this.owner = owner;
        }
    }

    private static final long STACK_SIZE = 512L << 20;

    Checker(String path, Importer importer, String goVersion, Diagnostics errs, Info info) {
        this.pkg = new Package(path, "");
        this.info = info;
        this.errs = errs;
        this.importer = importer;
        this.goVersion = goVersion;
        info.goVersion = goVersion;
        this.exprs = new Exprs(this);
        this.stmts = new Stmts(this);
        this.typexprs = new Typexprs(this);
        this.calls = new Calls(this);
    }

    /** Checks the package made of files (all of one package clause) and returns it. */
    public static Package check(String path, List<File> files, Importer importer, String goVersion,
                                Diagnostics errs, Info info) {
        Checker c = new Checker(path, importer, goVersion, errs, info);
        // Long constant expressions (e.g. time/tzdata's string concatenations) recurse deeply.
        RuntimeException[] failure = new RuntimeException[1];
        Error[] error = new Error[1];
        Thread t = new Thread(null, () -> {
            try {
                Terminating.INFO.set(c.info);
                c.checkFiles(files);
            } catch (RuntimeException e) {
                failure[0] = e;
            } catch (Error e) {
                error[0] = e;
            }
        }, "gojc-check " + path, STACK_SIZE);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking " + path, e);
        }
        if (failure[0] != null) throw failure[0];
        if (error[0] != null) throw error[0];
        return c.pkg;
    }

    private void checkFiles(List<File> files) {
        if (!files.isEmpty()) {
            pkg.setName(files.get(0).pkgName().name());
            if (pkg.name().equals("_")) error(files.get(0).pkgName().pos(), "invalid package name _");
        }
        for (File f : files) {
            if (!f.pkgName().name().equals(pkg.name())) {
                error(f.pkgName().pos(), "package " + f.pkgName().name() + "; expected package " + pkg.name());
            }
        }
        new Resolver(this).collectObjects(files);
        packageObjects();
        processDelayed();
        mono.check();
        new InitOrder(this).compute();
        unusedImports();
        pkg.complete = true;
    }

    private void packageObjects() {
        List<Obj> objs = new ArrayList<>(decls.keySet());
        // Non-alias type declarations first so that methods are known before use.
        for (Obj o : objs) {
            if (o instanceof TypeName && !decls.get(o).tspec.isAlias()) objDecl(o);
        }
        for (Obj o : objs) {
            if (o instanceof TypeName) objDecl(o);
        }
        for (Obj o : objs) {
            if (!(o instanceof TypeName)) objDecl(o);
        }
    }

    void processDelayed() {
        for (int i = 0; i < delayed.size(); i++) {
            delayed.get(i).run();
        }
        delayed.clear();
    }

    // ---- errors ----

    void error(Pos pos, String msg) {
        if (pos == null) pos = Pos.NONE;
        // types2 drops likely follow-on errors that mention invalid operands or types
        if (errs.hasErrors() && (msg.indexOf("invalid operand") > 0 || msg.indexOf("invalid type") > 0)) return;
        // types2 reports each position's first error only for some follow-ons; we de-duplicate exact repeats
        if (reported.add(pos + msg)) errs.error(pos, msg);
    }

    void errorAt(Expr e, String msg) {
        error(ExprString.start(e), msg);
    }

    void errorOp(Operand x, String msg) {
        error(x.expr == null ? Pos.NONE : ExprString.start(x.expr), msg);
    }

    String str(Type t) {
        return t.str(pkg);
    }

    String str(Operand x) {
        return x.describe(pkg);
    }

    RuntimeException unsupported(String what, Pos pos) {
        return new UnsupportedOperationException("gojc: not yet supported: " + what + " at " + pos);
    }

    // ---- declarations ----

    /** Records obj as a dependency of the package-level declaration being checked. */
    void dependOn(Obj o) {
        if (current != null && (o instanceof Var || o instanceof Func || o instanceof Const) && decls.containsKey(o)) {
            current.deps.add(o);
        }
    }

    /** Type-checks a package-level object (once), detecting cycles through its declaration. */
    void objDecl(Obj obj) {
        Integer col = color.get(obj);
        DeclInfo d = decls.get(obj);
        if (d == null) return;
        if (col != null) {
            if (col == 1 && obj.type == null || col == 1 && obj instanceof Const && ((Const) obj).value == null) {
                cycleError(obj);
                if (obj.type == null) obj.type = Universe.INVALID;
            } else if (col == 1 && obj instanceof TypeName tn && tn.type instanceof Named n && n.underlying == null) {
                // A named type referring to itself through its declaration is fine unless it
                // needs its own underlying type (checked where that happens).
            }
            return;
        }
        color.put(obj, 1);
        objPath.add(obj);
        DeclInfo saved = current;
        FuncCtx savedF = fctx;
        fctx = null;
        current = d;
        try {
            if (obj instanceof Const c) {
                new Decls(this).constDecl(c, d.typ, d.init, d.iota, d.file);
            } else if (obj instanceof Var v) {
                new Decls(this).varDecl(v, d.lhs, d.typ, d.init, d.file);
            } else if (obj instanceof TypeName tn) {
                new Decls(this).typeDecl(tn, d.tspec, d.file);
            } else if (obj instanceof Func f) {
                new Decls(this).funcDecl(f, d.fdecl, d.file);
            }
        } finally {
            current = saved;
            fctx = savedF;
            objPath.remove(objPath.size() - 1);
            color.put(obj, 2);
        }
    }

    void cycleError(Obj obj) {
        int start = objPath.indexOf(obj);
        List<Obj> cycle = start < 0 ? List.of(obj) : objPath.subList(start, objPath.size());
        // Report at the object declared first in the source.
        int first = 0;
        for (int i = 1; i < cycle.size(); i++) {
            if (before(cycle.get(i).pos, cycle.get(first).pos)) first = i;
        }
        List<Obj> rotated = new ArrayList<>(cycle.subList(first, cycle.size()));
        rotated.addAll(cycle.subList(0, first));
        Obj o = rotated.get(0);
        String head = o instanceof TypeName ? "invalid recursive type " + o.name
                : o instanceof Func ? "illegal cycle in declaration of " + o.name
                : "initialization loop for " + o.name;
        reportCycle(head, rotated);
    }

    /** gc's cycle report: the head, then "x refers to" for each object and the first again. */
    void reportCycle(String head, List<Obj> cycle) {
        // each distinct cycle once (gc reports A->B->C->A and then B->C->B)
        if (!reportedCycles.add(cycle.stream().map(x -> x.name + "@" + x.pos).sorted().toList().toString())) return;
        cycleReported.addAll(cycle);
        StringBuilder sb = new StringBuilder(head);
        for (Obj o : cycle) {
            sb.append("\n\t").append(o.pos).append(": ").append(o.name).append(" refers to");
        }
        Obj o = cycle.get(0);
        sb.append("\n\t").append(o.pos).append(": ").append(o.name);
        error(o.pos, sb.toString());
    }

    final Set<Obj> cycleReported = new HashSet<>();
    private final Set<String> reportedCycles = new HashSet<>();

    static boolean before(Pos a, Pos b) {
        if (a.line() != b.line()) return a.line() < b.line();
        return a.col() < b.col();
    }

    /** Declares obj in scope, reporting a redeclaration; blank names are not declared. */
    void declare(Scope scope, Expr.Ident id, Obj obj) {
        if (id != null) info.defs.put(id, obj);
        if (obj.name.equals("_")) {
            if (obj.parent == null) obj.parent = scope;
            return;
        }
        Obj alt = scope.insert(obj);
        if (alt != null) {
            // the redeclared object is not in scope: no later "declared but not used" for it
            if (obj instanceof Var v) v.used = true;
            String msg = obj.name + " redeclared in this block";
            if (alt.pos.isKnown()) msg += "\n\t" + alt.pos + ": other declaration of " + obj.name;
            error(obj.pos, msg);
        }
    }

    private void unusedImports() {
        for (PkgName p : imports) {
            if (!p.used && !p.name.equals("_")) {
                String path = p.imported.path();
                String last = path.substring(path.lastIndexOf('/') + 1);
                if (p.name.equals(last)) {
                    error(p.pos, "imported and not used: \"" + path + "\"");
                } else {
                    error(p.pos, "imported and not used: \"" + path + "\" as " + p.name);
                }
            }
        }
        for (Map<String, PkgName> m : dotImports.values()) {
            for (PkgName p : new LinkedHashSet<>(m.values())) {
                if (!p.used) error(p.pos, "imported and not used: \"" + p.imported.path() + "\"");
            }
        }
    }

    /** Looks up an identifier in scope, honouring declaration order for locals. */
    Obj lookup(Scope scope, Expr.Ident id) {
        for (Scope s = scope; s != null; s = s.parent) {
            Obj o = s.elems.get(id.name());
            if (o != null && (!s.local || o.scopePos == Pos.NONE || !before(id.pos(), o.scopePos))) {
                return o;
            }
        }
        return null;
    }

    boolean isBlank(Expr e) {
        return e instanceof Expr.Ident id && id.isBlank();
    }

    Token noop() {
        return null;
    }
}
