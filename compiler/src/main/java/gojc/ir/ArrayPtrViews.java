package gojc.ir;

import gojc.constant.ConstValue;
import gojc.syntax.Decl;
import gojc.syntax.Expr;
import gojc.syntax.File;
import gojc.syntax.Node;
import gojc.syntax.Pos;
import gojc.syntax.Stmt;
import gojc.syntax.Token;
import gojc.types.Array;
import gojc.types.Builtin;
import gojc.types.Func;
import gojc.types.Info;
import gojc.types.Pointer;
import gojc.types.Slice;
import gojc.types.Type;
import gojc.types.Universe;
import gojc.types.Var;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Conversions {@code (*[n]T)(s)} whose pointer does not escape, held as the slice s[0:n:n].
 * A pointer to an array is the Java array itself, which cannot alias part of a longer one
 * (gojc.rt.ArrayPtrs); a slice can, and with length and capacity n its bounds are the array's.
 * <p>A local qualifies when it is declared with the conversion alone ({@code p := (*[n]T)(s)},
 * {@code var p = ...}), n > 0, is never assigned again, address-taken or captured, and every
 * use is {@code p[i]} (read, stored, {@code &p[i]}), {@code p[lo:hi(:max)]}, {@code *p} read or
 * stored, {@code (*p)[i]}, {@code (*p)[lo:hi]}, {@code len(p)}, {@code cap(p)} or
 * {@code range p}: LowerComposite lowers those on the slice. The conversion used directly as
 * {@code (*[n]T)(s)[i]} or {@code (*[n]T)(s)[lo:hi]} takes the slice too. Other pointers stay
 * arrays (ArrayPtrs.of), so code using them pays nothing.
 * <p>An unexported package variable qualifies the same way ({@code var p = (*[n]T)(s)}, uses
 * checked over the whole package, none in a generic function, whose instances another package
 * may compile); its static field then holds the slice.
 */
public final class ArrayPtrViews {
    private final Lower l;
    /** The qualifying locals of the function; null until its first such conversion is lowered. */
    private Set<Var> views;
    private final Set<Variable> viewVars = new HashSet<>();
    /** The qualifying package variables of the package being compiled (analyzePackage). */
    private static final ThreadLocal<Set<Var>> GLOBALS = ThreadLocal.withInitial(Set::of);

    ArrayPtrViews(Lower l) {
        this.l = l;
    }

    /**
     * Called when a conversion of a slice to an array pointer is lowered: the first one finds
     * the function's qualifying locals (their declarations lower the conversion first, so no
     * local is declared before this runs; functions without the conversion pay nothing).
     */
    void converting() {
        if (views == null) views = l.body == null ? Set.of() : new Analysis(l.info).run(List.of(l.body));
    }

    boolean isView(Var v) {
        if (v.kind == Var.Kind.PACKAGE) return GLOBALS.get().contains(v);
        return views != null && views.contains(v);
    }

    /**
     * Finds the package's qualifying package variables before its code is lowered (only
     * packages declaring one with the conversion are walked).
     */
    public static void analyzePackage(Info info, List<File> files) {
        Analysis a = new Analysis(info);
        for (var init : info.initOrder) {
            if (init.lhs().size() == 1 && !init.lhs().get(0).exported()) a.candidate(init.lhs().get(0), init.rhs());
        }
        if (a.candidates.isEmpty()) {
            GLOBALS.set(Set.of());
            return;
        }
        List<Node> code = new ArrayList<>();
        for (File f : files) {
            for (Decl d : f.decls()) {
                if (d instanceof Decl.Func fd && info.defs.get(fd.name()) instanceof Func fn && Generics.isGeneric(fn)) {
                    a.generic.add(fd);
                }
                code.add(d);
            }
        }
        GLOBALS.set(a.run(code));
    }

    /** The type a package variable's field has: its own, or a view's slice type. */
    public static IrType globalType(Var v, Pos pos) {
        return GLOBALS.get().contains(v) ? sliceType(v.type(), pos) : IrType.of(v.type(), pos);
    }

    /** The value a package variable v is initialized with: for a view, the slice. */
    static IrExpr globalInit(Var v, IrExpr init) {
        if (!GLOBALS.get().contains(v)) return init;
        return view(init, sliceType(v.type(), v.pos), v.name);
    }

    /** The slice type a view of the pointer type ptr has. */
    static IrType sliceType(Type ptr, Pos pos) {
        Array a = (Array) ((Pointer) ptr.underlying()).elem().underlying();
        return IrType.of(new Slice(a.elem()), pos);
    }

    static long arrayLen(Type ptr) {
        return ((Array) ((Pointer) ptr.underlying()).elem().underlying()).len();
    }

    /** The variable for a qualifying local, of the slice type. */
    Variable local(Var v) {
        Variable x = new Variable(v.name, sliceType(v.type(), v.pos));
        viewVars.add(x);
        return x;
    }

    /** The value a view variable x is declared with: the conversion's ArrayPtrs.of made a view. */
    IrExpr declared(Variable x, IrExpr init) {
        return viewVars.contains(x) ? view(init, x.type, x.name) : init;
    }

    private static IrExpr view(IrExpr init, IrType t, String name) {
        if (!(init instanceof IrExpr.RtCall r && r.owner().equals("gojc/rt/ArrayPtrs") && r.name().equals("of"))) {
            throw new IllegalStateException("gojc: internal: view " + name + " declared with " + init);
        }
        // view(slice, n): of's arguments without its failure position
        return new IrExpr.RtCall(r.owner(), "view", "(" + LowerComposite.OBJ + "I)" + LowerComposite.OBJ, r.args().subList(0, 2), t);
    }

    /** The local view x names, or null. */
    Var viewVar(Expr x) {
        return Expr.unparen(x) instanceof Expr.Ident id && l.info.uses.get(id) instanceof Var v && isView(v) ? v : null;
    }

    /**
     * The pointer behind x when x is held as a slice, else null: a view local, and when
     * {@code indexing} (x is indexed or sliced) also the conversion itself and {@code *p} of
     * either (p[i] is (*p)[i]). Range does not: {@code range (*[n]T)(s)} with a key alone does
     * not evaluate the conversion, and {@code range *p} ranges over a copy.
     */
    private Expr viewOperand(Expr x, boolean indexing) {
        if (viewVar(x) != null) return x;
        if (!indexing) return null;
        if (directN(x) > 0) return x;
        return Expr.unparen(x) instanceof Expr.Star st && (viewVar(st.x()) != null || directN(st.x()) > 0) ? st.x() : null;
    }

    boolean isSeq(Expr x, boolean indexing) {
        return viewOperand(x, indexing) != null;
    }

    /** The pointer type of a view operand x (isSeq). */
    Type pointerType(Expr x) {
        return l.info.typeOf(viewOperand(x, true)).type();
    }

    /** The type x[i] and x[lo:hi] dispatch on: a view's slice type, or x's own. */
    Type seqType(Expr x, boolean indexing) {
        Expr v = viewOperand(x, indexing);
        return v == null ? l.info.typeOf(x).type() : sliceType(l.info.typeOf(v).type(), x.pos()).go();
    }

    /** x lowered as the value seqType describes. */
    IrExpr seqExpr(Expr x, boolean indexing) {
        Expr v = viewOperand(x, indexing);
        if (v == null) return l.expr(x, null);
        if (viewVar(v) != null) return l.expr(v, null);
        Type t = l.info.typeOf(v).type();
        return LowerComposite.rt("gojc/rt/ArrayPtrs", "view", "(" + LowerComposite.OBJ + "I)" + LowerComposite.OBJ,
                sliceType(t, v.pos()), l.expr(convertedSlice(l.info, v), null), int32(arrayLen(t)));
    }

    /** n of x = (*[n]T)(s), or -1 when x is no such conversion. */
    private long directN(Expr x) {
        return convertedSlice(l.info, x) == null ? -1 : arrayLen(l.info.typeOf(x).type());
    }

    static IrExpr int32(long v) {
        return new IrExpr.Const(IrType.of(Universe.INT32, null), ConstValue.makeInt64(v));
    }

    /** For e a conversion (*[n]T)(s) of a slice, s; otherwise null. */
    static Expr convertedSlice(Info info, Expr e) {
        if (!(Expr.unparen(e) instanceof Expr.Call c) || c.args().size() != 1) return null;
        var ftv = info.typeOf(c.fun());
        if (ftv == null || !ftv.isType()) return null;
        Type from = info.typeOf(c.args().get(0)).type();
        return from.underlying() instanceof Slice && ftv.type().underlying() instanceof Pointer p
                && p.elem().underlying() instanceof Array ? c.args().get(0) : null;
    }

    /** One walk of code: the declarations that qualify, then every use of them. */
    private static final class Analysis {
        private final Info info;
        private final Map<Node, Node> parents = new IdentityHashMap<>();
        final Set<Var> candidates = new HashSet<>();
        private final List<Expr.Ident> idents = new ArrayList<>();
        /** Generic functions: a use inside one disqualifies (see the class comment). */
        final Set<Node> generic = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        private final Set<Expr.Ident> inGeneric = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

        Analysis(Info info) {
            this.info = info;
        }

        Set<Var> run(List<? extends Node> code) {
            for (Node n : code) walk(n, null, generic.contains(n));
            Set<Var> bad = new HashSet<>();
            for (Expr.Ident id : idents) {
                if (info.uses.get(id) instanceof Var v && candidates.contains(v) && (inGeneric.contains(id) || !allowed(id))) bad.add(v);
            }
            candidates.removeAll(bad);
            return candidates;
        }

        private void walk(Node n, Node parent, boolean inGenericFunc) {
            if (parent != null) parents.put(n, parent);
            if (n instanceof Expr.Ident id) {
                idents.add(id);
                if (inGenericFunc) inGeneric.add(id);
            }
            if (n instanceof Stmt.Assign a && a.tok() == Token.DEFINE && a.lhs().size() == 1 && a.rhs().size() == 1
                    && a.lhs().get(0) instanceof Expr.Ident id) {
                declaration(id, a.rhs().get(0));
            }
            if (n instanceof Decl.ValueSpec vs && vs.names().size() == 1 && vs.values().size() == 1) {
                declaration(vs.names().get(0), vs.values().get(0));
            }
            for (RecordComponent rc : components(n.getClass())) {
                Object c;
                try {
                    c = rc.getAccessor().invoke(n);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                if (c instanceof Node child) {
                    walk(child, n, inGenericFunc);
                } else if (c instanceof List<?> list) {
                    for (Object o : list) {
                        if (o instanceof Node child) walk(child, n, inGenericFunc);
                    }
                }
            }
        }

        private void declaration(Expr.Ident id, Expr init) {
            if (info.defs.get(id) instanceof Var v && v.kind == Var.Kind.LOCAL && !v.captured()) candidate(v, init);
        }

        /** Adds v, declared with init alone, when it is never assigned again nor address-taken. */
        void candidate(Var v, Expr init) {
            if (convertedSlice(info, init) == null || v.assignments() != 0 || v.addressTaken()) return;
            if (!(v.type().underlying() instanceof Pointer p) || !(p.elem().underlying() instanceof Array a) || a.len() <= 0) return;
            candidates.add(v);
        }

        /** Whether a use of a candidate is one LowerComposite lowers on the slice. */
        private boolean allowed(Expr.Ident id) {
            Node use = outer(id);
            Node p = parents.get(use);
            if (p instanceof Expr.Index ix) return ix.x() == use;
            if (p instanceof Expr.Slice s) return s.x() == use;
            if (p instanceof Stmt.Range r) return r.x() == use;
            if (p instanceof Expr.Call c) {
                return Expr.unparen(c.fun()) instanceof Expr.Ident f && info.uses.get(f) instanceof Builtin b
                        && (b.id == Builtin.Id.LEN || b.id == Builtin.Id.CAP);
            }
            if (p instanceof Expr.Star st) {
                // *p is a copy or a store of all n elements, (*p)[i] and (*p)[lo:hi] are p's; its
                // address or a method called on it would need the array
                Node sp = parents.get(outer(st));
                return !(sp instanceof Expr.Unary u && u.op() == Token.AND || sp instanceof Expr.Selector);
            }
            return false;
        }

        /** n with the parentheses around it. */
        private Node outer(Node n) {
            while (parents.get(n) instanceof Expr.Paren p) n = p;
            return n;
        }
    }

    private static final Map<Class<?>, RecordComponent[]> COMPONENTS = new HashMap<>();

    private static RecordComponent[] components(Class<?> c) {
        synchronized (COMPONENTS) {
            return COMPONENTS.computeIfAbsent(c, k -> k.isRecord() ? k.getRecordComponents() : new RecordComponent[0]);
        }
    }
}
