package gojc.types;

import java.util.List;

/**
 * A function type. {@code recv} is non-null for methods; {@code typeParams} those of a generic
 * function (or the receiver type parameters of a generic type's method, in {@code recvTypeParams}).
 */
public record Signature(Var recv, List<TypeParam> typeParams, List<TypeParam> recvTypeParams, Tuple params,
                        Tuple results, boolean variadic) implements Type {
    public static Signature of(Tuple params, Tuple results, boolean variadic) {
        return new Signature(null, List.of(), List.of(), params, results, variadic);
    }

    public Signature withRecv(Var r) {
        return new Signature(r, typeParams, recvTypeParams, params, results, variadic);
    }

    @Override
    public Type underlying() {
        return this;
    }

    @Override
    public String toString() {
        return str(null);
    }
}
