package gojc.types;

import java.util.List;

/** The parameter or result list of a signature, or the types of a multi-value expression. */
public record Tuple(List<Var> vars) implements Type {
    public static final Tuple EMPTY = new Tuple(List.of());

    public int size() {
        return vars.size();
    }

    public Type at(int i) {
        return vars.get(i).type();
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
