package gojc.types;

import gojc.constant.ConstValue;
import gojc.syntax.Expr;
import gojc.syntax.Pos;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Type expressions: named types, literals, signatures, type parameter lists. */
final class Typexprs {
    private final Checker c;

    Typexprs(Checker c) {
        this.c = c;
    }

    /** Checks e as a type; reports and returns INVALID if it is not one. */
    Type typ(Expr e, Scope scope) {
        return definedType(e, scope, null);
    }

    /** Like {@link #typ}, and a generic type must be instantiated. */
    Type definedType(Expr e, Scope scope, Named def) {
        Type t = typInternal(e, scope, def);
        if (t instanceof Named n && n.isGeneric()) {
            c.errorAt(e, "cannot use generic type " + c.str(t) + " without instantiation");
            t = Universe.INVALID;
        }
        c.info.types.put(e, new TypeAndValue(Mode.TYPEXPR, t, null));
        return t;
    }

    /** A type that may be generic (the x of an instantiation x[T]). */
    Type genericType(Expr e, Scope scope) {
        Type t = typInternal(e, scope, null);
        c.info.types.put(e, new TypeAndValue(Mode.TYPEXPR, t, null));
        return t;
    }

    private Type typInternal(Expr e, Scope scope, Named def) {
        if (e instanceof Expr.Ident || e instanceof Expr.Selector || e instanceof Expr.Index && isInstantiation(e)) {
            Operand x = new Operand();
            c.exprs.exprOrType(x, e, scope, true);
            switch (x.mode) {
                case TYPEXPR:
                    return x.type;
                case INVALID:
                    return Universe.INVALID;
                case NOVALUE:
                    c.errorOp(x, c.str(x) + " used as type");
                    return Universe.INVALID;
                default:
                    c.errorOp(x, c.str(x) + " is not a type");
                    return Universe.INVALID;
            }
        }
        if (e instanceof Expr.Paren p) return typ(p.x(), scope);
        if (e instanceof Expr.Star s) return new Pointer(typ(s.x(), scope));
        if (e instanceof Expr.PointerType p) return new Pointer(typ(p.base(), scope));
        if (e instanceof Expr.ArrayType a) {
            if (a.len() == null) return new Slice(typ(a.elem(), scope));
            if (a.len() instanceof Expr.Dots) {
                c.errorAt(a, "invalid use of [...] array (outside a composite literal)");
                typ(a.elem(), scope);
                return Universe.INVALID;
            }
            long n = arrayLength(a.len(), scope);
            Type elem = typ(a.elem(), scope);
            return n < 0 ? Universe.INVALID : new Array(n, elem);
        }
        if (e instanceof Expr.MapType m) {
            Type k = typ(m.key(), scope);
            Type v = typ(m.value(), scope);
            c.delayed.add(() -> {
                if (k instanceof TypeParam tp) {
                    if (!Types.comparable(tp)) {
                        c.errorAt(m.key(), "invalid map key type " + c.str(k) + " (missing comparable constraint)");
                    }
                } else if (!Types.isInvalid(k) && !Types.comparable(k)) {
                    String why = "";
                    c.errorAt(m.key(), "invalid map key type " + c.str(k) + why);
                }
            });
            return new MapType(k, v);
        }
        if (e instanceof Expr.ChanType ch) {
            Chan.Dir d = switch (ch.dir()) {
                case SEND -> Chan.Dir.SEND;
                case RECV -> Chan.Dir.RECV;
                default -> Chan.Dir.BOTH;
            };
            return new Chan(d, typ(ch.elem(), scope));
        }
        if (e instanceof Expr.FuncType f) {
            Scope s = new Scope(scope, f.pos(), "function type", true);
            s.local = true;
            return funcSig(null, List.of(), f, s, null);
        }
        if (e instanceof Expr.StructType st) return structType(st, scope);
        if (e instanceof Expr.InterfaceType it) return interfaceType(it, scope, def);
        if (e instanceof Expr.Dots) {
            c.errorAt(e, "invalid use of '...'");
            return Universe.INVALID;
        }
        if (e instanceof Expr.Bad) return Universe.INVALID;
        c.errorAt(e, ExprString.of(e) + " is not a type");
        return Universe.INVALID;
    }

    private boolean isInstantiation(Expr e) {
        return true;
    }

    long arrayLength(Expr e, Scope scope) {
        if (e instanceof Expr.Ident id) {
            // a likely attempt at a generic type with a missing constraint gets a clearer message
            Obj o = c.lookup(scope, id);
            if (o == null) {
                c.errorAt(id, "undeclared name " + id.name() + " for array length");
                return -1;
            }
            if (!(o instanceof Const)) {
                c.errorAt(id, "invalid array length " + id.name());
                return -1;
            }
        }
        Operand x = new Operand();
        c.exprs.expr(x, e, scope);
        if (x.invalid()) return -1;
        if (x.mode != Mode.CONSTANT) {
            c.errorOp(x, "array length " + c.str(x) + " must be constant");
            return -1;
        }
        if (Types.isUntyped(x.type) || Types.isInteger(x.type)) {
            ConstValue v = ConstOps.toInt(x.val);
            if (v != null && ConstOps.isInt(v) && ConstOps.representable(v, Universe.INT).ok()) {
                Long n = ConstOps.int64(v);
                if (n != null && n >= 0) return n;
                c.errorOp(x, "invalid array length " + c.str(x));
                return -1;
            }
        }
        c.errorOp(x, "array length " + c.str(x) + " must be integer");
        return -1;
    }

    private Struct structType(Expr.StructType st, Scope scope) {
        List<Var> fields = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        Map<String, Var> seen = new HashMap<>();
        for (Expr.Field f : st.fields()) {
            Type t = typ(f.type(), scope);
            String tag = f.tag() == null ? "" : ConstOps.unquote(f.tag().value());
            if (tag == null) tag = "";
            if (f.names().isEmpty()) {
                // embedded field: T, *T, p.T, T[args]
                Expr te = Expr.unparen(f.type());
                if (te instanceof Expr.Star s) te = s.x();
                if (te instanceof Expr.PointerType p) te = p.base();
                if (te instanceof Expr.Index ix) te = ix.x();
                String name = te instanceof Expr.Ident id ? id.name() : te instanceof Expr.Selector sel ? sel.sel().name() : "_";
                Var v = new Var(te.pos(), c.pkg, name, t, Var.Kind.FIELD, true);
                addField(fields, tags, seen, v, tag, te instanceof Expr.Selector sel ? sel.sel() : (Expr.Ident) (te instanceof Expr.Ident ? te : null));
                embeddedCheck(t, f.type());
            } else {
                for (Expr.Ident id : f.names()) {
                    Var v = new Var(id.pos(), c.pkg, id.name(), t, Var.Kind.FIELD, false);
                    addField(fields, tags, seen, v, tag, id);
                }
            }
        }
        return new Struct(fields, tags);
    }

    private void embeddedCheck(Type t, Expr e) {
        c.delayed.add(() -> {
            Type u = t;
            boolean ptr = false;
            if (u instanceof Pointer p) {
                u = p.elem();
                ptr = true;
            }
            if (Types.isInvalid(u)) return;
            Type uu = u.underlying();
            if (u instanceof TypeParam) {
                c.errorAt(e, "embedded field type cannot be a (pointer to a) type parameter");
            } else if (uu instanceof Pointer) {
                c.errorAt(e, "embedded field type cannot be a pointer");
            } else if (ptr && uu instanceof Interface) {
                c.errorAt(e, "embedded field type cannot be a pointer to an interface");
            } else if (Types.isUnsafePointer(uu)) {
                c.errorAt(e, "embedded field type cannot be unsafe.Pointer");
            }
        });
    }

    private void addField(List<Var> fields, List<String> tags, Map<String, Var> seen, Var v, String tag, Expr.Ident id) {
        if (id != null) c.info.defs.put(id, v);
        if (!v.name.equals("_")) {
            Var alt = seen.putIfAbsent(v.name, v);
            if (alt != null) {
                c.error(v.pos, v.name + " redeclared\n\t" + alt.pos + ": other declaration of " + v.name);
                return;
            }
        }
        fields.add(v);
        tags.add(tag);
    }

    private Interface interfaceType(Expr.InterfaceType it, Scope scope, Named def) {
        List<Func> methods = new ArrayList<>();
        List<Type> embeddeds = new ArrayList<>();
        Interface iface = new Interface(methods, embeddeds);
        Type recvType = def != null ? def : iface;
        for (Expr.Field f : it.elems()) {
            if (!f.names().isEmpty() && f.type() instanceof Expr.FuncType ft) {
                Expr.Ident name = f.names().get(0);
                Scope ms = new Scope(scope, ft.pos(), "method " + name.name(), true);
                ms.local = true;
                Signature sig = funcSig(null, List.of(), ft, ms, null);
                Var recv = new Var(name.pos(), c.pkg, "", recvType, Var.Kind.RECV, false);
                Func m = new Func(name.pos(), c.pkg, name.name(), sig.withRecv(recv));
                if (name.isBlank()) {
                    c.error(name.pos(), "methods must have a unique non-blank name");
                } else if (methods.stream().anyMatch(o -> o.name.equals(m.name))) {
                    c.error(name.pos(), "duplicate method " + m.name);
                } else {
                    methods.add(m);
                }
                c.info.defs.put(name, m);
            } else {
                Type et = constraintElem(f.type(), scope);
                if (et instanceof Named en && en.underlying == null && en.orig == null && c.objPath.contains(en.obj)) {
                    c.cycleError(en.obj); // an interface embedding itself
                    et = Universe.INVALID;
                }
                embeddeds.add(et);
            }
        }
        return iface;
    }

    /** An embedded interface element: a type, ~T, or a union of terms. */
    Type constraintElem(Expr e, Scope scope) {
        Expr u = Expr.unparen(e);
        if (u instanceof Expr.Binary b && b.op() == gojc.syntax.Token.OR || u instanceof Expr.Unary un && un.op() == gojc.syntax.Token.TILDE) {
            List<Union.Term> terms = new ArrayList<>();
            collectTerms(u, scope, terms);
            if (terms.size() == 1 && !terms.get(0).tilde()) return terms.get(0).type();
            return new Union(terms);
        }
        return typ(e, scope);
    }

    private void collectTerms(Expr e, Scope scope, List<Union.Term> terms) {
        e = Expr.unparen(e);
        if (e instanceof Expr.Binary b && b.op() == gojc.syntax.Token.OR) {
            collectTerms(b.x(), scope, terms);
            collectTerms(b.y(), scope, terms);
        } else if (e instanceof Expr.Unary un && un.op() == gojc.syntax.Token.TILDE) {
            Type t = typ(un.x(), scope);
            if (!Types.isInvalid(t) && !Types.identical(t, t.underlying())) {
                c.errorAt(un, "invalid use of ~ (underlying type of " + c.str(t) + " is " + c.str(t.underlying()) + ")");
            }
            terms.add(new Union.Term(true, t));
        } else {
            terms.add(new Union.Term(false, typ(e, scope)));
        }
    }

    /** Declares type parameters in scope and checks their constraints. */
    List<TypeParam> typeParams(List<Expr.Field> fields, Scope scope) {
        List<TypeParam> tps = new ArrayList<>();
        List<Expr> bounds = new ArrayList<>();
        for (Expr.Field f : fields) {
            for (Expr.Ident id : f.names()) {
                TypeName tn = new TypeName(id.pos(), c.pkg, id.name(), null);
                TypeParam tp = new TypeParam(tn, tps.size(), null);
                c.declare(scope, id, tn);
                tps.add(tp);
                bounds.add(f.type());
            }
        }
        int i = 0;
        for (Expr.Field f : fields) {
            Type bound = bound(f.type(), scope);
            for (Expr.Ident ignored : f.names()) {
                tps.get(i++).setBound(bound);
            }
        }
        return tps;
    }

    private Type bound(Expr e, Scope scope) {
        Type t = constraintElem(e, scope);
        if (t.underlying() instanceof Interface && !(t instanceof TypeParam)) return t;
        if (t instanceof TypeParam) {
            c.errorAt(e, "cannot use a type parameter as constraint");
            return Universe.EMPTY_INTERFACE;
        }
        if (Types.isInvalid(t)) return Universe.EMPTY_INTERFACE;
        Interface i = new Interface(List.of(), List.of(t));
        i.implicit = true;
        return i;
    }

    /**
     * A function's signature; declares receiver, type parameters, parameters and results in
     * scope. {@code recvNamed} is the receiver's base type when already known.
     */
    Signature funcSig(Expr.Field recvField, List<Expr.Field> tparams, Expr.FuncType ft, Scope scope, Named recvNamed) {
        Var recv = null;
        List<TypeParam> recvTps = List.of();
        if (recvField != null) {
            Expr rt = Expr.unparen(recvField.type());
            boolean ptr = false;
            if (rt instanceof Expr.Star s) {
                rt = Expr.unparen(s.x());
                ptr = true;
            } else if (rt instanceof Expr.PointerType p) {
                rt = Expr.unparen(p.base());
                ptr = true;
            }
            Type base;
            if (rt instanceof Expr.Index ix && ix.x() instanceof Expr.Ident bid) {
                // func (r T[P, Q]) m(): declare fresh receiver type parameters P, Q
                Obj bo = c.lookup(scope, bid);
                if (bo instanceof TypeName tn) c.objDecl(tn);
                Named gen = bo instanceof TypeName tn && tn.type instanceof Named n ? n : null;
                List<TypeParam> tps = new ArrayList<>();
                for (int k = 0; k < ix.indices().size(); k++) {
                    Expr a = ix.indices().get(k);
                    String pname = a instanceof Expr.Ident aid ? aid.name() : "_";
                    TypeName tn = new TypeName(a.pos(), c.pkg, pname, null);
                    TypeParam tp = new TypeParam(tn, k, null);
                    if (a instanceof Expr.Ident aid) c.declare(scope, aid, tn);
                    tps.add(tp);
                }
                if (gen == null) {
                    c.errorAt(bid, bo == null ? "undefined: " + bid.name() : bid.name() + " is not a generic type");
                    base = Universe.INVALID;
                } else if (gen.typeParams.size() != tps.size()) {
                    c.errorAt(ix, "got " + tps.size() + " type parameters, but receiver base type declares " + gen.typeParams.size());
                    base = Universe.INVALID;
                } else {
                    List<Type> args = new ArrayList<>(tps);
                    Subst s = new Subst(gen.typeParams, args);
                    for (int k = 0; k < tps.size(); k++) {
                        tps.get(k).setBound(s.type(gen.typeParams.get(k).bound()));
                        c.mono.recordCanon(tps.get(k), gen.typeParams.get(k));
                    }
                    base = Instances.instantiate(gen, args);
                    c.info.types.put(ix, new TypeAndValue(Mode.TYPEXPR, base, null));
                }
                recvTps = tps;
            } else {
                base = genericType(rt, scope);
                if (base instanceof Named n && n.isGeneric()) {
                    c.errorAt(rt, "cannot use generic type " + c.str(base) + " without instantiation");
                    base = Universe.INVALID;
                }
            }
            recvCheck(base, recvField.names().isEmpty() ? rt : recvField.names().get(0));
            Type rtype = ptr ? new Pointer(base) : base;
            String rname = recvField.names().isEmpty() ? "" : recvField.names().get(0).name();
            Pos rpos = recvField.names().isEmpty() ? recvField.pos() : recvField.names().get(0).pos();
            recv = new Var(rpos, c.pkg, rname, rtype, Var.Kind.RECV, false);
            recv.owner = ft;
            if (!recvField.names().isEmpty()) c.declare(scope, recvField.names().get(0), recv);
            c.info.types.put(recvField.type(), new TypeAndValue(Mode.TYPEXPR, rtype, null));
        }
        List<TypeParam> tps = tparams.isEmpty() ? List.of() : typeParams(tparams, scope);
        boolean[] variadic = new boolean[1];
        // Parameters and results are in scope only in the body: resolve all their types first.
        List<Expr.Ident> ids = new ArrayList<>();
        Tuple params = tuple(ft.params(), scope, Var.Kind.PARAM, variadic, ft, ids);
        Tuple results = tuple(ft.results(), scope, Var.Kind.RESULT, null, ft, ids);
        int k = 0;
        for (Tuple t : List.of(params, results)) {
            for (Var v : t.vars()) {
                if (!v.name.isEmpty()) c.declare(scope, ids.get(k++), v);
            }
        }
        return new Signature(recv, tps, recvTps, params, results, variadic[0]);
    }

    private void recvCheck(Type base, Expr e) {
        if (Types.isInvalid(base)) return;
        c.delayed.add(() -> {
            if (base instanceof Named n) {
                if (n.obj.pkg != c.pkg) {
                    c.errorAt(e, "cannot define new methods on non-local type " + c.str(base));
                    return;
                }
                Type u = n.underlying();
                if (u instanceof Pointer || u instanceof Interface) {
                    c.errorAt(e, "invalid receiver type " + c.str(base) + " (pointer or interface type)");
                }
            } else if (base instanceof Basic) {
                c.errorAt(e, "cannot define new methods on non-local type " + c.str(base));
            } else {
                c.errorAt(e, "invalid receiver type " + c.str(base));
            }
        });
    }

    private Tuple tuple(List<Expr.Field> fields, Scope scope, Var.Kind kind, boolean[] variadic, Object owner,
                        List<Expr.Ident> ids) {
        List<Var> vars = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            Expr.Field f = fields.get(i);
            Expr te = f.type();
            Type t;
            if (te instanceof Expr.Dots d && d.elem() != null) {
                if (variadic != null && i == fields.size() - 1 && f.names().size() <= 1) {
                    variadic[0] = true;
                    t = new Slice(typ(d.elem(), scope));
                } else {
                    c.errorAt(te, "can only use ... with final parameter in list");
                    t = typ(d.elem(), scope);
                }
                c.info.types.put(te, new TypeAndValue(Mode.TYPEXPR, t, null));
            } else {
                t = typ(te, scope);
            }
            if (f.names().isEmpty()) {
                Var v = new Var(te.pos(), c.pkg, "", t, kind, false);
                v.owner = owner;
                vars.add(v);
            } else {
                for (Expr.Ident id : f.names()) {
                    Var v = new Var(id.pos(), c.pkg, id.name(), t, kind, false);
                    v.owner = owner;
                    v.used = true;
                    ids.add(id);
                    vars.add(v);
                }
            }
        }
        return vars.isEmpty() ? Tuple.EMPTY : new Tuple(vars);
    }
}
