package gojc.rt.std.internal.reflectlite;

/** internal/reflectlite's body-less functions: shared with reflect in {@link gojc.rt.reflect.Core}. */
public final class Natives extends gojc.rt.reflect.Core {
    private Natives() {}
}
