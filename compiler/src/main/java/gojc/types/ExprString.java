package gojc.types;

import gojc.syntax.Expr;
import gojc.syntax.Pos;

/** Expressions as gc's messages print them, and their start positions (where types2 reports). */
public final class ExprString {
    private ExprString() {}

    public static Pos start(Expr e) {
        while (true) {
            if (e instanceof Expr.Binary b) e = b.x();
            else if (e instanceof Expr.Call c) e = c.fun();
            else if (e instanceof Expr.Selector s) e = s.x();
            else if (e instanceof Expr.Index i) e = i.x();
            else if (e instanceof Expr.Slice s) e = s.x();
            else if (e instanceof Expr.TypeAssert t) e = t.x();
            else if (e instanceof Expr.KeyValue kv) e = kv.key();
            else if (e instanceof Expr.CompositeLit cl && cl.type() != null) e = cl.type();
            else return e.pos();
        }
    }

    public static String of(Expr e) {
        StringBuilder sb = new StringBuilder();
        write(sb, e);
        return sb.toString();
    }

    private static void list(StringBuilder sb, java.util.List<? extends Expr> es) {
        for (int i = 0; i < es.size(); i++) {
            if (i > 0) sb.append(", ");
            write(sb, es.get(i));
        }
    }

    private static void fields(StringBuilder sb, java.util.List<Expr.Field> fs, String sep) {
        for (int i = 0; i < fs.size(); i++) {
            if (i > 0) sb.append(sep);
            Expr.Field f = fs.get(i);
            for (int j = 0; j < f.names().size(); j++) {
                if (j > 0) sb.append(", ");
                sb.append(f.names().get(j).name());
            }
            if (!f.names().isEmpty()) sb.append(' ');
            write(sb, f.type());
        }
    }

    private static void write(StringBuilder sb, Expr e) {
        if (e instanceof Expr.Bad b) {
            sb.append("BadExpr");
        } else if (e instanceof Expr.Ident id) {
            sb.append(id.name());
        } else if (e instanceof Expr.BasicLit l) {
            sb.append(l.value());
        } else if (e instanceof Expr.CompositeLit cl) {
            if (cl.type() != null) write(sb, cl.type());
            sb.append(cl.elts().isEmpty() ? "{}" : "{…}");
        } else if (e instanceof Expr.KeyValue kv) {
            write(sb, kv.key());
            sb.append(": ");
            write(sb, kv.value());
        } else if (e instanceof Expr.FuncLit fl) {
            write(sb, fl.type());
            sb.append(fl.body().stmts().isEmpty() ? " {}" : " {…}");
        } else if (e instanceof Expr.Paren p) {
            sb.append('(');
            write(sb, p.x());
            sb.append(')');
        } else if (e instanceof Expr.Selector s) {
            write(sb, s.x());
            sb.append('.').append(s.sel().name());
        } else if (e instanceof Expr.Index i) {
            write(sb, i.x());
            sb.append('[');
            list(sb, i.indices());
            sb.append(']');
        } else if (e instanceof Expr.Slice s) {
            write(sb, s.x());
            sb.append('[');
            if (s.low() != null) write(sb, s.low());
            sb.append(':');
            if (s.high() != null) write(sb, s.high());
            if (s.slice3()) {
                sb.append(':');
                if (s.max() != null) write(sb, s.max());
            }
            sb.append(']');
        } else if (e instanceof Expr.TypeAssert t) {
            write(sb, t.x());
            sb.append(".(");
            if (t.type() == null) sb.append("type");
            else write(sb, t.type());
            sb.append(')');
        } else if (e instanceof Expr.Call c) {
            write(sb, c.fun());
            sb.append('(');
            list(sb, c.args());
            if (c.hasDots()) sb.append("...");
            sb.append(')');
        } else if (e instanceof Expr.Star s) {
            sb.append('*');
            write(sb, s.x());
        } else if (e instanceof Expr.Unary u) {
            sb.append(u.op().text);
            write(sb, u.x());
        } else if (e instanceof Expr.Binary b) {
            write(sb, b.x());
            sb.append(' ').append(b.op().text).append(' ');
            write(sb, b.y());
        } else if (e instanceof Expr.ArrayType a) {
            sb.append('[');
            if (a.len() != null) write(sb, a.len());
            sb.append(']');
            write(sb, a.elem());
        } else if (e instanceof Expr.StructType s) {
            sb.append("struct{");
            fields(sb, s.fields(), "; ");
            sb.append('}');
        } else if (e instanceof Expr.PointerType p) {
            sb.append('*');
            write(sb, p.base());
        } else if (e instanceof Expr.FuncType f) {
            sb.append("func(");
            fields(sb, f.params(), ", ");
            sb.append(')');
            if (f.results().size() == 1 && f.results().get(0).names().isEmpty()) {
                sb.append(' ');
                write(sb, f.results().get(0).type());
            } else if (!f.results().isEmpty()) {
                sb.append(" (");
                fields(sb, f.results(), ", ");
                sb.append(')');
            }
        } else if (e instanceof Expr.InterfaceType i) {
            sb.append("interface{");
            for (int k = 0; k < i.elems().size(); k++) {
                if (k > 0) sb.append("; ");
                Expr.Field f = i.elems().get(k);
                if (!f.names().isEmpty() && f.type() instanceof Expr.FuncType ft) {
                    sb.append(f.names().get(0).name());
                    String s = of(ft);
                    sb.append(s.substring(4));
                } else {
                    write(sb, f.type());
                }
            }
            sb.append('}');
        } else if (e instanceof Expr.MapType m) {
            sb.append("map[");
            write(sb, m.key());
            sb.append(']');
            write(sb, m.value());
        } else if (e instanceof Expr.ChanType c) {
            sb.append(switch (c.dir()) {
                case SEND -> "chan<- ";
                case RECV -> "<-chan ";
                default -> "chan ";
            });
            write(sb, c.elem());
        } else if (e instanceof Expr.Dots d) {
            sb.append("...");
            if (d.elem() != null) write(sb, d.elem());
        }

    }
}
