package gojc.rt;

/** The shape of {@code func()}: deferred calls, go statements and the simplest closures. */
public abstract class FuncV extends Func {
    public abstract void call();
}
