package gojc.types;

import gojc.syntax.Expr;

import java.util.HashSet;
import java.util.Set;

/** Composite literals: structs, arrays, slices and maps. */
final class CompositeLits {
    private final Checker c;

    CompositeLits(Checker c) {
        this.c = c;
    }

    void compositeLit(Operand x, Expr.CompositeLit e, Scope scope, Type hint) {
        Type typ;
        if (e.type() != null) {
            if (e.type() instanceof Expr.ArrayType at && at.len() instanceof Expr.Dots) {
                Type elem = c.typexprs.typ(at.elem(), scope);
                long n = elements(e, elem, scope, -1);
                typ = new Array(n, elem);
                c.info.types.put(e.type(), new TypeAndValue(Mode.TYPEXPR, typ, null));
                x.set(Mode.VALUE, typ);
                return;
            }
            typ = c.typexprs.typ(e.type(), scope);
        } else if (hint != null) {
            typ = hint;
            // &T is implied for an elided *T element type
            if (Types.coreType(typ) instanceof Pointer p) {
                Type base = p.elem();
                Operand y = new Operand();
                compositeLit(y, e, scope, base);
                if (y.invalid()) {
                    x.invalidate();
                    return;
                }
                x.set(Mode.VALUE, hint);
                return;
            }
        } else {
            c.error(e.pos(), "missing type in composite literal");
            x.invalidate();
            return;
        }
        Type u = Types.coreType(typ);
        if (u instanceof Struct s) {
            litType = typ;
            structLit(e, s, scope);
        } else if (u instanceof Array a) {
            elements(e, a.elem(), scope, a.len());
        } else if (u instanceof Slice sl) {
            elements(e, sl.elem(), scope, -1);
        } else if (u instanceof MapType m) {
            mapLit(e, m, scope);
        } else if (!Types.isInvalid(u)) {
            c.errorAt(e, "invalid composite literal type " + c.str(typ));
            x.invalidate();
            return;
        } else {
            x.invalidate();
            return;
        }
        x.set(Mode.VALUE, typ);
    }

    private Type litType;

    private void structLit(Expr.CompositeLit e, Struct s, Scope scope) {
        if (e.elts().isEmpty()) return;
        if (e.elts().get(0) instanceof Expr.KeyValue) {
            Set<String> seen = new HashSet<>();
            for (Expr el : e.elts()) {
                if (!(el instanceof Expr.KeyValue kv)) {
                    c.errorAt(el, "mixture of field:value and value elements in struct literal");
                    continue;
                }
                if (!(kv.key() instanceof Expr.Ident key)) {
                    c.errorAt(kv.key(), "invalid field name " + ExprString.of(kv.key()) + " in struct literal");
                    continue;
                }
                Var f = null;
                for (Var g : s.fields()) if (g.name.equals(key.name()) && !key.isBlank()) f = g;
                Operand v = new Operand();
                if (f == null) {
                    c.errorAt(key, "unknown field '" + key.name() + "' in struct literal of type " + c.str(litType));
                    c.exprs.expr(v, kv.value(), scope);
                    continue;
                }
                c.info.uses.put(key, f);
                c.exprs.expr(v, kv.value(), scope);
                if (!seen.add(f.name)) {
                    c.errorAt(key, "duplicate field name " + key.name() + " in struct literal");
                    continue;
                }
                c.exprs.assignment(v, f.type, "struct literal");
            }
            return;
        }
        int i = 0;
        for (Expr el : e.elts()) {
            Operand v = new Operand();
            if (el instanceof Expr.KeyValue kv) {
                c.errorAt(el, "mixture of field:value and value elements in struct literal");
                c.exprs.expr(v, kv.value(), scope);
                i++;
                continue;
            }
            if (i >= s.fields().size()) {
                c.exprs.expr(v, el, scope);
                c.errorAt(el, "too many values in struct literal of type " + "struct");
                return;
            }
            Var f = s.fields().get(i);
            c.exprs.expr(v, el, scope);
            if (!f.exported() && f.pkg != c.pkg) {
                c.errorAt(el, "implicit assignment to unexported field " + f.name + " in " + c.str(litType) + " literal");
            }
            c.exprs.assignment(v, f.type, "struct literal");
            i++;
        }
        if (i < s.fields().size()) {
            c.error(e.rbrace(), "too few values in struct literal");
        }
    }

    /** Checks array/slice elements; returns the length (max index + 1). */
    private long elements(Expr.CompositeLit e, Type elem, Scope scope, long length) {
        long index = 0, max = 0;
        Set<Long> seen = new HashSet<>();
        for (Expr el : e.elts()) {
            Expr ve = el;
            if (el instanceof Expr.KeyValue kv) {
                Operand k = new Operand();
                c.exprs.expr(k, kv.key(), scope);
                Long v = null;
                if (k.mode == Mode.CONSTANT) {
                    v = ConstOps.int64(ConstOps.toInt(k.val));
                }
                if (!k.invalid() && (k.mode != Mode.CONSTANT || v == null)) {
                    c.errorOp(k, "index " + c.str(k) + " must be integer constant");
                } else if (v != null) {
                    if (v < 0) {
                        c.errorOp(k, "index " + c.str(k) + " must be non-negative integer constant");
                    } else {
                        index = v;
                    }
                }
                ve = kv.value();
            }
            if (length >= 0 && index >= length) {
                c.errorAt(ve, "index " + index + " out of bounds [0:" + length + "]");
            } else if (!seen.add(index)) {
                c.errorAt(el instanceof Expr.KeyValue kv ? kv.key() : el, "duplicate index " + index + " in array or slice literal");
            }
            Operand v = new Operand();
            c.exprs.exprWithHint(v, ve, scope, elem);
            c.exprs.assignment(v, elem, "array or slice literal");
            index++;
            max = Math.max(max, index);
        }
        return max;
    }

    private void mapLit(Expr.CompositeLit e, MapType m, Scope scope) {
        Set<String> seen = new HashSet<>();
        for (Expr el : e.elts()) {
            if (!(el instanceof Expr.KeyValue kv)) {
                c.errorAt(el, "missing key in map literal");
                continue;
            }
            Operand k = new Operand();
            c.exprs.exprWithHint(k, kv.key(), scope, m.key());
            c.exprs.assignment(k, m.key(), "map literal");
            if (k.mode == Mode.CONSTANT && !k.invalid()) {
                String key = k.val.kind() + ":" + k.val.exactString() + ":" + c.str(k.type);
                if (!seen.add(key)) {
                    c.errorAt(kv.key(), "duplicate key " + ExprString.of(kv.key()) + " in map literal");
                }
            }
            Operand v = new Operand();
            c.exprs.exprWithHint(v, kv.value(), scope, m.elem());
            c.exprs.assignment(v, m.elem(), "map literal");
        }
    }
}
