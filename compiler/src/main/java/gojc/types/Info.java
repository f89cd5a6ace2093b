package gojc.types;

import gojc.syntax.Expr;
import gojc.syntax.Node;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** The checker's results, keyed by AST node identity, for the code generator. */
public final class Info {
    public final Map<Expr, TypeAndValue> types = new IdentityHashMap<>();
    public final Map<Expr.Ident, Obj> defs = new IdentityHashMap<>();
    public final Map<Expr.Ident, Obj> uses = new IdentityHashMap<>();
    /** Type switch case clauses to their implicit variable; import specs to their PkgName. */
    public final Map<Node, Obj> implicits = new IdentityHashMap<>();
    public final Map<Expr.Selector, Selection> selections = new IdentityHashMap<>();
    public final Map<Node, Scope> scopes = new IdentityHashMap<>();
    public final Map<Expr.Ident, Instance> instances = new IdentityHashMap<>();
    public final List<Initializer> initOrder = new ArrayList<>();
    /** The package's {@code func init}s in source order (files in the order given). */
    public final List<Func> initFuncs = new ArrayList<>();
    /** The language version the package was checked with ({@code go1.19}); null means the toolchain's. */
    public String goVersion;

    public TypeAndValue typeOf(Expr e) {
        return types.get(e);
    }

    /** The object an identifier defines or uses. */
    public Obj objectOf(Expr.Ident id) {
        Obj o = defs.get(id);
        return o != null ? o : uses.get(id);
    }
}
