package gojc.ir;

import java.util.List;

/**
 * A func type as the JVM sees it: the parameters and the results, of which the first is the JVM
 * return value and the others travel in the result area. Func values of one shape are instances
 * of one abstract class with a {@code call} method: {@code gojc/rt/FuncV} for {@code func()},
 * else a class {@code gojc/fn/F...} generated (identically) by every package that needs it.
 */
public record FuncShape(List<IrType> params, List<IrType> results) {
    public IrType result0() {
        return results.isEmpty() ? IrType.VOID : results.get(0);
    }

    public String descriptor() {
        StringBuilder d = new StringBuilder("(");
        for (IrType p : params) d.append(p.descriptor());
        return d.append(')').append(result0().descriptor()).toString();
    }

    public String className() {
        return className(descriptor());
    }

    public static String className(String descriptor) {
        if (descriptor.equals("()V")) return "gojc/rt/FuncV";
        return "gojc/fn/F" + Names.mangle(descriptor.replace('(', '_').replace(')', '_'));
    }

    public static FuncShape of(gojc.types.Signature sig, gojc.syntax.Pos where) {
        List<IrType> ps = new java.util.ArrayList<>();
        for (gojc.types.Var v : sig.params().vars()) ps.add(member(v.type(), where));
        List<IrType> rs = new java.util.ArrayList<>();
        for (gojc.types.Var v : sig.results().vars()) rs.add(member(v.type(), where));
        return new FuncShape(ps, rs);
    }

    /** The JVM type of a func value's class, for values erased in shape descriptors. */
    public static final String ERASED = "Lgojc/rt/Func;";

    /**
     * A parameter or result type inside a shape: func types are erased to gojc.rt.Func (so that
     * recursive func types such as {@code type T func() T} have finite names); the code casts
     * them back where it uses them.
     */
    private static IrType member(gojc.types.Type t, gojc.syntax.Pos where) {
        if (t.underlying() instanceof gojc.types.Signature) return new IrType(t, Repr.REF, null, ERASED);
        return IrType.of(t, where);
    }
}
