package gojc.rt;

/** Go types of the runtime's own values that can reach interfaces (runtime errors). */
final class RuntimeTypes {
    private RuntimeTypes() {}

    private static volatile Type errorString, plainError, typeAssertionError, boundsError;

    static Type of(Object v) {
        if (v instanceof RuntimeErrors.ErrorString) {
            return errorString != null ? errorString : (errorString = define("errorString", false, "b24;"));
        }
        if (v instanceof RuntimeErrors.PlainError) {
            return plainError != null ? plainError : (plainError = define("plainError", false, "b24;"));
        }
        if (v instanceof RuntimeErrors.TypeAssertionError) {
            return typeAssertionError != null ? typeAssertionError
                    : (typeAssertionError = define("TypeAssertionError", true, "s0;").ptrTo());
        }
        if (v instanceof BoundsError) {
            return boundsError != null ? boundsError : (boundsError = define("boundsError", false, "s0;"));
        }
        return null;
    }

    /** A runtime package type with the methods Error() string and RuntimeError(). */
    private static Type define(String name, boolean ptrRecv, String underlying) {
        synchronized (Type.lock()) {
            Type t = Type.named("runtime", "runtime", name, "", "");
            String p = ptrRecv ? "1;" : "0;";
            String def = underlying + "2;" + str("Error") + str("") + p + "f0;0;1;b24;"
                    + str("gojc/rt/GoError") + str("error") + str("()Lgojc/rt/GoString;")
                    + str("RuntimeError") + str("") + p + "f0;0;0;"
                    + str("gojc/rt/GoRuntimeError") + str("RuntimeError") + str("()V");
            TypeCodec.define(t, def);
            return t;
        }
    }

    private static String str(String s) {
        return s.length() + ";" + s;
    }
}
