package gojc.types;

import gojc.syntax.Decl;
import gojc.syntax.Expr;
import gojc.syntax.Stmt;
import gojc.syntax.Token;

import java.util.ArrayList;
import java.util.List;

/** Constant, variable, type and function declarations, package-level and local. */
final class Decls {
    private final Checker c;

    Decls(Checker c) {
        this.c = c;
    }

    void constDecl(Const obj, Expr typ, Expr init, int iota, Scope scope) {
        Type t = null;
        if (typ != null) {
            t = c.typexprs.typ(typ, scope);
            if (!Types.isInvalid(t) && !Types.isConstType(t)) {
                c.errorAt(typ, "invalid constant type " + c.str(t));
                obj.type = Universe.INVALID;
                obj.value = ConstOps.unknown();
                return;
            }
        }
        Operand x = new Operand();
        if (init == null) {
            obj.type = Universe.INVALID;
            obj.value = ConstOps.unknown();
            return;
        }
        int savedIota = c.exprs.iota;
        c.exprs.iota = iota;
        try {
            c.exprs.expr(x, init, scope);
        } finally {
            c.exprs.iota = savedIota;
        }
        if (!x.invalid() && x.mode != Mode.CONSTANT) {
            c.errorOp(x, c.str(x) + " is not constant");
            x.invalidate();
        }
        if (!x.invalid() && t != null) {
            c.exprs.assignment(x, t, "constant declaration");
        }
        if (x.invalid()) {
            obj.type = Universe.INVALID;
            obj.value = ConstOps.unknown();
            return;
        }
        obj.type = x.type;
        obj.value = x.val;
    }

    void varDecl(Var v, List<Var> lhs, Expr typ, Expr init, Scope scope) {
        List<Var> vars = lhs == null ? List.of(v) : lhs;
        if (typ != null) {
            Type t = c.typexprs.typ(typ, scope);
            for (Var w : vars) w.type = t;
        }
        if (init == null) {
            if (typ == null) {
                for (Var w : vars) w.type = Universe.INVALID;
            }
            return;
        }
        if (lhs == null || lhs.size() == 1) {
            Operand x = new Operand();
            c.exprs.expr(x, init, scope);
            initVar(v, x, "variable declaration");
            return;
        }
        c.stmts.initVars(vars, List.of(init), null, scope);
    }

    /** Initializes v with x, giving v x's default type if v has none yet. */
    void initVar(Var v, Operand x, String context) {
        if (x.invalid() || Types.isInvalid(x.type)) {
            if (v.type == null) v.type = Universe.INVALID;
            return;
        }
        if (v.type == null) {
            Type t = x.type;
            if (Types.isUntyped(t)) {
                if (t == Universe.UNTYPED_NIL) {
                    c.errorOp(x, "use of untyped nil in " + context);
                    v.type = Universe.INVALID;
                    return;
                }
                t = Types.defaultType(t);
            }
            v.type = t;
        }
        c.exprs.assignment(x, v.type, context);
        if (x.invalid()) v.used = true; // no follow-on "declared but not used"
    }

    void typeDecl(TypeName obj, Decl.TypeSpec spec, Scope scope) {
        if (spec.isAlias()) {
            if (!spec.typeParams().isEmpty()) {
                c.error(spec.typeParams().get(0).pos(), "generic type cannot be alias");
            }
            obj.type = Universe.INVALID; // a cycle through the alias finds it invalid
            obj.type = c.typexprs.typ(spec.type(), scope);
            return;
        }
        Named named = new Named(obj, null);
        obj.type = named;
        Scope tscope = scope;
        if (!spec.typeParams().isEmpty()) {
            tscope = new Scope(scope, spec.pos(), "type " + obj.name, false);
            c.info.scopes.put(spec, tscope);
            named.typeParamsPending = true;
            named.typeParams = c.typexprs.typeParams(spec.typeParams(), tscope);
            named.typeParamsPending = false;
        }
        Type rhs = c.typexprs.definedType(spec.type(), tscope, named);
        Type u = rhs;
        if (rhs instanceof Named rn) {
            u = rn.underlying == null && rn.orig == null ? null : rn.underlying();
        }
        if (rhs instanceof TypeParam) {
            c.errorAt(spec.type(), "cannot use a type parameter as RHS in type declaration");
            u = Universe.INVALID;
        }
        if (u == null && rhs instanceof Named rn && !c.cycleReported.contains(obj) && rn != named) {
            named.sameAs = rn;
            c.delayed.add(() -> {
                if (named.underlying() == Universe.INVALID && named.underlying == null) {
                    c.error(obj.pos, "invalid recursive type " + obj.name);
                    named.setUnderlying(Universe.INVALID);
                }
            });
            collectMethods(obj, named);
            return;
        }
        if (u == null) {
            // type T U where U's declaration is in progress and leads back here.
            c.error(obj.pos, "invalid recursive type " + obj.name);
            u = Universe.INVALID;
        }
        if (c.cycleReported.contains(obj)) u = Universe.INVALID; // avoid follow-on errors
        named.setUnderlying(u);
        new ValidType(c).check(named);
        collectMethods(obj, named);
    }

    /** The method declarations whose receiver base type name is obj's name or an alias of it. */
    private List<Decl.Func> methodDeclsOf(TypeName obj) {
        List<Decl.Func> own = c.methodDecls.getOrDefault(obj.name, List.of());
        List<String> aliases = new ArrayList<>();
        for (String base : c.methodDecls.keySet()) {
            if (!base.equals(obj.name) && obj.name.equals(aliasTarget(base))) aliases.add(base);
        }
        if (aliases.isEmpty()) return own;
        List<Decl.Func> r = new ArrayList<>();
        for (Decl.Func fd : c.methodDeclOrder) {
            String base = Resolver.receiverBase(fd.recv().type());
            if (base.equals(obj.name) || aliases.contains(base)) r.add(fd);
        }
        return r;
    }

    /** For a package-level alias name: the type name its declaration chain ends in (syntactically). */
    private String aliasTarget(String name) {
        for (int depth = 0; depth < 16; depth++) {
            Obj o = c.pkg.scope.lookup(name);
            Checker.DeclInfo d = o instanceof TypeName ? c.decls.get(o) : null;
            if (d == null || d.tspec == null || !d.tspec.isAlias()) return depth == 0 ? null : name;
            if (!(Expr.unparen(d.tspec.type()) instanceof Expr.Ident id)) return null;
            name = id.name();
        }
        return null;
    }

    private void collectMethods(TypeName obj, Named named) {
        List<Decl.Func> mds = methodDeclsOf(obj);
        for (Decl.Func fd : mds) {
            Func m = c.methodObjs.get(fd);
            if (m == null || m.type != null) continue;
            Checker.DeclInfo d = c.decls.get(m);
            Scope fscope = new Scope(d.file, fd.pos(), "function " + m.name, true);
            fscope.local = true;
            m.type = c.typexprs.funcSig(fd.recv(), fd.typeParams(), fd.type(), fscope, named);
            methodScopes.put(m, fscope);
            if (fd.name().isBlank()) continue;
            boolean dup = false;
            for (Func other : named.methods) {
                if (other.name.equals(m.name)) {
                    c.error(m.pos, obj.name + "." + m.name + " redeclared in this block\n\t" + other.pos
                            + ": other declaration of " + m.name);
                    dup = true;
                }
            }
            if (!dup && named.underlying() instanceof Struct st) {
                for (Var f : st.fields()) {
                    if (f.name.equals(m.name)) {
                        c.error(m.pos, "field and method with the same name " + m.name
                                + "\n\t" + f.pos + ": other declaration of " + m.name);
                    }
                }
            }
            if (!dup) named.methods.add(m);
        }
    }

    static final java.util.Map<Func, Scope> methodScopes = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    void funcDecl(Func f, Decl.Func fd, Scope file) {
        Scope fscope;
        if (fd.recv() != null) {
            if (f.type == null) {
                // receiver base type not found or not a local defined type
                fscope = new Scope(file, fd.pos(), "function " + f.name, true);
                fscope.local = true;
                Named base = null;
                String bn = Resolver.receiverBase(fd.recv().type());
                Obj bo = bn == null ? null : c.pkg.scope.lookup(bn);
                if (bo instanceof TypeName tn) {
                    c.objDecl(tn);
                }
                if (f.type == null) {
                    f.type = c.typexprs.funcSig(fd.recv(), fd.typeParams(), fd.type(), fscope, base);
                }
                else fscope = methodScopes.getOrDefault(f, fscope);
            } else {
                fscope = methodScopes.getOrDefault(f, new Scope(file, fd.pos(), "function " + f.name, true));
            }
        } else {
            fscope = new Scope(file, fd.pos(), "function " + f.name, true);
            fscope.local = true;
            f.type = Signature.of(Tuple.EMPTY, Tuple.EMPTY, false); // a reference during resolution sees func()
            f.type = c.typexprs.funcSig(null, fd.typeParams(), fd.type(), fscope, null);
        }
        c.info.scopes.put(fd.type(), fscope);
        if (fd.body() == null) {
            f.linkTarget = LinkNames.target(c.pkg, f, fd);
            return;
        }
        Signature sig = (Signature) f.type;
        Checker.DeclInfo d = c.current;
        Scope fs = fscope;
        c.delayed.add(() -> {
            Checker.DeclInfo saved = c.current;
            c.current = d;
            try {
                c.stmts.funcBody(f, sig, fs, fd.body());
            } finally {
                c.current = saved;
            }
        });
    }

    /** A const, var or type declaration inside a function body. */
    void localDecl(Decl.Gen g, Scope scope) {
        Decl.ValueSpec last = null;
        for (Decl.Spec s : g.specs()) {
            if (g.tok() == Token.CONST) {
                Decl.ValueSpec vs = (Decl.ValueSpec) s;
                if (vs.type() != null || !vs.values().isEmpty()) last = vs;
                Expr typ = last == null ? null : last.type();
                List<Expr> values = last == null ? List.of() : last.values();
                List<Const> objs = new ArrayList<>();
                for (int i = 0; i < vs.names().size(); i++) {
                    Expr.Ident id = vs.names().get(i);
                    Const obj = new Const(id.pos(), c.pkg, id.name(), null, null);
                    constDecl(obj, typ, i < values.size() ? values.get(i) : null, vs.iota(), scope);
                    objs.add(obj);
                }
                if (last == null) {
                    c.error(vs.names().get(0).pos(), "missing init expr for " + vs.names().get(0).name());
                } else if (vs.names().size() > values.size()) {
                    c.error(vs.names().get(values.size()).pos(), "missing init expr for " + vs.names().get(values.size()).name());
                } else if (vs.names().size() < values.size() && vs == last) {
                    c.errorAt(values.get(vs.names().size()), "extra init expr " + ExprString.of(values.get(vs.names().size())));
                }
                for (int i = 0; i < objs.size(); i++) {
                    c.declare(scope, vs.names().get(i), objs.get(i));
                }
            } else if (g.tok() == Token.VAR) {
                Decl.ValueSpec vs = (Decl.ValueSpec) s;
                List<Var> lhs = new ArrayList<>();
                for (Expr.Ident id : vs.names()) {
                    Var v = new Var(id.pos(), c.pkg, id.name(), null, Var.Kind.LOCAL, false);
                    v.owner = c.fctx == null ? null : c.fctx.owner;
                    lhs.add(v);
                }
                if (vs.type() != null) {
                    Type t = c.typexprs.typ(vs.type(), scope);
                    for (Var v : lhs) v.type = t;
                }
                if (!vs.values().isEmpty()) {
                    if (lhs.size() == vs.values().size()) {
                        for (int i = 0; i < lhs.size(); i++) {
                            Operand x = new Operand();
                            c.exprs.expr(x, vs.values().get(i), scope);
                            initVar(lhs.get(i), x, "variable declaration");
                        }
                    } else {
                        c.stmts.initVars(lhs, vs.values(), null, scope);
                    }
                } else if (vs.type() == null) {
                    for (Var v : lhs) v.type = Universe.INVALID;
                }
                for (int i = 0; i < lhs.size(); i++) {
                    c.declare(scope, vs.names().get(i), lhs.get(i));
                    c.stmts.declaredVar(lhs.get(i));
                }
            } else if (g.tok() == Token.TYPE) {
                Decl.TypeSpec ts = (Decl.TypeSpec) s;
                TypeName obj = new TypeName(ts.name().pos(), c.pkg, ts.name().name(), null);
                // The type name is in scope inside its own declaration.
                c.declare(scope, ts.name(), obj);
                typeDecl(obj, ts, scope);
            }
        }
    }

    /** Locals become visible after their spec ends; approximated by the position after it. */
    static gojc.syntax.Pos scopeEnd(Decl.Spec s) {
        gojc.syntax.Pos p = s.pos();
        return new gojc.syntax.Pos(p.source(), p.line(), Integer.MAX_VALUE / 2);
    }

    static Stmt unusedStmt() {
        return null;
    }
}
