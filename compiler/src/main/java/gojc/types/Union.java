package gojc.types;

import java.util.List;

/** A constraint union {@code ~int | string}; only occurs inside interfaces. */
public record Union(List<Term> terms) implements Type {
    public record Term(boolean tilde, Type type) {}

    @Override
    public Type underlying() {
        return this;
    }

    @Override
    public String toString() {
        return str(null);
    }
}
