package gojc.types;

import gojc.constant.ConstValue;
import gojc.syntax.Expr;

/** The result of checking an expression: its mode, type, constant value and the expression. */
final class Operand {
    Mode mode = Mode.INVALID;
    Expr expr;
    Type type = Universe.INVALID;
    ConstValue val;
    Builtin.Id builtin;

    void set(Mode m, Type t) {
        mode = m;
        type = t;
    }

    boolean invalid() {
        return mode == Mode.INVALID;
    }

    void invalidate() {
        mode = Mode.INVALID;
    }

    boolean isNil() {
        return type == Universe.UNTYPED_NIL;
    }

    void copyFrom(Operand o) {
        mode = o.mode;
        expr = o.expr;
        type = o.type;
        val = o.val;
        builtin = o.builtin;
    }

    /** types2's operand description, e.g. {@code x (variable of type int)}, {@code 1 (untyped int constant)}. */
    String describe(Package rel) {
        String es = expr == null ? "" : ExprString.of(expr);
        if (isNil() && mode == Mode.VALUE) return "nil";
        StringBuilder sb = new StringBuilder(es);
        if (!es.isEmpty()) sb.append(" (");
        boolean hasType = false;
        switch (mode) {
            case INVALID, NOVALUE, BUILTIN, TYPEXPR -> { }
            default -> {
                if (type != null) {
                    if (Types.isUntyped(type)) {
                        sb.append(((Basic) type).name).append(' ');
                    } else {
                        hasType = true;
                    }
                }
            }
        }
        sb.append(mode.describe());
        if (mode == Mode.CONSTANT && val != null) {
            String s = ConstOps.str(val);
            if (!s.equals(es)) sb.append(' ').append(s);
        }
        if (hasType) {
            if (type != Universe.INVALID) {
                String intro = " of type ";
                if (type instanceof TypeParam tp) {
                    sb.append(intro).append(type.str(rel)).append(" constrained by ").append(tp.bound() == null ? "any" : tp.bound().str(rel));
                    intro = null;
                }
                if (intro != null) sb.append(intro).append(type.str(rel));
            } else {
                sb.append(" with invalid type");
            }
        }
        if (!es.isEmpty()) sb.append(')');
        return sb.toString();
    }
}
