package gojc.ir;

import gojc.syntax.Expr;
import gojc.syntax.Pos;
import gojc.syntax.Stmt;
import gojc.syntax.Token;
import gojc.types.Basic;
import gojc.types.Func;
import gojc.types.Interface;
import gojc.types.Selection;
import gojc.types.Signature;
import gojc.types.Type;
import gojc.types.Types;
import gojc.types.Universe;
import gojc.types.Var;

import java.util.ArrayList;
import java.util.List;

/**
 * Lowers what interfaces add: conversion of concrete values to interface types (boxing, see
 * docs/architecture.md), type assertions and type switches, method calls through interfaces,
 * and == on interface values. Interface values are Objects; nil is null.
 */
final class LowerIface {
    private static final String IFACE = "gojc/rt/Iface";
    private static final String OBJ = "Ljava/lang/Object;";
    private static final String TYPE_D = "L" + IfaceTypes.TYPE + ";";
    private final Lower l;

    LowerIface(Lower l) {
        this.l = l;
    }

    static boolean isInterface(Type t) {
        return t != null && t.underlying() instanceof Interface;
    }

    static boolean isInterface(IrType t) {
        return t != null && isInterface(t.go());
    }

    private IrType bool(Pos pos) {
        return IrType.of(Universe.BOOL, pos);
    }

    /** The run-time descriptor of a Go type. */
    static IrExpr desc(Type t) {
        return new IrExpr.TypeDesc(t, new IrType(null, Repr.REF, null, TYPE_D));
    }

    // ---- Conversion to interface ----

    /** e converted to the interface type want (an implicit or explicit conversion). */
    IrExpr toIface(Expr e, IrType want) {
        Type t = l.info.typeOf(e).type();
        if (t instanceof Basic b && b.kind == Basic.Kind.UNTYPED_NIL) return new IrExpr.Nil(want);
        if (Types.isUntyped(t)) t = Types.defaultType(t);
        IrExpr x = l.expr(e, IrType.of(t, e.pos()));
        if (isInterface(t)) return retype(x, want);
        // struct and array values are copied into the box; pointers stay the same object
        return new IrExpr.ToIface(CompositeTypes.isValueObject(t) ? LowerComposite.copyIfValue(x) : x, t, want);
    }

    /** A lowered value converted to the interface type want: concrete values are boxed. */
    static IrExpr convert(IrExpr x, IrType want) {
        if (isInterface(x.type()) || x instanceof IrExpr.Nil) return retype(x, want);
        if (x.type().go() instanceof Basic b && b.kind == Basic.Kind.UNTYPED_NIL) return new IrExpr.Nil(want);
        return new IrExpr.ToIface(LowerComposite.copyIfValue(x), x.type().go(), want);
    }

    /** An interface value seen as another interface type: the same Object, no re-boxing. */
    private static IrExpr retype(IrExpr x, IrType want) {
        return x.type().equals(want) ? x : new IrExpr.FromIface(x, want);
    }

    // ---- Type assertions ----

    /** x.(T) without comma-ok: panics as gc does when x does not hold a T. */
    IrExpr typeAssert(Expr.TypeAssert ta) {
        IrExpr x = l.expr(ta.x(), null);
        Type target = l.info.typeOf(ta.type()).type();
        Type src = l.info.typeOf(ta.x()).type();
        IrType tt = IrType.of(target, ta.pos());
        if (isInterface(target)) {
            return new IrExpr.RtCall(IFACE, "assertIface", "(" + OBJ + TYPE_D + TYPE_D + ")" + OBJ,
                    List.of(x, desc(target), desc(src)), tt);
        }
        IrExpr checked = new IrExpr.RtCall(IFACE, "assertType", "(" + OBJ + TYPE_D + TYPE_D + ")" + OBJ,
                List.of(x, desc(target), desc(src)), IrType.of(src, ta.pos()));
        return new IrExpr.FromIface(checked, tt);
    }

    /** The comma-ok test "x holds a T" for an Object already evaluated. */
    private IrExpr holds(IrExpr x, Type target, Pos pos) {
        String name = isInterface(target) ? "isIface" : "isType";
        return new IrExpr.RtCall(IFACE, name, "(" + OBJ + TYPE_D + ")Z", List.of(x, desc(target)), bool(pos));
    }

    /** v, ok := x.(T) and v, ok = x.(T); null when the right side is no type assertion. */
    IrStmt commaOk(Pos pos, List<Expr> lhs, Expr rhs, boolean define) {
        List<IrStmt> out = new ArrayList<>();
        List<IrExpr> vs = commaOkValues(pos, rhs, out);
        if (vs == null) return null;
        out.add(l.storeTo(pos, lhs.get(0), vs.get(0), define));
        out.add(l.storeTo(pos, lhs.get(1), convertTo(vs.get(1), lhs.get(1)), define));
        return new IrStmt.Block(pos, out);
    }

    /** The value and ok of x.(T), evaluated into temporaries by out; null when rhs is no type assertion. */
    List<IrExpr> commaOkValues(Pos pos, Expr rhs, List<IrStmt> out) {
        if (!(Expr.unparen(rhs) instanceof Expr.TypeAssert ta)) return null;
        Type target = l.info.typeOf(ta.type()).type();
        IrType tt = IrType.of(target, ta.pos());
        Variable x = l.temp(IrType.of(l.info.typeOf(ta.x()).type(), pos));
        out.add(new IrStmt.Store(pos, x, l.expr(ta.x(), null)));
        Variable ok = l.temp(bool(pos));
        out.add(new IrStmt.Store(pos, ok, holds(new IrExpr.Load(x), target, pos)));
        Variable v = l.temp(tt);
        out.add(new IrStmt.If(pos, new IrExpr.Load(ok),
                new IrStmt.Store(pos, v, new IrExpr.FromIface(new IrExpr.Load(x), tt)),
                new IrStmt.Store(pos, v, Lower.zero(tt))));
        return List.of(new IrExpr.Load(v), new IrExpr.Load(ok));
    }

    /** ok stored into a variable of another boolean or interface type. */
    private IrExpr convertTo(IrExpr ok, Expr lhs) {
        if (lhs instanceof Expr.Ident id && id.isBlank()) return ok;
        var tv = l.info.typeOf(lhs);
        if (tv != null && isInterface(tv.type())) return convert(ok, IrType.of(tv.type(), lhs.pos()));
        return ok;
    }

    // ---- Type switches ----

    IrStmt typeSwitch(Stmt.TypeSwitch sw, String label) {
        IrStmt.SwitchId id = new IrStmt.SwitchId();
        if (label != null) l.labels.put(label, id);
        List<IrStmt> out = new ArrayList<>();
        if (sw.init() != null) out.add(l.stmt(sw.init()));
        Pos pos = sw.pos();
        Type st = l.info.typeOf(sw.x()).type();
        Variable x = l.temp(IrType.of(st, pos));
        out.add(new IrStmt.Store(pos, x, l.expr(sw.x(), null)));
        List<IrStmt.LabelId> bodies = new ArrayList<>();
        IrStmt.LabelId dflt = null;
        for (Stmt.CaseClause cc : sw.clauses()) {
            IrStmt.LabelId body = new IrStmt.LabelId("$case");
            bodies.add(body);
            if (cc.isDefault()) {
                dflt = body;
                continue;
            }
            for (Expr e : cc.list()) {
                IrExpr c;
                if (isNil(e)) {
                    c = new IrExpr.Compare(Token.EQL, new IrExpr.Load(x), new IrExpr.Nil(x.type), bool(e.pos()));
                } else {
                    c = holds(new IrExpr.Load(x), l.info.typeOf(e).type(), e.pos());
                }
                out.add(new IrStmt.If(e.pos(), c, new IrStmt.Goto(e.pos(), body), null));
            }
        }
        out.add(new IrStmt.Goto(pos, dflt != null ? dflt : id.end));
        l.loops.add(id);
        try {
            for (int i = 0; i < sw.clauses().size(); i++) {
                Stmt.CaseClause cc = sw.clauses().get(i);
                out.add(new IrStmt.Label(cc.pos(), bodies.get(i)));
                List<IrStmt> body = new ArrayList<>();
                if (l.info.implicits.get(cc) instanceof Var v && !v.name.equals("_")) {
                    // the clause's variable: T for a single-type case, else the switch operand's type
                    IrType vt = IrType.of(v.type(), cc.pos());
                    IrExpr init = new IrExpr.FromIface(new IrExpr.Load(x), vt);
                    body.add(l.declareVar(cc.pos(), v, init));
                }
                for (Stmt s : cc.body()) body.add(l.stmt(s));
                out.add(new IrStmt.Block(cc.pos(), body));
                out.add(new IrStmt.Goto(cc.pos(), id.end));
            }
        } finally {
            l.loops.remove(l.loops.size() - 1);
        }
        out.add(new IrStmt.Label(sw.rbrace(), id.end));
        return new IrStmt.Block(pos, out);
    }

    private boolean isNil(Expr e) {
        return Expr.unparen(e) instanceof Expr.Ident id && l.info.objectOf(id) instanceof gojc.types.Nil;
    }

    // ---- Method calls ----

    /** The method of an interface a call x.M(...) calls, or null when it is no interface method. */
    Func ifaceMethod(Expr fun) {
        if (!(Expr.unparen(fun) instanceof Expr.Selector sel)) return null;
        Selection s = l.info.selections.get(sel);
        if (s == null || s.kind() != Selection.Kind.METHOD_VAL || !(s.obj() instanceof Func m)) return null;
        if (!isInterface(m.signature().recv().type())) return null;
        return m;
    }

    /** The receiver of an interface method call x.M(...). */
    IrExpr ifaceReceiver(Expr fun) {
        Expr.Selector sel = (Expr.Selector) Expr.unparen(fun);
        IrExpr x = l.expr(sel.x(), null);
        Selection s = l.info.selections.get(sel);
        if (s.index().size() > 1) {
            // promoted from an embedded interface field: the receiver is that field's value
            List<Integer> path = s.index().subList(0, s.index().size() - 1);
            return l.comp.fieldPath(x, l.info.typeOf(sel.x()).type(), path, sel.pos());
        }
        if (l.info.typeOf(sel.x()).type().underlying() instanceof gojc.types.Pointer) {
            throw new NotSupported("method call through a pointer to an interface", sel.pos());
        }
        return x;
    }

    static IrExpr call(Func m, IrExpr recv, List<IrExpr> args, Pos pos) {
        Signature sig = m.signature();
        IfaceTypes.MethodId id = IfaceTypes.methodId(m.name, IfaceTypes.pkgPathOf(m), sig, pos);
        return new IrExpr.IfaceCall(recv, id, args, FuncShape.of(sig, pos).result0());
    }

    // ---- Comparison ----

    /** The operand type of x == y when one side is an interface and the other is not nil. */
    IrType compareType(Expr x, Expr y) {
        Type tx = l.info.typeOf(x).type();
        Type ty = l.info.typeOf(y).type();
        if (isInterface(tx)) return IrType.of(tx, x.pos());
        if (isInterface(ty)) return IrType.of(ty, y.pos());
        return null;
    }

    // ---- Receivers of static method calls ----

    /** The type at the end of an embedded-field path from t. */
    static Type fieldType(Type t, List<Integer> path) {
        for (int idx : path) {
            if (t.underlying() instanceof gojc.types.Pointer p) t = p.elem();
            t = ((gojc.types.Struct) t.underlying()).fields().get(idx).type();
        }
        return t;
    }

    /**
     * The receiver x (of type t) as method m takes it: a struct value is its own pointer (the
     * object), a pointer is dereferenced (nil panics) and copied for a value receiver.
     */
    static IrExpr adaptReceiver(IrExpr x, Type t, Func m, Pos pos) {
        boolean needPtr = m.signature().recv().type() instanceof gojc.types.Pointer;
        boolean havePtr = t.underlying() instanceof gojc.types.Pointer;
        IrType rt = IrType.of(m.signature().recv().type(), pos);
        if (needPtr == havePtr) return needPtr ? x : LowerComposite.copyIfValue(x);
        if (needPtr) {
            if (!CompositeTypes.isStruct(t)) throw new NotSupported("pointer method call on an addressable " + t, pos);
            return x;
        }
        Type elem = ((gojc.types.Pointer) t.underlying()).elem();
        // struct and array values: the pointer is the object itself
        if (CompositeTypes.isValueObject(elem)) return new IrExpr.Copy(new IrExpr.NilCheck(x, x.type()), rt);
        return new IrExpr.RtCall("gojc/rt/Ptr", "load", "(Lgojc/rt/Ptr;)" + OBJ, List.of(new IrExpr.NilCheck(x, x.type())), rt);
    }

    /**
     * &x.f for the last field f of an embedded path when f is a non-struct, non-pointer value
     * (a pointer method promoted from it needs its address); null otherwise.
     */
    static IrExpr embeddedFieldPointer(Lower l, IrExpr x, Type t, List<Integer> path, Pos pos) {
        Type ft = fieldType(t, path);
        if (ft.underlying() instanceof gojc.types.Pointer || CompositeTypes.isStruct(ft)) return null;
        List<Integer> outer = path.subList(0, path.size() - 1);
        IrExpr o = l.comp.fieldPath(x, t, outer, pos);
        Type ot = fieldType(t, outer);
        if (ot.underlying() instanceof gojc.types.Pointer p) {
            o = new IrExpr.NilCheck(o, o.type());
            ot = p.elem();
        }
        String name = CompositeTypes.fieldName((gojc.types.Struct) ot.underlying(), path.get(path.size() - 1));
        return new IrExpr.RtCall("gojc/rt/FieldPtr", "of", "(" + OBJ + "Ljava/lang/String;)Lgojc/rt/FieldPtr;",
                List.of(o, new IrExpr.Const(new IrType(null, Repr.REF, null, "Ljava/lang/String;"),
                        gojc.constant.ConstValue.makeString(name))),
                IrType.of(new gojc.types.Pointer(ft), pos));
    }
}
