package gojc.rt;

/** Go's {@code fmt.Stringer} as seen by the panic printer ({@code String() string}). */
public interface GoStringer {
    GoString string();
}
