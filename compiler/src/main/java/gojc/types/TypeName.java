package gojc.types;

import gojc.syntax.Pos;

public final class TypeName extends Obj {
    public TypeName(Pos pos, Package pkg, String name, Type type) {
        super(pos, pkg, name, type);
    }

    /** An alias {@code type A = B}: the name's type is not a Named with this object. */
    public boolean isAlias() {
        if (type instanceof Named n) return n.obj != this;
        if (type instanceof TypeParam tp) return tp.obj != this;
        if (type instanceof Basic b) return pkg != null || !b.name.equals(name);
        return true;
    }
}
