package gojc.rt.std.reflect;

/** reflect's body-less functions: all shared with internal/reflectlite in {@link gojc.rt.reflect.Core}. */
public final class Natives extends gojc.rt.reflect.Core {
    private Natives() {}
}
