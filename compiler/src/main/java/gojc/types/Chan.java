package gojc.types;

public record Chan(Dir dir, Type elem) implements Type {
    public enum Dir { BOTH, SEND, RECV }

    @Override
    public Type underlying() {
        return this;
    }

    @Override
    public String toString() {
        return str(null);
    }
}
