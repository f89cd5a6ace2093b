package gojc.rt;

/** Go's {@code runtime.Error}: an error with the marker method {@code RuntimeError()}. */
public interface GoRuntimeError extends GoError {
    void RuntimeError();
}
