package gojc.ir;

import gojc.syntax.Expr;
import gojc.syntax.Pos;
import gojc.types.Obj;
import gojc.types.Var;

import java.util.ArrayList;
import java.util.List;

/**
 * Loop variables per iteration. From Go 1.22 each iteration of a {@code for} loop has its own
 * variables declared by the loop ({@code for i := ...} and {@code for k, v := range ...}); the
 * next iteration's are declared before the post statement, initialized from the current ones.
 * Only a variable a closure captures or whose address is taken can tell the two rules apart, so
 * only those move: to a fresh heap cell, or for a struct or array, to a fresh copy. Older language versions keep one variable per loop.
 */
final class LoopVars {
    private LoopVars() {}

    /** Whether the package's language version gives each iteration its own variables. */
    static boolean perIteration(Lower l) {
        String v = l.info.goVersion;
        if (v == null || !v.startsWith("go1.")) return false;
        String minor = v.substring(4).split("\\.")[0];
        try {
            return Integer.parseInt(minor) >= 22;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The variables the identifiers among lhs declare. */
    static List<Var> declared(Lower l, List<Expr> lhs) {
        List<Var> out = new ArrayList<>();
        for (Expr e : lhs) {
            if (e instanceof Expr.Ident id) {
                Obj o = l.info.defs.get(id);
                if (o instanceof Var v) out.add(v);
            }
        }
        return out;
    }

    /**
     * Moves each of vs that needs it into a fresh variable holding its current value; null when
     * the language version shares one variable per loop or no variable can be told apart.
     */
    static IrStmt fresh(Lower l, Pos pos, List<Var> vs) {
        if (!perIteration(l)) return null;
        List<IrStmt> out = new ArrayList<>();
        for (Var v : vs) {
            if (LowerComposite.needsCell(v) && l.comp.isCell(v)) {
                out.add(l.comp.initCell(pos, v, LowerComposite.copyIfValue(l.comp.loadCell(v, pos))));
            } else if (v.captured()) {
                Variable x = l.resolve(v, pos);
                Variable now = l.temp(x.type);
                out.add(new IrStmt.Store(pos, now, LowerComposite.copyIfValue(new IrExpr.Load(x))));
                out.add(new IrStmt.NewCell(pos, x));
                out.add(new IrStmt.Store(pos, x, new IrExpr.Load(now)));
            } else if (v.addressTaken() && CompositeTypes.isValueObject(v.type())) {
                // a struct or array variable is its object: the next iteration gets a copy
                Variable x = l.resolve(v, pos);
                out.add(new IrStmt.Store(pos, x, LowerComposite.copyIfValue(new IrExpr.Load(x))));
            }
        }
        return out.isEmpty() ? null : new IrStmt.Block(pos, out);
    }
}
