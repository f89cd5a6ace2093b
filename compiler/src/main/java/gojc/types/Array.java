package gojc.types;

/** {@code [len]elem}; len is -1 while unknown (an invalid length). */
public record Array(long len, Type elem) implements Type {
    @Override
    public Type underlying() {
        return this;
    }

    @Override
    public String toString() {
        return str(null);
    }
}
