package gojc.constant;

/** Thrown by constant division or remainder by zero; the checker reports it before dividing. */
public final class DivisionByZeroException extends ArithmeticException {
    public DivisionByZeroException() {
        super("division by zero");
    }
}
