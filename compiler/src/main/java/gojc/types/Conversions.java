package gojc.types;

/** Explicit conversions T(x). */
final class Conversions {
    private final Checker c;

    Conversions(Checker c) {
        this.c = c;
    }

    void conversion(Operand x, Type t) {
        boolean constArg = x.mode == Mode.CONSTANT;
        boolean ok;
        if (constArg && Types.isConstType(t)) {
            Basic tb = Types.basic(t);
            ConstOps.Repr r = Types.isString(t) && Types.isInteger(x.type)
                    ? new ConstOps.Repr(true, runeString(x), false)
                    : ConstOps.representable(x.val, (Basic) Types.under(x.type), tb);
            ok = r.ok();
            if (ok) x.val = r.value();
        } else {
            ok = convertible(x, t);
            if (ok && constArg) {
                x.mode = Mode.VALUE;
            }
        }
        if (!ok) {
            String cause = null;
            if (!constArg && Types.under(t) instanceof Interface ti && !(t instanceof TypeParam)) {
                cause = new Lookup(c).implementsCause(x.type, t, ti);
            }
            c.errorOp(x, "cannot convert " + c.str(x) + " to type " + c.str(t) + (cause == null ? "" : ":\n\t" + cause));
            x.invalidate();
            return;
        }
        if (Types.isUntyped(x.type)) {
            Type final_ = t;
            if (Types.isInterface(t) && !(t instanceof TypeParam) || constArg && !Types.isConstType(t)) {
                final_ = Types.defaultType(x.type);
            }
            c.exprs.updateExprType(x.expr, final_, true);
        }
        if (x.mode != Mode.CONSTANT) x.mode = Mode.VALUE;
        x.type = t;
    }

    private gojc.constant.ConstValue runeString(Operand x) {
        Long v = ConstOps.int64(ConstOps.toInt(x.val));
        int cp = v == null || v < 0 || v > 0x10FFFF || v >= 0xD800 && v <= 0xDFFF ? 0xFFFD : (int) (long) v;
        return ConstOps.string(new String(Character.toChars(cp)));
    }

    boolean convertible(Operand x, Type t) {
        if (c.exprs.assignableTo(x, t, null)) return true;
        Type v = x.type;
        Type vu = Types.under(v), tu = Types.under(t);
        if (Types.identicalIgnoreTags(vu, tu) && !(v instanceof TypeParam) && !(t instanceof TypeParam)) return true;
        if (vu instanceof Pointer vp && tu instanceof Pointer tp && !(v instanceof Named) && !(t instanceof Named)
                && Types.identicalIgnoreTags(Types.under(vp.elem()), Types.under(tp.elem()))) {
            return true;
        }
        if (v instanceof TypeParam || t instanceof TypeParam) {
            return typeParamConvertible(x, t);
        }
        if ((Types.isInteger(v) || Types.isFloat(v)) && (Types.isInteger(t) || Types.isFloat(t))) return true;
        if (Types.isComplex(v) && Types.isComplex(t)) return true;
        if ((Types.isInteger(v) || isByteOrRuneSlice(vu)) && Types.isString(t)) return true;
        if (Types.isString(v) && isByteOrRuneSlice(tu)) return true;
        if ((Types.isPointer(v) || Types.isInteger(v) && Types.basic(v) != null && Types.basic(v).kind == Basic.Kind.UINTPTR)
                && Types.isUnsafePointer(t)) return true;
        if (Types.isUnsafePointer(v) && (Types.isPointer(t) || Types.basic(t) != null && Types.basic(t).kind == Basic.Kind.UINTPTR)) {
            return true;
        }
        if (vu instanceof Slice s && tu instanceof Pointer p && Types.under(p.elem()) instanceof Array a
                && Types.identical(s.elem(), a.elem())) {
            return true;
        }
        return false;
    }

    private boolean typeParamConvertible(Operand x, Type t) {
        java.util.List<Type> vs = terms(x.type), ts = terms(t);
        if (vs == null || ts == null) return false;
        for (Type v : vs) {
            for (Type u : ts) {
                Operand y = new Operand();
                y.copyFrom(x);
                y.type = v;
                if (!convertible(y, u)) return false;
            }
        }
        return true;
    }

    private java.util.List<Type> terms(Type t) {
        if (!(t instanceof TypeParam tp)) return java.util.List.of(t);
        java.util.List<Union.Term> ts = tp.iface().typeSet().terms;
        if (ts == null || ts.isEmpty()) return null;
        java.util.List<Type> r = new java.util.ArrayList<>();
        for (Union.Term term : ts) r.add(term.type());
        return r;
    }

    private boolean isByteOrRuneSlice(Type u) {
        if (u instanceof Slice s && Types.under(s.elem()) instanceof Basic b) {
            return b.kind == Basic.Kind.UINT8 || b.kind == Basic.Kind.INT32;
        }
        return false;
    }
}
