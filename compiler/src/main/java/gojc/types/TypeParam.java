package gojc.types;

/** A type parameter; its constraint is set once the type parameter list is checked. */
public final class TypeParam implements Type {
    public final TypeName obj;
    public final int index;
    Type bound;

    public TypeParam(TypeName obj, int index, Type bound) {
        this.obj = obj;
        this.index = index;
        this.bound = bound;
        obj.type = this;
    }

    public Type bound() {
        return bound;
    }

    public void setBound(Type b) {
        this.bound = b;
    }

    /** The constraint's interface (a non-interface bound is an implicit interface). */
    public Interface iface() {
        if (bound != null && bound.underlying() instanceof Interface i) return i;
        return Universe.EMPTY_INTERFACE;
    }

    /** A type parameter's underlying type is its constraint interface. */
    @Override
    public Type underlying() {
        return iface();
    }

    @Override
    public String toString() {
        return obj.name;
    }
}
