package gojc.types;

import gojc.syntax.Decl;
import gojc.syntax.Expr;
import gojc.syntax.File;
import gojc.syntax.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Collects the package-level objects of all files and binds imports in file scopes. */
final class Resolver {
    private final Checker c;

    Resolver(Checker c) {
        this.c = c;
    }

    void collectObjects(List<File> files) {
        List<Scope> fileScopes = new ArrayList<>();
        for (File f : files) {
            Scope fs = new Scope(c.pkg.scope, f.pos(), "file " + f.source(), false);
            c.info.scopes.put(f, fs);
            fileScopes.add(fs);
            for (Decl.ImportSpec spec : f.imports()) {
                importSpec(fs, spec);
            }
            for (Decl d : f.decls()) {
                if (d instanceof Decl.Gen g) {
                    genDecl(fs, g);
                } else if (d instanceof Decl.Func fd) {
                    funcDecl(fs, fd);
                }
            }
        }
        // A package-level name may not also be an import name in some file.
        for (Scope fs : fileScopes) {
            for (Obj o : fs.elems.values()) {
                Obj alt = c.pkg.scope.lookup(o.name);
                if (alt != null && o instanceof PkgName) {
                    c.error(alt.pos, alt.name + " already declared through import of " + ((PkgName) o).imported
                            + "\n\t" + o.pos + ": other declaration of " + o.name);
                }
            }
        }
    }

    private void importSpec(Scope fs, Decl.ImportSpec spec) {
        String path = ConstOps.unquote(spec.path().value());
        if (path == null || path.isEmpty()) {
            c.errorAt(spec.path(), "invalid import path: " + spec.path().value());
            return;
        }
        Package imp;
        if (path.equals("unsafe")) {
            imp = Universe.UNSAFE;
        } else if (path.equals("C")) {
            throw c.unsupported("cgo import \"C\"", spec.pos());
        } else {
            imp = c.importer == null ? null : c.importer.importPackage(path);
            if (imp == null) {
                c.errorAt(spec.path(), "could not import " + path + " (package not found)");
                return;
            }
        }
        if (!c.pkg.imports.contains(imp)) c.pkg.imports.add(imp);
        String name = spec.name() == null ? imp.name() : spec.name().name();
        if (name.equals("init")) {
            c.errorAt(spec.name(), "cannot import package as init - init must be a func");
            return;
        }
        if (name.equals(".")) {
            PkgName pn = new PkgName(spec.pos(), c.pkg, ".", imp);
            c.info.implicits.put(spec, pn);
            for (Obj o : imp.scope.elems.values()) {
                if (o.exported()) {
                    Obj alt = fs.insert(o);
                    if (alt == null) c.dotImports.computeIfAbsent(fs, k -> new java.util.LinkedHashMap<>()).put(o.name, pn);
                }
            }
            if (!c.dotImports.containsKey(fs)) c.dotImports.put(fs, new java.util.LinkedHashMap<>());
            c.dotImports.get(fs).putIfAbsent("\u0000" + imp.path(), pn);
            return;
        }
        PkgName pn = new PkgName(spec.name() != null ? spec.name().pos() : spec.path().pos(), c.pkg, name, imp);
        if (spec.name() != null) {
            c.info.defs.put(spec.name(), pn);
        } else {
            c.info.implicits.put(spec, pn);
        }
        if (name.equals("_")) return;
        c.imports.add(pn);
        Obj alt = fs.insert(pn);
        if (alt != null) {
            c.error(pn.pos, name + " redeclared in this block\n\t" + alt.pos + ": other declaration of " + name);
        }
    }

    private void genDecl(Scope fs, Decl.Gen g) {
        Decl.ValueSpec last = null;
        for (Decl.Spec s : g.specs()) {
            if (g.tok() == Token.CONST) {
                Decl.ValueSpec vs = (Decl.ValueSpec) s;
                if (vs.type() != null || !vs.values().isEmpty()) last = vs;
                Expr typ = last == null ? null : last.type();
                List<Expr> values = last == null ? List.of() : last.values();
                for (int i = 0; i < vs.names().size(); i++) {
                    Expr.Ident id = vs.names().get(i);
                    Const obj = new Const(id.pos(), c.pkg, id.name(), null, null);
                    Checker.DeclInfo d = new Checker.DeclInfo();
                    d.file = fs;
                    d.typ = typ;
                    d.init = i < values.size() ? values.get(i) : null;
                    d.iota = vs.iota();
                    declarePkgObj(id, obj, d);
                }
                constArity(vs, last);
            } else if (g.tok() == Token.VAR) {
                Decl.ValueSpec vs = (Decl.ValueSpec) s;
                List<Var> lhs = new ArrayList<>();
                for (Expr.Ident id : vs.names()) {
                    lhs.add(new Var(id.pos(), c.pkg, id.name(), null, Var.Kind.PACKAGE, false));
                }
                boolean shared = vs.values().size() == 1 && vs.names().size() > 1;
                Checker.DeclInfo sharedInfo = null;
                if (shared) {
                    sharedInfo = new Checker.DeclInfo();
                    sharedInfo.file = fs;
                    sharedInfo.lhs = lhs;
                    sharedInfo.typ = vs.type();
                    sharedInfo.init = vs.values().get(0);
                }
                for (int i = 0; i < vs.names().size(); i++) {
                    Checker.DeclInfo d = sharedInfo;
                    if (d == null) {
                        d = new Checker.DeclInfo();
                        d.file = fs;
                        d.typ = vs.type();
                        d.init = i < vs.values().size() ? vs.values().get(i) : null;
                    }
                    declarePkgObj(vs.names().get(i), lhs.get(i), d);
                }
                if (!shared) varArity(vs);
            } else if (g.tok() == Token.TYPE) {
                Decl.TypeSpec ts = (Decl.TypeSpec) s;
                TypeName obj = new TypeName(ts.name().pos(), c.pkg, ts.name().name(), null);
                Checker.DeclInfo d = new Checker.DeclInfo();
                d.file = fs;
                d.tspec = ts;
                declarePkgObj(ts.name(), obj, d);
            }
        }
    }

    private void constArity(Decl.ValueSpec vs, Decl.ValueSpec last) {
        int nv = last == null ? 0 : last.values().size();
        int nn = vs.names().size();
        if (last == null && vs.values().isEmpty()) {
            c.error(vs.names().get(0).pos(), "missing init expr for " + vs.names().get(0).name());
        } else if (nn > nv && last != null) {
            c.error(vs.names().get(nv).pos(), "missing init expr for " + vs.names().get(nv).name());
        } else if (nn < nv && vs == last) {
            c.errorAt(vs.values().get(nn), "extra init expr " + ExprString.of(vs.values().get(nn)));
        }
    }

    private void varArity(Decl.ValueSpec vs) {
        int nn = vs.names().size(), nv = vs.values().size();
        if (nv == 0 || nn == nv) return;
        if (nv > nn) {
            c.errorAt(vs.values().get(nn), "extra init expr " + ExprString.of(vs.values().get(nn)));
        } else if (nv != 1) {
            c.error(vs.names().get(nv).pos(), "missing init expr for " + vs.names().get(nv).name());
        }
    }

    private void declarePkgObj(Expr.Ident id, Obj obj, Checker.DeclInfo d) {
        if (id.name().equals("init")) {
            c.error(id.pos(), "cannot declare init - must be func");
            return;
        }
        if (id.name().equals("main") && c.pkg.name().equals("main")) {
            c.error(id.pos(), "cannot declare main - must be func");
            return;
        }
        c.declare(c.pkg.scope, id, obj);
        c.decls.put(obj, d);
    }

    private void funcDecl(Scope fs, Decl.Func fd) {
        String name = fd.name().name();
        Func obj = new Func(fd.name().pos(), c.pkg, name, null);
        obj.decl = fd;
        Checker.DeclInfo d = new Checker.DeclInfo();
        d.file = fs;
        d.fdecl = fd;
        if (fd.recv() == null) {
            if (name.equals("init") || name.equals("main") && c.pkg.name().equals("main")) {
                if (!fd.typeParams().isEmpty()) {
                    c.error(fd.typeParams().get(0).pos(), "func " + name + " must have no type parameters");
                }
                if (!fd.type().params().isEmpty() || !fd.type().results().isEmpty()) {
                    c.error(fd.name().pos(), "func " + name + " must have no arguments and no return values");
                }
            }
            if (name.equals("init")) {
                c.info.defs.put(fd.name(), obj);
                obj.parent = c.pkg.scope;
                if (fd.body() == null) c.error(fd.name().pos(), "missing function body");
                c.info.initFuncs.add(obj);
                c.decls.put(obj, d);
                return;
            }
            c.declare(c.pkg.scope, fd.name(), obj);
            c.decls.put(obj, d);
        } else {
            c.info.defs.put(fd.name(), obj);
            String base = receiverBase(fd.recv().type());
            if (base != null) {
                c.methodDecls.computeIfAbsent(base, k -> new ArrayList<>()).add(fd);
                c.methodDeclOrder.add(fd);
            }
            c.decls.put(obj, d);
            c.methodObjs.put(fd, obj);
        }
    }

    /** The base type name of a receiver type expression: T, *T, T[P], (*T). */
    static String receiverBase(Expr t) {
        t = Expr.unparen(t);
        if (t instanceof Expr.Star s) t = Expr.unparen(s.x());
        if (t instanceof Expr.PointerType p) t = Expr.unparen(p.base());
        if (t instanceof Expr.Index i) t = i.x();
        return t instanceof Expr.Ident id ? id.name() : null;
    }

    static Map<String, Obj> unused() {
        return Map.of();
    }
}
