package gojc.types;

import java.util.List;

/** Fields are {@link Var}s with {@code isField}; tags holds each field's tag text or "". */
public record Struct(List<Var> fields, List<String> tags) implements Type {
    @Override
    public Type underlying() {
        return this;
    }

    public String tag(int i) {
        return i < tags.size() ? tags.get(i) : "";
    }

    @Override
    public String toString() {
        return str(null);
    }
}
