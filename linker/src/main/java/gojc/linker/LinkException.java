package gojc.linker;

/** A link failure that is the input's fault (missing package, cycle), reported as one line. */
public final class LinkException extends RuntimeException {
    public LinkException(String message) {
        super(message);
    }
}
