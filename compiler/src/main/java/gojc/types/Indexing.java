package gojc.types;

import gojc.syntax.Expr;

import java.util.ArrayList;
import java.util.List;

/** Index, slice and instantiation expressions. */
final class Indexing {
    private final Checker c;

    Indexing(Checker c) {
        this.c = c;
    }

    void index(Operand x, Expr.Index e, Scope scope) {
        c.exprs.rawExpr(x, e.x(), scope, null, true);
        c.exprs.singleValue(x);
        x.expr = e;
        if (x.invalid()) return;
        if (x.mode == Mode.TYPEXPR) {
            if (x.type instanceof Named pn && pn.typeParamsPending) {
                c.reportCycle("invalid recursive type " + pn.obj.name, List.of(pn.obj));
                x.invalidate();
                return;
            }
            if (!(x.type instanceof Named n && n.isGeneric())) {
                c.errorAt(e.x(), c.str(x.type) + " is not a generic type");
                x.invalidate();
                return;
            }
            List<Type> args = new ArrayList<>();
            for (Expr a : e.indices()) args.add(c.typexprs.typ(a, scope));
            if (args.size() != n.typeParams.size()) {
                c.errorAt(e, "got " + args.size() + " arguments but " + n.typeParams.size() + " type parameters");
                x.invalidate();
                return;
            }
            Named inst = Instances.instantiate(n, args);
            List<gojc.syntax.Pos> argPos = new ArrayList<>();
            for (Expr a : e.indices()) argPos.add(a.pos());
            c.mono.recordInstance(e.pos(), n.typeParams, args, argPos);
            c.delayed.add(() -> verify(e, n.typeParams, args));
            if (e.x() instanceof Expr.Ident id) c.info.instances.put(id, new Instance(List.copyOf(args), inst));
            x.set(Mode.TYPEXPR, inst);
            return;
        }
        if (x.type instanceof Signature sig && !sig.typeParams().isEmpty()) {
            List<Type> args = new ArrayList<>();
            for (Expr a : e.indices()) args.add(c.typexprs.typ(a, scope));
            if (args.size() > sig.typeParams().size()) {
                c.errorAt(e.indices().get(sig.typeParams().size()), "got " + args.size() + " type arguments but want "
                        + sig.typeParams().size());
                x.invalidate();
                return;
            }
            if (args.size() < sig.typeParams().size() && e == c.exprs.callee) {
                // a call infers the rest from its arguments
                c.exprs.partialTypeArgs.put(e, args);
                x.set(Mode.VALUE, sig);
                return;
            }
            List<Type> all = new Infer(c).infer(e.pos(), sig, args, null, false);
            if (all == null) {
                x.invalidate();
                return;
            }
            Signature r = new Infer(c).instantiate(e.x(), sig, all);
            if (r == null) {
                x.invalidate();
                return;
            }
            x.set(Mode.VALUE, r);
            return;
        }
        if (e.indices().size() != 1) {
            c.errorAt(e, "unexpected comma; expecting ]");
            x.invalidate();
            return;
        }
        Expr ie = e.indices().get(0);
        Type u = Types.coreType(x.type);
        if (x.type instanceof TypeParam tp && u == null && indexTypeParam(x, tp, ie, scope)) return;
        if (x.type instanceof TypeParam && u == null) u = Types.under(x.type);
        if (u instanceof Basic b && b.isString()) {
            Operand i = new Operand();
            c.exprs.expr(i, ie, scope);
            long n = x.mode == Mode.CONSTANT ? x.val.bytes().length : -1;
            checkIndex(i, n);
            if (x.mode == Mode.CONSTANT && i.mode == Mode.CONSTANT) {
                Long k = ConstOps.int64(ConstOps.toInt(i.val));
                x.val = ConstOps.ofLong(k == null || k >= n ? 0 : x.val.bytes()[(int) (long) k] & 0xff);
                x.set(Mode.CONSTANT, Universe.BYTE);
                x.mode = Mode.VALUE;
                x.val = null;
                return;
            }
            x.set(Mode.VALUE, Universe.BYTE);
            x.val = null;
            return;
        }
        if (u instanceof Array a) {
            Operand i = new Operand();
            c.exprs.expr(i, ie, scope);
            checkIndex(i, a.len());
            x.set(x.mode == Mode.VARIABLE ? Mode.VARIABLE : Mode.VALUE, a.elem());
            x.val = null;
            return;
        }
        if (u instanceof Pointer p && Types.under(p.elem()) instanceof Array a) {
            Operand i = new Operand();
            c.exprs.expr(i, ie, scope);
            checkIndex(i, a.len());
            x.set(Mode.VARIABLE, a.elem());
            return;
        }
        if (u instanceof Slice s) {
            Operand i = new Operand();
            c.exprs.expr(i, ie, scope);
            checkIndex(i, -1);
            x.set(Mode.VARIABLE, s.elem());
            x.val = null;
            return;
        }
        if (u instanceof MapType m) {
            Operand k = new Operand();
            c.exprs.expr(k, ie, scope);
            c.exprs.assignment(k, m.key(), "map index");
            x.set(Mode.MAPINDEX, m.elem());
            return;
        }
        Operand i = new Operand();
        c.exprs.expr(i, ie, scope);
        c.errorOp(x, "invalid operation: cannot index " + c.str(withExpr(x, e.x())));
        x.invalidate();
    }

    /**
     * Indexing a value of type parameter type without a core type: every type in its type set
     * must be indexable with the same element type (and all maps, with the same key, or none).
     */
    private boolean indexTypeParam(Operand x, TypeParam tp, Expr ie, Scope scope) {
        List<Union.Term> terms = tp.iface().typeSet().terms;
        if (terms == null || terms.isEmpty()) return false;
        Type elem = null, key = null;
        Mode mode = Mode.VARIABLE;
        long length = -1;
        int maps = 0;
        for (Union.Term term : terms) {
            Type u = Types.under(term.type()), el = null;
            if (u instanceof Basic b && b.isString()) {
                el = Universe.BYTE;
                mode = Mode.VALUE;
            } else if (u instanceof Array a) {
                length = length < 0 ? a.len() : Math.min(length, a.len());
                el = a.elem();
                if (x.mode != Mode.VARIABLE) mode = Mode.VALUE;
            } else if (u instanceof Pointer p && Types.under(p.elem()) instanceof Array a) {
                length = length < 0 ? a.len() : Math.min(length, a.len());
                el = a.elem();
            } else if (u instanceof Slice sl) {
                el = sl.elem();
            } else if (u instanceof MapType m) {
                if (key != null && !Types.identical(key, m.key())) return false;
                key = m.key();
                el = m.elem();
                maps++;
            }
            if (el == null || elem != null && !Types.identical(elem, el)) return false;
            elem = el;
        }
        if (maps != 0 && maps != terms.size()) return false;
        Operand i = new Operand();
        c.exprs.expr(i, ie, scope);
        if (key != null) {
            c.exprs.assignment(i, key, "map index");
            x.set(Mode.MAPINDEX, elem);
        } else {
            checkIndex(i, length);
            x.set(mode, elem);
        }
        x.val = null;
        return true;
    }

    private Operand withExpr(Operand x, Expr e) {
        Operand y = new Operand();
        y.copyFrom(x);
        y.expr = e;
        return y;
    }

    private void verify(Expr e, List<TypeParam> tps, List<Type> args) {
        Subst s = new Subst(tps, args);
        for (int i = 0; i < tps.size(); i++) {
            Type bound = s.type(tps.get(i).bound());
            if (bound != null && bound.underlying() instanceof Interface bi) {
                String cause = new Lookup(c).implementsCause(args.get(i), bound, bi);
                if (cause != null) c.errorAt(e.getClass() == Expr.Index.class ? ((Expr.Index) e).indices().get(i) : e, cause);
            }
        }
    }

    /** types2's index: a valid index, below {@code length} if that is known (>= 0). */
    void checkIndex(Operand i, long length) {
        if (!new Builtins(c).validIndex(i, "index", false)) return;
        if (i.mode == Mode.CONSTANT && !ConstOps.isUnknown(i.val)) {
            Long v = ConstOps.int64(ConstOps.toInt(i.val));
            if (v != null && length >= 0 && v >= length) {
                c.errorOp(i, "invalid argument: index " + ConstOps.str(i.val) + " out of bounds [0:" + length + "]");
            }
        }
    }

    void slice(Operand x, Expr.Slice e, Scope scope) {
        c.exprs.expr(x, e.x(), scope);
        x.expr = e;
        if (x.invalid()) return;
        Type u = Types.coreString(x.type);
        long length = -1;
        if (u instanceof Basic b && b.isString()) {
            if (e.slice3()) {
                c.errorAt(e, "invalid operation: 3-index slice of string");
                x.invalidate();
                return;
            }
            if (x.mode == Mode.CONSTANT) length = x.val.bytes().length;
            if (Types.isUntyped(x.type)) x.type = Universe.STRING;
            x.mode = Mode.VALUE;
            x.val = null;
        } else if (u instanceof Array a) {
            if (x.mode != Mode.VARIABLE) {
                c.errorOp(x, "invalid operation: " + ExprString.of(e) + " (slice of unaddressable value)");
                x.invalidate();
                return;
            }
            c.exprs.markAddressTaken(e.x());
            length = a.len();
            x.set(Mode.VALUE, new Slice(a.elem()));
        } else if (u instanceof Pointer p && Types.under(p.elem()) instanceof Array a) {
            length = a.len();
            x.set(Mode.VALUE, new Slice(a.elem()));
        } else if (u instanceof Slice) {
            x.mode = Mode.VALUE;
        } else {
            c.errorOp(x, "cannot slice " + c.str(x));
            x.invalidate();
            return;
        }
        for (Expr ix : new Expr[]{e.low(), e.high(), e.max()}) {
            if (ix == null) continue;
            Operand i = new Operand();
            c.exprs.expr(i, ix, scope);
            checkIndex(i, length >= 0 ? length + 1 : -1);
        }
    }
}
