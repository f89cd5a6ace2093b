package gojc.ir;

import gojc.constant.ConstValue;
import gojc.syntax.Expr;
import gojc.syntax.Pos;
import gojc.syntax.Stmt;
import gojc.syntax.Token;
import gojc.types.Array;
import gojc.types.Basic;
import gojc.types.Builtin;
import gojc.types.MapType;
import gojc.types.Mode;
import gojc.types.Pointer;
import gojc.types.Selection;
import gojc.types.Slice;
import gojc.types.Struct;
import gojc.types.Type;
import gojc.types.Types;
import gojc.types.Universe;
import gojc.types.Var;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lowers Go's composite values: strings' index/slice/range, arrays, slices, maps, structs and
 * pointers. Most operations become {@link IrExpr.RtCall}s of the runtime's helpers; struct
 * and array values follow the ownership rule of docs/architecture.md (stores into a fresh
 * location take a copy, assignments copy into the existing object).
 */
final class LowerComposite {
    static final String GS = "Lgojc/rt/GoString;";
    static final String OBJ = "Ljava/lang/Object;";
    static final String ZF = "Lgojc/rt/ZeroFactory;";
    static final IrType ZF_T = jvm(ZF);
    static final IrType OBJ_T = jvm(OBJ);

    private final Lower l;
    /** Address-taken locals that are not structs or arrays: they live in heap cells. */
    private final Map<Var, Variable> cells = new IdentityHashMap<>();
    /** Index and slice operands of unsigned 64-bit type: accesses behind a sign test. */
    private final UnsignedBounds unsigned;

    LowerComposite(Lower l) {
        this.l = l;
        this.unsigned = new UnsignedBounds(l);
    }

    static IrType jvm(String desc) {
        return new IrType(null, Repr.REF, null, desc);
    }

    private static IrType intT() {
        return IrType.of(Universe.INT, null);
    }

    private static IrType boolT() {
        return IrType.of(Universe.BOOL, null);
    }

    static IrExpr rt(String owner, String name, String desc, IrType t, IrExpr... args) {
        return new IrExpr.RtCall(owner, name, desc, List.of(args), t);
    }

    private static IrExpr intConst(long v) {
        return new IrExpr.Const(intT(), ConstValue.makeInt64(v));
    }

    // ---- Variables in heap cells ----

    boolean isCell(Var v) {
        return cell(v) != null;
    }

    /**
     * The variable holding v's cell: this function's own, or in a function literal a field
     * capturing the enclosing function's cell (the cell is the variable, so it is shared).
     */
    Variable cell(Var v) {
        Variable c = cells.get(v);
        if (c != null || l.parent == null || !needsCell(v)) return c;
        Variable outer = l.parent.comp.cell(v);
        if (outer == null) return null;
        c = l.capture(outer, v.name);
        cells.put(v, c);
        return c;
    }

    /** Declares v; address-taken non-struct, non-array variables get a cell. */
    Variable declareCell(Var v) {
        Variable c = l.temp(IrType.of(new Pointer(v.type()), v.pos));
        cells.put(v, c);
        return c;
    }

    /** The pointer to v when v lives in a cell (the cell itself), else null. */
    IrExpr cellPointer(Var v) {
        return cells.containsKey(v) ? new IrExpr.Load(cells.get(v)) : null;
    }

    static boolean needsCell(Var v) {
        return v.addressTaken() && !CompositeTypes.isValueObject(v.type());
    }

    /** The statement initializing a cell variable with its first value. */
    IrStmt initCell(Pos pos, Var v, IrExpr value) {
        Variable c = isCell(v) ? cell(v) : declareCell(v);
        return new IrStmt.Store(pos, c, rt("gojc/rt/Cell", "make", "(" + OBJ + ")Lgojc/rt/Cell;", c.type, value));
    }

    IrExpr loadCell(Var v, Pos pos) {
        Variable c = cell(v);
        return rt("gojc/rt/Ptr", "load", "(Lgojc/rt/Ptr;)" + OBJ, IrType.of(v.type(), pos), new IrExpr.Load(c));
    }

    IrStmt storeCell(Pos pos, Var v, IrExpr value) {
        return new IrStmt.Eval(pos, rt("gojc/rt/Ptr", "store", "(Lgojc/rt/Ptr;" + OBJ + ")V", IrType.VOID,
                new IrExpr.Load(cell(v)), value));
    }

    // ---- Value semantics ----

    /** value as stored into a fresh location: a copy unless it is a fresh object already. */
    static IrExpr copyIfValue(IrExpr x) {
        if (x.type().go() == null || !CompositeTypes.isValueObject(x.type().go())) return x;
        if (x instanceof IrExpr.Call || x instanceof IrExpr.StructLit || x instanceof IrExpr.ArrayLit
                || x instanceof IrExpr.Zero || x instanceof IrExpr.Copy) {
            return x;
        }
        return new IrExpr.Copy(x, x.type());
    }

    static boolean isValue(IrType t) {
        return t.go() != null && CompositeTypes.isValueObject(t.go());
    }

    // ---- Expressions ----

    /** Lowers the composite-value expressions; null for the ones Lower handles itself. */
    IrExpr expr(Expr e, IrType want) {
        if (e instanceof Expr.Index ix) return index(ix);
        if (e instanceof Expr.Slice s) return sliceExpr(s);
        if (e instanceof Expr.Selector s) return selector(s);
        if (e instanceof Expr.Star s) return deref(s);
        if (e instanceof Expr.CompositeLit c) return compositeLit(c, l.type(c));
        if (e instanceof Expr.Unary u && u.op() == Token.AND) return addressOf(u);
        if (e instanceof Expr.Ident id) {
            if (l.info.objectOf(id) instanceof gojc.types.Nil) {
                return new IrExpr.Zero(want != null ? want : IrType.of(l.info.typeOf(id).type(), id.pos()));
            }
            if (l.info.objectOf(id) instanceof Var v && isCell(v)) return loadCell(v, id.pos());
        }
        return null;
    }

    private IrExpr index(Expr.Index ix) {
        if (ix.indices().size() != 1) throw new NotSupported("generic instantiation", ix.pos());
        Type xt = l.views.seqType(ix.x(), true);
        Type u = xt.underlying();
        IrType t = l.type(ix);
        Expr ie = ix.indices().get(0);
        if (u instanceof MapType m) {
            IrType kt = IrType.of(m.key(), ix.pos());
            IrExpr key = copyIfValue(l.expr(ie, kt));
            return rt(CompositeTypes.GOMAP, "get", "(L" + CompositeTypes.GOMAP + ";" + OBJ + OBJ + ")" + OBJ, t,
                    l.expr(ix.x(), null), key, zeroOf(t));
        }
        if (!(u instanceof Basic || u instanceof Slice || u instanceof Array || u instanceof Pointer)) {
            throw new NotSupported("index of " + xt, ix.pos());
        }
        List<IrStmt> pre = new ArrayList<>();
        UnsignedBounds.Access a = operands(pre, ix.pos(), u, ie, l.views.seqExpr(ix.x(), true), l.expr(ie, intT()));
        IrExpr x = a.x();
        IrExpr i = a.i();
        String id = indexDesc(i);
        IrExpr r;
        if (u instanceof Basic) {
            r = rt("gojc/rt/GoString", "index", "(" + GS + id + ")B", t, x, i);
        } else if (u instanceof Slice s) {
            char k = CompositeTypes.elemKind(s.elem(), ix.pos());
            String sc = "gojc/rt/Slice" + k;
            r = rt(sc, "get", "(L" + sc + ";" + id + ")" + slotJvm(k), t, x, i);
        } else {
            r = new IrExpr.ArrayLoad(u instanceof Pointer ? new IrExpr.NilCheck(x, x.type()) : x, i, t);
        }
        return pre.isEmpty() ? r : new IrExpr.Let(pre, r, t);
    }

    /**
     * The sequence and index of x[i]: for an index of unsigned 64-bit type, behind its sign
     * test (UnsignedBounds, which may move x to a temporary in pre); otherwise the index as a
     * JVM int where it is one already (jvmIndex).
     */
    private UnsignedBounds.Access operands(List<IrStmt> pre, Pos pos, Type u, Expr ie, IrExpr x, IrExpr i) {
        return unsigned.appliesTo(u, ie) ? unsigned.access(pre, pos, x, u, i) : new UnsignedBounds.Access(x, jvmIndex(i));
    }

    /**
     * An index that is a JVM int already (a signed int32 or narrower, such as a loop counter
     * LoopNarrowing keeps in an int) stays one: the runtime's int overloads compare it unsigned
     * as ints, a test the JIT hoists out of counted loops. Anything else is a Go int (a long).
     */
    static IrExpr jvmIndex(IrExpr i) {
        IrExpr x = i instanceof IrExpr.Convert c ? c.x() : i;
        return x.type().repr() == Repr.INT && !x.type().isUnsigned() ? x : i;
    }

    /** The JVM type of an index from jvmIndex. */
    static String indexDesc(IrExpr i) {
        // an unsigned int-held index (uint32 up to 1<<32-1) is widened, zero-extended, to a long
        return i.type().repr() == Repr.INT && !i.type().isUnsigned() ? "I" : "J";
    }

    static String slotJvm(char k) {
        return k == 'L' ? OBJ : String.valueOf(k);
    }

    private static String sliceArrayDesc(char k) {
        return k == 'L' ? "[" + OBJ : "[" + k;
    }

    /** The zero of t as an expression (for map misses and fresh elements). */
    static IrExpr zeroOf(IrType t) {
        return t.repr() == Repr.REF ? new IrExpr.Zero(t) : Lower.zero(t);
    }

    private IrExpr sliceExpr(Expr.Slice s) {
        if (l.views.isSeq(s.x(), true)) return viewSlice(s);
        Type xt = l.info.typeOf(s.x()).type();
        Type u = xt.underlying();
        IrType t = l.type(s);
        IrExpr x = l.expr(s.x(), null);
        IrExpr lo = s.low() == null ? intConst(0) : l.expr(s.low(), intT());
        int uns = unsigned.mask(s.low(), s.high(), s.max());
        if (u instanceof Basic) {
            if (uns != 0) return unsigned.sliceString(s, x, lo, t);
            if (s.high() == null) {
                Variable tmp = l.temp(x.type());
                // the string is evaluated once: hi defaults to its length
                return new IrExpr.Let(List.of(new IrStmt.Store(s.pos(), tmp, x)),
                        rt("gojc/rt/GoString", "slice", "(" + GS + "JJ)" + GS, t, new IrExpr.Load(tmp), lo,
                                rt("gojc/rt/GoString", "len", "(" + GS + ")I", intT(), new IrExpr.Load(tmp))), t);
            }
            return rt("gojc/rt/GoString", "slice", "(" + GS + "JJ)" + GS, t, x, lo, l.expr(s.high(), intT()));
        }
        Type elem = ((Slice) t.go().underlying()).elem();
        char k = CompositeTypes.elemKind(elem, s.pos());
        String sc = "gojc/rt/Slice" + k;
        String scd = "L" + sc + ";";
        boolean isArray = !(u instanceof Slice);
        if (u instanceof Pointer) x = new IrExpr.NilCheck(x, x.type());
        String src = isArray ? sliceArrayDesc(k) : scd;
        // hi defaults to len: evaluate x once into a temporary.
        List<IrStmt> pre = new ArrayList<>();
        if (s.high() == null || uns != 0) {
            Variable tmp = l.temp(x.type());
            pre.add(new IrStmt.Store(s.pos(), tmp, x));
            x = new IrExpr.Load(tmp);
        }
        IrExpr hi = s.high() != null ? l.expr(s.high(), intT())
                : isArray ? new IrExpr.Const(intT(), ConstValue.makeInt64(((Array) (u instanceof Pointer p ? p.elem().underlying() : u)).len()))
                : rt(sc, "len", "(" + scd + ")I", intT(), x);
        IrExpr max = s.slice3() ? l.expr(s.max(), intT()) : null;
        if (uns != 0) {
            // the operands in temporaries, behind their sign test
            lo = unsigned.once(pre, s.pos(), lo);
            hi = unsigned.once(pre, s.pos(), hi);
            if (max != null) max = unsigned.once(pre, s.pos(), max);
            pre.add(unsigned.checkSlice(s.pos(), x, u, lo, hi, max, uns));
        }
        IrExpr r;
        if (s.slice3()) {
            r = rt(sc, isArray ? "sliceArray3" : "slice3", "(" + src + "JJJ)" + scd, t, x, lo, hi, max);
        } else {
            r = rt(sc, isArray ? "sliceArray" : "slice", "(" + src + "JJ)" + scd, t, x, lo, hi);
        }
        return pre.isEmpty() ? r : new IrExpr.Let(pre, r, t);
    }

    private IrExpr selector(Expr.Selector s) {
        Selection sel = l.info.selections.get(s);
        if (sel == null || sel.kind() != Selection.Kind.FIELD_VAL) return null;
        IrExpr x = l.expr(s.x(), null);
        return fieldPath(x, l.info.typeOf(s.x()).type(), sel.index(), s.pos());
    }

    /** Follows a field index path through embedded fields, dereferencing pointers on the way. */
    IrExpr fieldPath(IrExpr x, Type t, List<Integer> path, Pos pos) {
        for (int idx : path) {
            if (t.underlying() instanceof Pointer p) {
                x = new IrExpr.NilCheck(x, x.type());
                t = p.elem();
            }
            Struct st = (Struct) t.underlying();
            Type ft = st.fields().get(idx).type();
            x = new IrExpr.GetField(x, idx, IrType.of(ft, pos));
            t = ft;
        }
        return x;
    }

    /**
     * p[lo:hi] or p[lo:hi:max] of an array pointer held as a slice (ArrayPtrViews): the slice's
     * slice, checked first against n with gc's texts for an array pointer ("with length n").
     */
    private IrExpr viewSlice(Expr.Slice s) {
        Pos pos = s.pos();
        Type pt = l.views.pointerType(s.x());
        long n = ArrayPtrViews.arrayLen(pt);
        IrType t = l.type(s);
        char k = CompositeTypes.elemKind(((Slice) t.go().underlying()).elem(), pos);
        String sc = "gojc/rt/Slice" + k;
        String scd = "L" + sc + ";";
        List<IrStmt> pre = new ArrayList<>();
        IrExpr x = unsigned.once(pre, pos, l.views.seqExpr(s.x(), true));
        IrExpr lo = unsigned.once(pre, pos, s.low() == null ? intConst(0) : l.expr(s.low(), intT()));
        IrExpr hi = unsigned.once(pre, pos, s.high() == null ? intConst(n) : l.expr(s.high(), intT()));
        IrExpr max = s.slice3() ? unsigned.once(pre, pos, l.expr(s.max(), intT())) : null;
        int uns = unsigned.mask(s.low(), s.high(), s.max());
        if (uns != 0) pre.add(unsigned.checkSlice(pos, x, pt.underlying(), lo, hi, max, uns));
        IrExpr lenKind = new IrExpr.Const(boolT(), ConstValue.makeBool(true));
        IrExpr r;
        if (max == null) {
            pre.add(new IrStmt.Eval(pos, rt("gojc/rt/Bounds", "checkSlice", "(JJIZ)V", IrType.VOID, lo, hi, int32(n), lenKind)));
            r = rt(sc, "slice", "(" + scd + "JJ)" + scd, t, x, lo, hi);
        } else {
            pre.add(new IrStmt.Eval(pos, rt("gojc/rt/Bounds", "checkSlice3", "(JJJIZ)V", IrType.VOID, lo, hi, max, int32(n), lenKind)));
            r = rt(sc, "slice3", "(" + scd + "JJJ)" + scd, t, x, lo, hi, max);
        }
        return new IrExpr.Let(pre, r, t);
    }

    /** The slice whose first n elements *x denotes: s of x = (*[n]T)(s), or a view local; else null. */
    private IrExpr derefSlice(Expr x) {
        Expr slice = ArrayPtrViews.convertedSlice(l.info, x);
        if (slice != null) return l.expr(slice, null);
        return l.views.viewVar(x) != null ? l.expr(x, null) : null;
    }

    private IrExpr deref(Expr.Star s) {
        IrType t = l.type(s);
        IrExpr slice = derefSlice(s.x());
        if (slice != null) {
            // *(*[n]T)(s) only reads the elements: a copy is exact even for a sub-slice
            IrExpr copy = rt("gojc/rt/ArrayPtrs", "copyOf", "(" + OBJ + "I)" + OBJ, t, slice,
                    new IrExpr.Const(IrType.of(Universe.INT32, null), ConstValue.makeInt64(((Array) t.go().underlying()).len())));
            return new IrExpr.NilCheck(copy, t);
        }
        IrExpr p = l.expr(s.x(), null);
        if (isValue(t)) return new IrExpr.NilCheck(p, t);
        return rt("gojc/rt/Ptr", "load", "(Lgojc/rt/Ptr;)" + OBJ, t, p);
    }

    private IrExpr addressOf(Expr.Unary u) {
        return addressOf(u.x(), l.type(u), u.pos());
    }

    /** {@code &x} of pointer type t (also the implicit {@code &x} of a pointer-method call). */
    IrExpr addressOf(Expr x0, IrType t, Pos pos) {
        Expr x = Expr.unparen(x0);
        Expr.Unary u = new Expr.Unary(pos, gojc.syntax.Token.AND, x0);
        Type elem = ((Pointer) t.go().underlying()).elem();
        boolean obj = CompositeTypes.isValueObject(elem);
        if (x instanceof Expr.CompositeLit c) {
            IrExpr lit = compositeLit(c, IrType.of(elem, u.pos()));
            return obj ? new IrExpr.Convert(lit, t) : rt("gojc/rt/Cell", "make", "(" + OBJ + ")Lgojc/rt/Cell;", t, lit);
        }
        if (obj) {
            // a pointer to a struct or array is the object itself
            IrExpr v = l.expr(x, null);
            return new IrExpr.Convert(v instanceof IrExpr.Copy c ? c.x() : v, t);
        }
        if (x instanceof Expr.Ident id && l.info.objectOf(id) instanceof Var v) {
            if (v.kind == Var.Kind.PACKAGE) {
                Global g = Names.global(v, IrType.of(v.type(), u.pos()));
                IrType str = jvm("Ljava/lang/String;");
                return rt("gojc/rt/FieldPtr", "ofStatic", "(Ljava/lang/String;Ljava/lang/String;)Lgojc/rt/FieldPtr;", t,
                        new IrExpr.Const(str, ConstValue.makeString(g.owner().replace('/', '.'))), new IrExpr.Const(str, ConstValue.makeString(g.name())));
            }
            if (!isCell(v)) throw new NotSupported("address of " + v.name + " (not in a cell)", u.pos());
            return new IrExpr.Load(cell(v));
        }
        if (x instanceof Expr.Star st) {
            // &*p is p, but evaluating *p checks p against nil
            IrExpr p = l.expr(st.x(), null);
            return new IrExpr.NilCheck(p, p.type());
        }
        if (x instanceof Expr.Index ix) {
            Type u2 = l.views.seqType(ix.x(), true).underlying();
            List<IrStmt> pre = new ArrayList<>();
            UnsignedBounds.Access acc = operands(pre, u.pos(), u2, ix.indices().get(0), l.views.seqExpr(ix.x(), true), l.expr(ix.indices().get(0), intT()));
            IrExpr a = acc.x();
            if (u2 instanceof Pointer) a = new IrExpr.NilCheck(a, a.type());
            String owner = u2 instanceof Slice ? "gojc/rt/Values" : "gojc/rt/ElemPtr";
            IrExpr r = rt(owner, u2 instanceof Slice ? "elemPtr" : "of", "(" + OBJ + "J)Lgojc/rt/ElemPtr;", t, a, acc.i());
            return pre.isEmpty() ? r : new IrExpr.Let(pre, r, t);
        }
        if (x instanceof Expr.Selector s) {
            Selection sel = l.info.selections.get(s);
            if (sel != null && sel.kind() == Selection.Kind.FIELD_VAL) {
                List<Integer> path = sel.index();
                IrExpr o = fieldPath(l.expr(s.x(), null), l.info.typeOf(s.x()).type(), path.subList(0, path.size() - 1), s.pos());
                Struct st = (Struct) derefType(l.info.typeOf(s.x()).type(), path).underlying();
                String name = CompositeTypes.fieldName(st, path.get(path.size() - 1));
                return rt("gojc/rt/FieldPtr", "of", "(" + OBJ + "Ljava/lang/String;)Lgojc/rt/FieldPtr;", t, o,
                        new IrExpr.Const(jvm("Ljava/lang/String;"), ConstValue.makeString(name)));
            }
        }
        throw new NotSupported("address of " + x.getClass().getSimpleName(), u.pos());
    }

    /** The struct type holding the last field of a path starting at t. */
    static Type derefType(Type t, List<Integer> path) {
        for (int i = 0; i < path.size(); i++) {
            if (t.underlying() instanceof Pointer p) t = p.elem();
            if (i == path.size() - 1) return t;
            t = ((Struct) t.underlying()).fields().get(path.get(i)).type();
        }
        return t;
    }

    // ---- Composite literals ----

    IrExpr compositeLit(Expr.CompositeLit c, IrType t) {
        Type u = t.go().underlying();
        if (u instanceof Pointer p) {
            // elided &T in a literal element
            IrType et = IrType.of(p.elem(), c.pos());
            IrExpr lit = compositeLit(c, et);
            return CompositeTypes.isValueObject(p.elem()) ? new IrExpr.Convert(lit, t) : rt("gojc/rt/Cell", "make", "(" + OBJ + ")Lgojc/rt/Cell;", t, lit);
        }
        if (u instanceof Struct st) {
            IrExpr[] fields = new IrExpr[st.fields().size()];
            int pos = 0;
            // keyed fields out of declaration order: values with calls are evaluated in source order first
            List<IrStmt> pre = new ArrayList<>();
            boolean reordered = false;
            int last = -1;
            for (Expr e : c.elts()) {
                int idx = e instanceof Expr.KeyValue kv ? fieldIndex(st, ((Expr.Ident) kv.key()).name()) : last + 1;
                reordered |= idx < last;
                // a blank field's value is evaluated apart: the others keep their order around it
                reordered |= st.fields().get(idx).name.equals("_") && LowerCalls.hasCall(e);
                last = idx;
            }
            for (Expr e : c.elts()) {
                int idx;
                Expr v;
                if (e instanceof Expr.KeyValue kv) {
                    String name = ((Expr.Ident) kv.key()).name();
                    idx = fieldIndex(st, name);
                    v = kv.value();
                } else {
                    idx = pos++;
                    v = e;
                }
                IrExpr x = copyIfValue(elem(v, IrType.of(st.fields().get(idx).type(), e.pos())));
                if (st.fields().get(idx).name.equals("_")) {
                    // a blank field stays zero; its value is still evaluated
                    if (LowerCalls.hasCall(v)) pre.add(new IrStmt.Eval(e.pos(), x));
                    continue;
                }
                if (reordered && LowerCalls.hasCall(v)) {
                    Variable tmp = l.temp(x.type());
                    pre.add(new IrStmt.Store(e.pos(), tmp, x));
                    x = new IrExpr.Load(tmp);
                }
                fields[idx] = x;
            }
            IrExpr lit = new IrExpr.StructLit(Arrays.asList(fields), t);
            return pre.isEmpty() ? lit : new IrExpr.Let(pre, lit, t);
        }
        if (u instanceof Array a) {
            List<IrStmt> pre = new ArrayList<>();
            IrExpr lit = new IrExpr.ArrayLit(elements(c, (int) a.len(), IrType.of(a.elem(), c.pos()), pre), t);
            return pre.isEmpty() ? lit : new IrExpr.Let(pre, lit, t);
        }
        if (u instanceof Slice s) {
            IrType et = IrType.of(s.elem(), c.pos());
            List<IrStmt> pre = new ArrayList<>();
            List<IrExpr> elems = elements(c, -1, et, pre);
            // A keyed literal's gaps: the backing array has no Go type for the generator to
            // zero them from, so strings, complex numbers, structs and arrays are zeroed here.
            if (CompositeTypes.needsZeroObject(s.elem())) elems.replaceAll(e -> e == null ? zeroOf(et) : e);
            char k = CompositeTypes.elemKind(s.elem(), c.pos());
            String sc = "gojc/rt/Slice" + k;
            IrType at = new IrType(null, Repr.REF, null, sliceArrayDesc(k));
            IrExpr lit = rt(sc, "wrap", "(" + sliceArrayDesc(k) + ")L" + sc + ";", t, new IrExpr.ArrayLit(elems, at));
            return pre.isEmpty() ? lit : new IrExpr.Let(pre, lit, t);
        }
        if (u instanceof MapType m) {
            IrType kt = IrType.of(m.key(), c.pos());
            IrType vt = IrType.of(m.elem(), c.pos());
            Variable tmp = l.temp(t);
            List<IrStmt> pre = new ArrayList<>();
            pre.add(new IrStmt.Store(c.pos(), tmp, makeMap(m, intConst(c.elts().size()), t)));
            for (Expr e : c.elts()) {
                Expr.KeyValue kv = (Expr.KeyValue) e;
                pre.add(new IrStmt.Eval(e.pos(), mapPut(new IrExpr.Load(tmp), copyIfValue(elem(kv.key(), kt)), copyIfValue(elem(kv.value(), vt)))));
            }
            return new IrExpr.Let(pre, new IrExpr.Load(tmp), t);
        }
        throw new NotSupported("composite literal of " + t.go(), c.pos());
    }

    /** A new slice of type t holding elems (the packed arguments of a variadic call). */
    IrExpr sliceOf(List<IrExpr> elems, IrType t, Pos pos) {
        Slice s = (Slice) t.go().underlying();
        List<IrExpr> copied = new ArrayList<>();
        for (IrExpr e : elems) copied.add(copyIfValue(e));
        char k = CompositeTypes.elemKind(s.elem(), pos);
        String sc = "gojc/rt/Slice" + k;
        IrType at = new IrType(null, Repr.REF, null, sliceArrayDesc(k));
        return rt(sc, "wrap", "(" + sliceArrayDesc(k) + ")L" + sc + ";", t, new IrExpr.ArrayLit(copied, at));
    }

    private static int fieldIndex(Struct st, String name) {
        for (int i = 0; i < st.fields().size(); i++) {
            if (st.fields().get(i).name.equals(name)) return i;
        }
        throw new IllegalStateException("no field " + name);
    }

    /** An element of a composite literal; nested literals may elide their type. */
    private IrExpr elem(Expr e, IrType t) {
        if (e instanceof Expr.CompositeLit c && c.type() == null) return compositeLit(c, t);
        return l.expr(e, t);
    }

    /** The elements of an array or slice literal by index; n < 0: as many as the keys reach. */
    /** The elements by index; with indices out of order, values with calls go to temporaries set by pre in source order. */
    private List<IrExpr> elements(Expr.CompositeLit c, int n, IrType et, List<IrStmt> pre) {
        List<IrExpr> out = new ArrayList<>();
        boolean reordered = false;
        int at = 0;
        for (Expr e : c.elts()) {
            if (e instanceof Expr.KeyValue kv) {
                int k = (int) ConstValue.int64Val(ConstValue.toInt(l.info.typeOf(kv.key()).value())).value();
                reordered |= k < at;
                at = k;
            }
            at++;
        }
        at = 0;
        for (Expr e : c.elts()) {
            Expr v = e;
            if (e instanceof Expr.KeyValue kv) {
                at = (int) ConstValue.int64Val(ConstValue.toInt(l.info.typeOf(kv.key()).value())).value();
                v = kv.value();
            }
            while (out.size() <= at) out.add(null);
            IrExpr x = copyIfValue(elem(v, et));
            if (reordered && LowerCalls.hasCall(v)) {
                Variable tmp = l.temp(x.type());
                pre.add(new IrStmt.Store(e.pos(), tmp, x));
                x = new IrExpr.Load(tmp);
            }
            out.set(at, x);
            at++;
        }
        while (out.size() < n) out.add(null);
        return out;
    }

    // ---- Maps ----

    private IrExpr makeMap(MapType m, IrExpr hint, IrType t) {
        return rt(CompositeTypes.GOMAP, "make", "(Lgojc/rt/KeyKind;J)L" + CompositeTypes.GOMAP + ";", t,
                keyKind(m.key()), hint);
    }

    private IrExpr keyKind(Type k) {
        IrType kk = jvm("Lgojc/rt/KeyKind;");
        if (CompositeTypes.isArray(k)) {
            return rt("gojc/rt/Values", "arrayKey", "(IZ)Lgojc/rt/KeyKind;", kk,
                    new IrExpr.Const(IrType.of(Universe.INT32, null), ConstValue.makeInt64(CompositeTypes.arrayDims(k))),
                    new IrExpr.Const(boolT(), ConstValue.makeBool(valueLeaf(CompositeTypes.arrayLeaf(k)))));
        }
        int code = 0;
        Type u = k.underlying();
        if (u instanceof Basic b) {
            switch (b.kind) {
                case FLOAT64 -> code = 1;
                case FLOAT32 -> code = 2;
                case COMPLEX128 -> code = 3;
                case COMPLEX64 -> code = 4;
                case UNSAFE_POINTER -> code = 8;
                default -> code = 0;
            }
        } else if (u instanceof Pointer || u instanceof gojc.types.Chan) {
            code = CompositeTypes.isPtrCell(k) ? 7 : 5;
        } else if (u instanceof gojc.types.Interface) {
            code = 6;
        }
        return rt("gojc/rt/Values", "keyKind", "(I)Lgojc/rt/KeyKind;", kk,
                new IrExpr.Const(IrType.of(Universe.INT32, null), ConstValue.makeInt64(code)));
    }

    /** Leaf elements compared with equals rather than identity. */
    static boolean valueLeaf(Type leaf) {
        Type u = leaf.underlying();
        return u instanceof Struct || u instanceof Basic && !Types.isUnsafePointer(u) || u instanceof gojc.types.Interface;
    }

    private static IrExpr mapPut(IrExpr m, IrExpr k, IrExpr v) {
        return rt(CompositeTypes.GOMAP, "put", "(L" + CompositeTypes.GOMAP + ";" + OBJ + OBJ + ")V", IrType.VOID, m, k, v);
    }

    /** {@code v, ok = m[k]} or {@code v, ok := m[k]}: null when rhs is no map index. */
    IrStmt commaOk(Pos pos, List<Expr> lhs, Expr rhs, boolean define) {
        List<IrStmt> out = new ArrayList<>();
        List<IrExpr> vs = commaOkValues(pos, rhs, out);
        if (vs == null) return null;
        out.add(l.storeTo(pos, lhs.get(0), vs.get(0), define));
        out.add(l.storeTo(pos, lhs.get(1), vs.get(1), define));
        return new IrStmt.Block(pos, out);
    }

    /** The value and ok of m[k] in temporaries set by out; null when rhs is no map index. */
    List<IrExpr> commaOkValues(Pos pos, Expr rhs, List<IrStmt> out) {
        Expr r = Expr.unparen(rhs);
        if (!(r instanceof Expr.Index ix) || !(l.info.typeOf(ix.x()).type().underlying() instanceof MapType m)) return null;
        IrType vt = IrType.of(m.elem(), pos);
        IrType kt = IrType.of(m.key(), pos);
        Variable raw = l.temp(OBJ_T);
        out.add(new IrStmt.Store(pos, raw, rt(CompositeTypes.GOMAP, "lookup", "(L" + CompositeTypes.GOMAP + ";" + OBJ + ")" + OBJ, OBJ_T,
                l.expr(ix.x(), null), copyIfValue(l.expr(ix.indices().get(0), kt)))));
        IrExpr v = rt("gojc/rt/Values", "orZero", "(" + OBJ + OBJ + ")" + OBJ, vt, new IrExpr.Load(raw), zeroOf(vt));
        IrExpr ok = rt("gojc/rt/Values", "found", "(" + OBJ + ")Z", boolT(), new IrExpr.Load(raw));
        Variable tv = l.temp(vt);
        Variable tok = l.temp(boolT());
        out.add(new IrStmt.Store(pos, tv, v));
        out.add(new IrStmt.Store(pos, tok, ok));
        return List.of(new IrExpr.Load(tv), new IrExpr.Load(tok));
    }

    // ---- Builtins ----

    IrExpr builtin(Expr.Call c, Builtin b) {
        List<Expr> args = c.args();
        switch (b.id) {
            case LEN, CAP -> {
                IrExpr x = l.expr(args.get(0), null);
                Type u = l.info.typeOf(args.get(0)).type().underlying();
                boolean len = b.id == Builtin.Id.LEN;
                if (u instanceof Basic) return rt("gojc/rt/GoString", "len", "(" + GS + ")I", intT(), x);
                if (u instanceof Slice s) {
                    String sc = "gojc/rt/Slice" + CompositeTypes.elemKind(s.elem(), c.pos());
                    return rt(sc, len ? "len" : "cap", "(L" + sc + ";)I", intT(), x);
                }
                if (u instanceof MapType) return rt(CompositeTypes.GOMAP, "len", "(L" + CompositeTypes.GOMAP + ";)I", intT(), x);
                if (u instanceof Pointer p && p.elem().underlying() instanceof Array a) {
                    // len(p) of a nil *array is the constant length and does not dereference;
                    // p is still evaluated when it has calls or receives (else it was a constant)
                    return new IrExpr.Seq(List.of(new IrStmt.Eval(c.pos(), x)), intConst(a.len()));
                }
                throw new NotSupported(b.name + " of " + u, c.pos());
            }
            case MAKE -> {
                IrType t = IrType.of(l.info.typeOf(args.get(0)).type(), c.pos());
                Type u = t.go().underlying();
                if (u instanceof Slice s) {
                    char k = CompositeTypes.elemKind(s.elem(), c.pos());
                    String sc = "gojc/rt/Slice" + k;
                    IrExpr n = l.expr(args.get(1), intT());
                    IrExpr cap;
                    if (args.size() > 2) {
                        cap = l.expr(args.get(2), intT());
                    } else if (n instanceof IrExpr.Const) {
                        cap = n;
                    } else {
                        Variable tmp = l.temp(n.type());
                        return new IrExpr.Let(List.of(new IrStmt.Store(c.pos(), tmp, n)),
                                makeSlice(sc, k, s.elem(), new IrExpr.Load(tmp), new IrExpr.Load(tmp), t), t);
                    }
                    return makeSlice(sc, k, s.elem(), n, cap, t);
                }
                if (u instanceof MapType m) {
                    return makeMap(m, args.size() > 1 ? l.expr(args.get(1), intT()) : intConst(0), t);
                }
                throw new NotSupported("make of " + t.go(), c.pos());
            }
            case NEW -> {
                IrType t = l.type(c);
                Type elem = ((Pointer) t.go().underlying()).elem();
                IrExpr z = zeroOf(IrType.of(elem, c.pos()));
                if (CompositeTypes.isValueObject(elem)) return new IrExpr.Convert(z, t);
                return rt("gojc/rt/Cell", "make", "(" + OBJ + ")Lgojc/rt/Cell;", t, z);
            }
            case APPEND -> {
                return append(c);
            }
            case COPY -> {
                IrExpr dst = l.expr(args.get(0), null);
                Type su = l.info.typeOf(args.get(1)).type().underlying();
                Slice s = (Slice) l.info.typeOf(args.get(0)).type().underlying();
                char k = CompositeTypes.elemKind(s.elem(), c.pos());
                String sc = "gojc/rt/Slice" + k;
                if (su instanceof Basic) {
                    return rt(sc, "copyString", "(L" + sc + ";" + GS + ")I", intT(), dst, l.expr(args.get(1), null));
                }
                if (CompositeTypes.isValueObject(s.elem())) {
                    List<IrExpr> shape = valueShape(s.elem());
                    return rt("gojc/rt/Values", "copyV", "(L" + sc + ";L" + sc + ";IZ)I", intT(), dst, l.expr(args.get(1), null),
                            shape.get(0), shape.get(1));
                }
                return rt(sc, "copy", "(L" + sc + ";L" + sc + ";)I", intT(), dst, l.expr(args.get(1), null));
            }
            case DELETE -> {
                MapType m = (MapType) l.info.typeOf(args.get(0)).type().underlying();
                return rt(CompositeTypes.GOMAP, "delete", "(L" + CompositeTypes.GOMAP + ";" + OBJ + ")V", IrType.VOID,
                        l.expr(args.get(0), null), l.expr(args.get(1), IrType.of(m.key(), c.pos())));
            }
            default -> {
                return null;
            }
        }
    }

    /** dims (0 for a struct) and the struct-leaf flag of a value element type, for Values. */
    private static List<IrExpr> valueShape(Type elem) {
        int dims = CompositeTypes.arrayDims(elem);
        boolean leaf = CompositeTypes.isStruct(CompositeTypes.arrayLeaf(elem));
        return List.of(new IrExpr.Const(IrType.of(Universe.INT32, null), ConstValue.makeInt64(dims)),
                new IrExpr.Const(boolT(), ConstValue.makeBool(leaf)));
    }

    private IrExpr makeSlice(String sc, char k, Type elem, IrExpr n, IrExpr cap, IrType t) {
        if (k == 'L') {
            return rt(sc, "make", "(JJ" + ZF + ")L" + sc + ";", t, n, cap, zeroFactory(elem));
        }
        return rt(sc, "make", "(JJ)L" + sc + ";", t, n, cap);
    }

    /** The runtime's maker of fresh zero elements of type t, or null when Java null is zero. */
    static IrExpr zeroFactory(Type t) {
        Type u = t.underlying();
        if (u instanceof Basic b && (b.kind == Basic.Kind.STRING)) {
            return rt("gojc/rt/Values", "stringZero", "()" + ZF, ZF_T);
        }
        if (u instanceof Basic b && (b.kind == Basic.Kind.COMPLEX128 || b.kind == Basic.Kind.COMPLEX64)) {
            return rt("gojc/rt/Values", b.kind == Basic.Kind.COMPLEX64 ? "complex64Zero" : "complex128Zero", "()" + ZF, ZF_T);
        }
        if (u instanceof Struct) {
            String cls = CompositeTypes.structClass(t);
            return rt(cls, "$zf", "()" + ZF, ZF_T);
        }
        if (u instanceof Array a) {
            char k = CompositeTypes.elemKind(a.elem(), null);
            return rt("gojc/rt/ArrayZero", "of", "(CI" + ZF + ")" + ZF, ZF_T,
                    new IrExpr.Const(IrType.of(Universe.INT32, null), ConstValue.makeInt64(k)),
                    new IrExpr.Const(IrType.of(Universe.INT32, null), ConstValue.makeInt64(a.len())),
                    k == 'L' ? zeroFactory(a.elem()) : new IrExpr.Zero(ZF_T));
        }
        return new IrExpr.Zero(ZF_T);
    }

    private IrExpr append(Expr.Call c) {
        List<Expr> args = c.args();
        IrType t = l.type(c);
        Slice s = (Slice) t.go().underlying();
        char k = CompositeTypes.elemKind(s.elem(), c.pos());
        String sc = "gojc/rt/Slice" + k;
        String scd = "L" + sc + ";";
        String zf = k == 'L' ? ZF : "";
        IrExpr x = l.expr(args.get(0), t);
        IrExpr size = new IrExpr.Const(IrType.of(Universe.INT32, null), ConstValue.makeInt64(Sizes.sizeof(s.elem())));
        List<IrExpr> call = new ArrayList<>(List.of(x));
        String name;
        String desc;
        if (args.size() == 1) return x;
        if (c.hasDots()) {
            Type yt = l.info.typeOf(args.get(1)).type().underlying();
            if (yt instanceof Basic) {
                call.add(l.expr(args.get(1), null));
                name = "appendString";
                desc = "(" + scd + GS + "I)" + scd;
            } else {
                call.add(l.expr(args.get(1), t));
                name = "appendSlice";
                desc = "(" + scd + scd + "I" + zf + ")" + scd;
            }
        } else if (args.size() == 2) {
            call.add(copyIfValue(l.expr(args.get(1), IrType.of(s.elem(), c.pos()))));
            name = "append";
            desc = "(" + scd + slotJvm(k) + "I" + zf + ")" + scd;
        } else {
            List<IrExpr> elems = new ArrayList<>();
            IrType et = IrType.of(s.elem(), c.pos());
            for (Expr e : args.subList(1, args.size())) elems.add(copyIfValue(l.expr(e, et)));
            call.add(rt(sc, "wrap", "(" + sliceArrayDesc(k) + ")" + scd, t, new IrExpr.ArrayLit(elems, jvm(sliceArrayDesc(k)))));
            name = "appendSlice";
            desc = "(" + scd + scd + "I" + zf + ")" + scd;
        }
        call.add(size);
        if (k == 'L' && !name.equals("appendString")) call.add(zeroFactory(s.elem()));
        if (CompositeTypes.isValueObject(s.elem())) {
            // struct/array elements own their objects: the runtime copies them (Values.appendV)
            call.addAll(valueShape(s.elem()));
            boolean one = name.equals("append");
            return new IrExpr.RtCall("gojc/rt/Values", one ? "appendV" : "appendSliceV",
                    "(" + scd + (one ? OBJ : scd) + "I" + ZF + "IZ)" + scd, call, t);
        }
        return new IrExpr.RtCall(sc, name, desc, call, t);
    }

    private static IrExpr int32(long v) {
        return new IrExpr.Const(IrType.of(Universe.INT32, null), ConstValue.makeInt64(v));
    }

    /** For e a conversion []byte(s) (any byte slice type) of a string s, s; otherwise null. */
    private Expr bytesOfString(Expr e) {
        if (!(Expr.unparen(e) instanceof Expr.Call c) || c.args().size() != 1 || c.hasDots()) return null;
        var ftv = l.info.typeOf(c.fun());
        if (ftv == null || !ftv.isType() || !(ftv.type().underlying() instanceof Slice s)) return null;
        Type from = l.info.typeOf(c.args().get(0)).type();
        return s.elem().underlying() instanceof Basic eb && eb.kind == Basic.Kind.UINT8
                && Types.isString(from) ? c.args().get(0) : null;
    }

    /** Conversions involving strings and byte/rune slices, and between identical representations. */
    IrExpr conversion(Expr arg, IrType to, Pos pos) {
        Type from = l.info.typeOf(arg).type();
        Type fu = from.underlying();
        Type tu = to.go().underlying();
        if (fu instanceof Slice && tu instanceof Pointer p && p.elem().underlying() instanceof Array a) {
            // (*[n]T)(s): the backing array itself (gojc.rt.ArrayPtrs), or for a pointer that does
            // not escape the slice s[0:n:n] (ArrayPtrViews, whose locals declared with it need
            // to be known now)
            l.views.converting();
            String where = pos.source().path().getFileName() + ":" + pos.line();
            return rt("gojc/rt/ArrayPtrs", "of", "(" + OBJ + "ILjava/lang/String;)" + OBJ, to, l.expr(arg, null),
                    new IrExpr.Const(IrType.of(Universe.INT32, null), ConstValue.makeInt64(a.len())),
                    new IrExpr.Const(jvm("Ljava/lang/String;"), ConstValue.makeString(where)));
        }
        if (tu instanceof Slice s && Types.isString(from)) {
            IrExpr x = l.expr(arg, IrType.of(Universe.STRING, pos));
            if (CompositeTypes.elemKind(s.elem(), pos) == 'B') {
                boolean constant = l.info.typeOf(arg).mode() == Mode.CONSTANT;
                return rt("gojc/rt/GoString", constant ? "toBytesExact" : "toBytes", "(" + GS + ")Lgojc/rt/SliceB;", to, x);
            }
            return rt("gojc/rt/GoString", "toRunes", "(" + GS + ")Lgojc/rt/SliceI;", to, x);
        }
        if (Types.isString(to.go()) && fu instanceof Slice s) {
            IrExpr x = l.expr(arg, null);
            if (CompositeTypes.elemKind(s.elem(), pos) == 'B') return rt("gojc/rt/GoString", "fromBytes", "(Lgojc/rt/SliceB;)" + GS, to, x);
            return rt("gojc/rt/GoString", "fromRunes", "(Lgojc/rt/SliceI;)" + GS, to, x);
        }
        if (to.repr() == Repr.REF && !to.isString() && !to.isComplex()) {
            if (fu instanceof Basic b && b.kind == Basic.Kind.UNTYPED_NIL) return new IrExpr.Zero(to);
            if (fu instanceof Struct st && tu instanceof Struct && !IrType.of(from, pos).descriptor().equals(to.descriptor())) {
                // between struct types with identical fields but different classes: field by field
                Variable tmp = l.temp(IrType.of(from, pos));
                List<IrExpr> fields = new ArrayList<>();
                for (int i = 0; i < st.fields().size(); i++) {
                    fields.add(copyIfValue(new IrExpr.GetField(new IrExpr.Load(tmp), i, IrType.of(st.fields().get(i).type(), pos))));
                }
                return new IrExpr.Let(List.of(new IrStmt.Store(pos, tmp, l.expr(arg, null))), new IrExpr.StructLit(fields, to), to);
            }
            IrExpr x = l.expr(arg, to);
            if (!x.type().descriptor().equals(to.descriptor())) throw new NotSupported("conversion from " + from + " to " + to.go(), pos);
            return new IrExpr.Convert(x, to);
        }
        return null;
    }

    // ---- Stores ----

    /**
     * lhs = value for index, field and pointer-indirection targets and cell variables; null
     * for the targets Lower handles. {@code value} is not yet copied.
     */
    IrStmt store(Pos pos, Expr lhs, IrExpr value) {
        if (!(lhs instanceof Expr.Index || lhs instanceof Expr.Selector || lhs instanceof Expr.Star)) return null;
        boolean val = isValue(l.type(lhs));
        if (lhs instanceof Expr.Index ix) {
            Type u = l.views.seqType(ix.x(), true).underlying();
            if (u instanceof MapType m) {
                IrExpr mx = l.expr(ix.x(), null);
                IrExpr k = copyIfValue(l.expr(ix.indices().get(0), IrType.of(m.key(), pos)));
                return new IrStmt.Eval(pos, mapPut(mx, k, copyIfValue(value)));
            }
            if (val) return new IrStmt.SetValue(pos, l.expr(lhs, null), value);
            List<IrStmt> out = new ArrayList<>();
            UnsignedBounds.Access a = operands(out, pos, u, ix.indices().get(0), l.views.seqExpr(ix.x(), true), l.expr(ix.indices().get(0), intT()));
            IrExpr x = a.x();
            IrExpr i = a.i();
            if (u instanceof Slice s) {
                char k = CompositeTypes.elemKind(s.elem(), pos);
                String sc = "gojc/rt/Slice" + k;
                out.add(new IrStmt.Eval(pos, rt(sc, "set", "(L" + sc + ";" + indexDesc(i) + slotJvm(k) + ")V", IrType.VOID, x, i, value)));
            } else {
                out.add(new IrStmt.ArrayStore(pos, u instanceof Pointer ? new IrExpr.NilCheck(x, x.type()) : x, i, value));
            }
            return out.size() == 1 ? out.get(0) : new IrStmt.Block(pos, out);
        }
        if (lhs instanceof Expr.Selector s) {
            Selection sel = l.info.selections.get(s);
            if (sel == null || sel.kind() != Selection.Kind.FIELD_VAL) return null;
            if (val) return new IrStmt.SetValue(pos, l.expr(lhs, null), value);
            List<Integer> path = sel.index();
            Type xt = l.info.typeOf(s.x()).type();
            IrExpr o = fieldPath(l.expr(s.x(), null), xt, path.subList(0, path.size() - 1), pos);
            if (lastStepIndirect(xt, path)) o = new IrExpr.NilCheck(o, o.type());
            return new IrStmt.SetField(pos, o, path.get(path.size() - 1), value);
        }
        if (lhs instanceof Expr.Star st) {
            IrExpr slice = derefSlice(st.x());
            if (slice != null) {
                // *(*[n]T)(s) = v writes the slice's first n elements: exact for any slice,
                // where the pointer itself could not alias part of a JVM array
                Type at = l.type(lhs).go();
                Type leaf = CompositeTypes.arrayLeaf(at);
                return new IrStmt.Eval(pos, rt("gojc/rt/ArrayPtrs", "store", "(" + OBJ + "I" + OBJ + "IZ)V", IrType.VOID,
                        slice, int32(((Array) at.underlying()).len()), value,
                        int32(CompositeTypes.arrayDims(at)),
                        new IrExpr.Const(boolT(), ConstValue.makeBool(CompositeTypes.isStruct(leaf)))));
            }
            IrExpr p = l.expr(st.x(), null);
            if (val) return new IrStmt.SetValue(pos, new IrExpr.NilCheck(p, l.type(lhs)), value);
            return new IrStmt.Eval(pos, rt("gojc/rt/Ptr", "store", "(Lgojc/rt/Ptr;" + OBJ + ")V", IrType.VOID, p, value));
        }
        return null;
    }

    /** Whether the struct holding the path's last field is reached through a pointer. */
    private static boolean lastStepIndirect(Type t, List<Integer> path) {
        for (int i = 0; i < path.size() - 1; i++) {
            if (t.underlying() instanceof Pointer p) t = p.elem();
            t = ((Struct) t.underlying()).fields().get(path.get(i)).type();
        }
        return t.underlying() instanceof Pointer;
    }

    // ---- Op-assignment targets ----

    /** An addressable target whose operands were evaluated once into temporaries. */
    record LValue(List<IrStmt> pre, IrExpr load, java.util.function.Function<IrExpr, IrStmt> store) {
        IrStmt assign(Pos pos, IrExpr v) {
            List<IrStmt> out = new ArrayList<>(pre);
            out.add(store.apply(v));
            return new IrStmt.Block(pos, out);
        }
    }

    /** Whether lvalue's operands snapshot variable loads too (a parallel assignment's targets). */
    private boolean snapshot;

    /**
     * The target of one assignment of a parallel assignment: its index and indirection operands
     * evaluated now, before any of the assignments (spec: Assignment statements); null when lhs
     * is a variable or holds a struct or array value.
     */
    LValue parallelTarget(Pos pos, Expr lhs) {
        if (!(lhs instanceof Expr.Index || lhs instanceof Expr.Star || lhs instanceof Expr.Selector)) return null;
        if (isValue(l.type(lhs))) return null;
        snapshot = true;
        try {
            return lvalue(pos, lhs);
        } finally {
            snapshot = false;
        }
    }

    private IrExpr once(List<IrStmt> pre, Pos pos, IrExpr x) {
        if (x instanceof IrExpr.Const || x instanceof IrExpr.Load && !snapshot) return x;
        Variable t = l.temp(x.type());
        pre.add(new IrStmt.Store(pos, t, x));
        return new IrExpr.Load(t);
    }

    /** The target of {@code x op= y} or {@code x++} for index, field and indirection; else null. */
    LValue lvalue(Pos pos, Expr lhs) {
        List<IrStmt> pre = new ArrayList<>();
        IrType t;
        if (lhs instanceof Expr.Index ix) {
            t = l.type(ix);
            Type u = l.views.seqType(ix.x(), true).underlying();
            IrExpr x = once(pre, pos, l.views.seqExpr(ix.x(), true));
            if (u instanceof MapType m) {
                IrExpr k = once(pre, pos, l.expr(ix.indices().get(0), IrType.of(m.key(), pos)));
                String d = "(L" + CompositeTypes.GOMAP + ";" + OBJ + OBJ + ")" + OBJ;
                return new LValue(pre, rt(CompositeTypes.GOMAP, "get", d, t, x, k, zeroOf(t)), v -> new IrStmt.Eval(pos, mapPut(x, k, v)));
            }
            if (u instanceof Basic) return null;
            // an unsigned 64-bit index: the load and the store each behind its sign test
            boolean uns = unsigned.appliesTo(u, ix.indices().get(0));
            IrExpr i0 = l.expr(ix.indices().get(0), intT());
            IrExpr i1 = once(pre, pos, uns ? i0 : jvmIndex(i0));
            // a parallel assignment's target checks nil when its turn to be stored comes (gc)
            IrExpr arr = u instanceof Pointer ? (snapshot ? new IrExpr.NilCheck(x, x.type()) : once(pre, pos, new IrExpr.NilCheck(x, x.type()))) : x;
            IrExpr i = uns ? unsigned.checked(arr, u, i1, pos) : i1;
            if (u instanceof Slice s) {
                char k = CompositeTypes.elemKind(s.elem(), pos);
                String sc = "gojc/rt/Slice" + k;
                String id = indexDesc(i);
                return new LValue(pre, rt(sc, "get", "(L" + sc + ";" + id + ")" + slotJvm(k), t, x, i),
                        v -> new IrStmt.Eval(pos, rt(sc, "set", "(L" + sc + ";" + id + slotJvm(k) + ")V", IrType.VOID, x, i, v)));
            }
            return new LValue(pre, new IrExpr.ArrayLoad(arr, i, t), v -> new IrStmt.ArrayStore(pos, arr, i, v));
        }
        if (lhs instanceof Expr.Selector s) {
            Selection sel = l.info.selections.get(s);
            if (sel == null || sel.kind() != Selection.Kind.FIELD_VAL) return null;
            t = l.type(s);
            List<Integer> path = sel.index();
            Type xt = l.info.typeOf(s.x()).type();
            IrExpr o = fieldPath(l.expr(s.x(), null), xt, path.subList(0, path.size() - 1), pos);
            boolean indirect = lastStepIndirect(xt, path);
            if (indirect && !snapshot) o = new IrExpr.NilCheck(o, o.type());
            IrExpr obj0 = once(pre, pos, o);
            // a parallel assignment's target checks nil when its turn to be stored comes (gc)
            IrExpr obj = indirect && snapshot ? new IrExpr.NilCheck(obj0, obj0.type()) : obj0;
            int idx = path.get(path.size() - 1);
            return new LValue(pre, new IrExpr.GetField(obj, idx, t), v -> new IrStmt.SetField(pos, obj, idx, v));
        }
        if (lhs instanceof Expr.Star st) {
            t = l.type(st);
            IrExpr p = once(pre, pos, l.expr(st.x(), null));
            return new LValue(pre, rt("gojc/rt/Ptr", "load", "(Lgojc/rt/Ptr;)" + OBJ, t, p),
                    v -> new IrStmt.Eval(pos, rt("gojc/rt/Ptr", "store", "(Lgojc/rt/Ptr;" + OBJ + ")V", IrType.VOID, p, v)));
        }
        return null;
    }

    // ---- Range ----

    IrStmt range(Stmt.Range r, String label) {
        if (LowerChan.isChan(l.info.typeOf(r.x()).type())) return l.chans.range(r, label);
        Type xt = l.views.seqType(r.x(), false);
        Type u = xt.underlying();
        IrStmt.LoopId id = new IrStmt.LoopId();
        if (label != null) l.labels.put(label, id);
        Pos pos = r.pos();
        boolean define = r.tok() == Token.DEFINE;
        List<IrStmt> out = new ArrayList<>();
        Expr key = r.key() != null && !(r.key() instanceof Expr.Ident k && k.isBlank()) ? r.key() : null;
        Expr value = r.value() != null && !(r.value() instanceof Expr.Ident v && v.isBlank()) ? r.value() : null;
        if (u instanceof gojc.types.Chan) throw new NotSupported("range over a channel", pos);
        if (u instanceof Basic b && Types.isInteger(xt)) throw new NotSupported("range over an integer", pos);
        // range []byte(s) reads s's bytes in place, as gc does: the copy could not be observed.
        Expr bytesOf = bytesOfString(r.x());
        IrExpr x = l.expr(bytesOf != null ? bytesOf : r.x(), null);
        // Arrays: the range expression is a copy when the value is used (len(x) alone is constant).
        if (u instanceof Array && value != null) x = copyIfValue(x);
        if (u instanceof Pointer && value != null) x = new IrExpr.NilCheck(x, x.type());
        Variable xs = l.temp(x.type());
        out.add(new IrStmt.Store(pos, xs, x));
        List<Expr> declared = new ArrayList<>();
        if (define) {
            // declared before the loop; from Go 1.22 each iteration moves them to fresh ones
            for (Expr v : new Expr[] {key, value}) {
                if (v != null) {
                    out.add(l.storeTo(pos, v, zeroOf(l.lhsVarType(v)), true));
                    declared.add(v);
                }
            }
        }
        l.loops.add(id);
        try {
            List<IrStmt> head = new ArrayList<>();
            IrStmt fresh = LoopVars.fresh(l, pos, LoopVars.declared(l, declared));
            if (fresh != null) head.add(fresh);
            if (u instanceof MapType m) {
                IrType it = jvm("Lgojc/rt/MapIter;");
                Variable iter = l.temp(it);
                out.add(new IrStmt.Store(pos, iter, rt(CompositeTypes.GOMAP, "iter", "(L" + CompositeTypes.GOMAP + ";)Lgojc/rt/MapIter;", it, new IrExpr.Load(xs))));
                IrExpr cond = rt("gojc/rt/Values", "iterNext", "(Lgojc/rt/MapIter;)Z", boolT(), new IrExpr.Load(iter));
                if (key != null) head.add(l.storeTo(pos, key, rt("gojc/rt/Values", "iterKey", "(Lgojc/rt/MapIter;)" + OBJ, IrType.of(m.key(), pos), new IrExpr.Load(iter)), define));
                if (value != null) head.add(l.storeTo(pos, value, copyIfValue(rt("gojc/rt/Values", "iterValue", "(Lgojc/rt/MapIter;)" + OBJ, IrType.of(m.elem(), pos), new IrExpr.Load(iter))), define));
                head.add(l.block(r.body()));
                out.add(new IrStmt.Loop(pos, id, cond, new IrStmt.Block(pos, head), null));
                return new IrStmt.Block(pos, out);
            }
            // Strings count in Go ints; slices and arrays in JVM ints (their lengths are), so
            // that the JIT sees a counted loop.
            IrType it = u instanceof Basic ? intT() : IrType.of(Universe.INT32, pos);
            Variable i = l.temp(it);
            Variable n = l.temp(it);
            out.add(new IrStmt.Store(pos, i, new IrExpr.Const(it, ConstValue.makeInt64(0))));
            IrExpr len;
            if (u instanceof Basic || bytesOf != null) {
                len = rt("gojc/rt/GoString", "len", "(" + GS + ")I", it, new IrExpr.Load(xs));
            } else if (u instanceof Slice s) {
                String sc = "gojc/rt/Slice" + CompositeTypes.elemKind(s.elem(), pos);
                len = rt(sc, "len", "(L" + sc + ";)I", it, new IrExpr.Load(xs));
            } else {
                Array a = (Array) (u instanceof Pointer p ? p.elem().underlying() : u);
                len = new IrExpr.Const(it, ConstValue.makeInt64(a.len()));
            }
            out.add(new IrStmt.Store(pos, n, len));
            IrExpr cond = new IrExpr.Compare(Token.LSS, new IrExpr.Load(i), new IrExpr.Load(n), boolT());
            IrStmt post;
            if (u instanceof Basic) {
                // for i, r := range s: decode at i; the post statement steps by the rune's width
                Variable rw = l.temp(intT());
                head.add(new IrStmt.Store(pos, rw, rt("gojc/rt/GoString", "decodeRune", "(" + GS + "I)J", intT(), new IrExpr.Load(xs), new IrExpr.Load(i))));
                IrType rt32 = IrType.of(Universe.INT32, pos);
                IrExpr rune = new IrExpr.Convert(new IrExpr.Binary(Token.SHR, new IrExpr.Load(rw), intConst(32), intT()), rt32);
                if (key != null && value != null) {
                    head.addAll(l.storeAll(pos, List.of(key, value), List.of(new IrExpr.Load(i), rune), define));
                } else {
                    if (key != null) head.add(l.storeTo(pos, key, new IrExpr.Load(i), define));
                    if (value != null) head.add(l.storeTo(pos, value, rune, define));
                }
                post = new IrStmt.Store(pos, i, new IrExpr.Binary(Token.ADD, new IrExpr.Load(i),
                        new IrExpr.Binary(Token.AND, new IrExpr.Load(rw), intConst(0xFFFFFFFFL), intT()), intT()));
            } else {
                IrExpr goIndex = new IrExpr.Convert(new IrExpr.Load(i), intT());
                if (key != null && value == null) head.add(l.storeTo(pos, key, goIndex, define));
                if (value != null) {
                    // 0 <= i < len(xs), and xs is the loop's own copy of the header
                    Type elemType = u instanceof Slice s ? s.elem()
                            : ((Array) (u instanceof Pointer p ? p.elem().underlying() : u)).elem();
                    IrExpr elem = new IrExpr.ElemAt(new IrExpr.Load(xs), new IrExpr.Load(i), IrType.of(elemType, pos));
                    if (key != null) {
                        head.addAll(l.storeAll(pos, List.of(key, value), List.of(goIndex, copyIfValue(elem)), define));
                    } else {
                        head.add(l.storeTo(pos, value, copyIfValue(elem), define));
                    }
                }
                post = new IrStmt.Store(pos, i, new IrExpr.Binary(Token.ADD, new IrExpr.Load(i),
                        new IrExpr.Const(it, ConstValue.makeInt64(1)), it));
            }
            head.add(l.block(r.body()));
            out.add(new IrStmt.Loop(pos, id, cond, new IrStmt.Block(pos, head), post, !(u instanceof Basic)));
            return new IrStmt.Block(pos, out);
        } finally {
            l.loops.remove(l.loops.size() - 1);
        }
    }
}
