package gojc.rt;

/**
 * A Go panic that escaped an exported function of a library jar, as Java callers see it: the
 * message is gc's text ({@code panic: ...}), and the host JVM lives on.
 */
public final class GoPanicException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    GoPanicException(String message) {
        super(message);
    }
}
