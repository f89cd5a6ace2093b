package gojc.rt;

/**
 * The Go {@code error} interface as the runtime sees it. Compiled Go types with an
 * {@code Error() string} method implement this so the runtime can print them.
 */
public interface GoError {
    GoString error();
}
