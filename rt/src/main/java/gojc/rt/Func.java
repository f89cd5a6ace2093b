package gojc.rt;

/**
 * The base of every Go func value. Each func type shape (JVM descriptor of its parameters and
 * first result) is an abstract subclass with one {@code call} method; closures, top-level
 * functions used as values and method values are generated subclasses. nil is {@code null}.
 */
public abstract class Func {
    /**
     * True when the function body itself calls recover: only then does a deferred call of it
     * receive the panic's recover token (recover works only when called directly by a deferred
     * function).
     */
    public boolean usesRecover() {
        return false;
    }

    /** For defer: a nil func value recovers nothing (it panics when the deferred call runs). */
    public static boolean usesRecover(Func f) {
        return f != null && f.usesRecover();
    }
}
