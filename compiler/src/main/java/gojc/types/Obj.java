package gojc.types;

import gojc.syntax.Pos;

/** A named language entity: what an identifier denotes. */
public abstract sealed class Obj permits Var, Const, TypeName, Func, PkgName, Label, Builtin, Nil {
    public final Pos pos;
    public final Package pkg;
    public final String name;
    Type type;
    Scope parent;
    /** Order of declaration among package-level objects (for deterministic reporting). */
    int order;
    /** Where the declaration's scope begins (for locals: after the declaring statement). */
    Pos scopePos = Pos.NONE;

    Obj(Pos pos, Package pkg, String name, Type type) {
        this.pos = pos;
        this.pkg = pkg;
        this.name = name;
        this.type = type;
    }

    public Type type() {
        return type;
    }

    public Scope parent() {
        return parent;
    }

    public boolean exported() {
        return !name.isEmpty() && Character.isUpperCase(name.codePointAt(0));
    }

    /** Objects of a package other than the one being checked are named with their package. */
    public boolean sameId(Package p, String n) {
        if (!n.equals(name)) return false;
        if (exported()) return true;
        return pkg == null || p == null || pkg == p || pkg.path().equals(p.path());
    }

    @Override
    public String toString() {
        return getClass().getSimpleName().toLowerCase() + " " + name;
    }
}
