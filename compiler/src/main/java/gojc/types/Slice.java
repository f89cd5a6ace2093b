package gojc.types;

public record Slice(Type elem) implements Type {
    @Override
    public Type underlying() {
        return this;
    }

    @Override
    public String toString() {
        return str(null);
    }
}
