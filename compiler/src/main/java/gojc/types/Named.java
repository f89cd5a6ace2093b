package gojc.types;

import java.util.ArrayList;
import java.util.List;

/**
 * A defined type. Its underlying type is set by the checker once resolved; an instance of a
 * generic type ({@code orig} non-null) gets its underlying type and methods by substitution.
 */
public final class Named implements Type {
    public final TypeName obj;
    Type underlying;
    public final List<Func> methods = new ArrayList<>();
    public List<TypeParam> typeParams = List.of();
    /** For an instance: the generic type and the type arguments. */
    public final Named orig;
    public final List<Type> typeArgs;
    private List<Func> instMethods;
    /** Instances of a generic type, memoized. */
    List<Named> instances;

    public Named(TypeName obj, Type underlying) {
        this.obj = obj;
        this.underlying = underlying;
        this.orig = null;
        this.typeArgs = List.of();
        if (obj != null && obj.type == null) obj.type = this;
    }

    Named(Named orig, List<Type> typeArgs) {
        this.obj = orig.obj;
        this.orig = orig;
        this.typeArgs = typeArgs;
    }

    /**
     * For {@code type T2 T1} checked while T1's declaration is in progress (T1 refers to T2
     * through a pointer): T2's underlying type is T1's, taken once that is known.
     */
    Named sameAs;
    /** While the type's own type parameter list is checked (a use there is a cycle). */
    boolean typeParamsPending;

    public void setUnderlying(Type u) {
        this.underlying = u;
    }

    public boolean isGeneric() {
        return orig == null && !typeParams.isEmpty();
    }

    public Named origin() {
        return orig == null ? this : orig;
    }

    @Override
    public Type underlying() {
        if (underlying == null) {
            if (orig != null) {
                Type ou = orig.underlying();
                underlying = Universe.INVALID; // guards recursive expansion
                underlying = new Subst(orig.typeParams, typeArgs).type(ou);
                // the underlying type of a Named is never itself a Named
                while (underlying instanceof Named n && n != this) underlying = n.underlying();
            } else if (sameAs != null) {
                Named from = sameAs;
                sameAs = null; // guards a cycle of such declarations
                Type u = from.underlying();
                if (u == Universe.INVALID && from.underlying == null) {
                    sameAs = from;
                    return u;
                }
                underlying = u;
            } else {
                return Universe.INVALID;
            }
        }
        return underlying;
    }

    /** Methods, substituted for an instance. */
    public List<Func> methods() {
        if (orig == null) return methods;
        if (instMethods == null || instMethods.size() != orig.methods.size()) {
            List<Func> r = new ArrayList<>();
            Subst s = new Subst(orig.typeParams, typeArgs);
            for (Func m : orig.methods) {
                Func f = new Func(m.pos, m.pkg, m.name, null);
                f.origin = m;
                if (m.type instanceof Signature sig) {
                    Signature ns = (Signature) s.signatureOfMethod(sig, m.recvTypeParams());
                    f.type = ns;
                }
                r.add(f);
            }
            instMethods = r;
        }
        return instMethods;
    }

    @Override
    public String toString() {
        return str(null);
    }
}
