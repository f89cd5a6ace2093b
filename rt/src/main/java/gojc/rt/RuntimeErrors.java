package gojc.rt;

/** The runtime's own error values (runtime/error.go), with gc's exact texts. */
public final class RuntimeErrors {
    private RuntimeErrors() {}

    /** runtime.errorString: a runtime.Error whose text is "runtime error: " + msg. */
    public static final class ErrorString implements GoRuntimeError {
        private final String msg;

        public ErrorString(String msg) {
            this.msg = msg;
        }

        @Override
        public GoString error() {
            return GoString.fromJava("runtime error: " + msg);
        }

        @Override
        public void RuntimeError() {}

        @Override
        public String toString() {
            return "runtime error: " + msg;
        }
    }

    /** runtime.plainError: a runtime.Error printed without the prefix. */
    public static final class PlainError implements GoRuntimeError {
        private final String msg;

        public PlainError(String msg) {
            this.msg = msg;
        }

        @Override
        public GoString error() {
            return GoString.fromJava(msg);
        }

        @Override
        public void RuntimeError() {}

        @Override
        public String toString() {
            return msg;
        }
    }

    /** runtime.TypeAssertionError, built from type strings the compiler provides. */
    public static final class TypeAssertionError implements GoRuntimeError {
        private final String iface, concrete, asserted, missingMethod;
        /** For two distinct types that print alike: " (types from different packages)" or "... scopes)". */
        private String sameName = "";

        /** concrete == null means the interface held nil; missingMethod may be null. */
        public TypeAssertionError(String iface, String concrete, String asserted, String missingMethod) {
            this.iface = iface == null ? "interface" : iface;
            this.concrete = concrete;
            this.asserted = asserted;
            this.missingMethod = missingMethod;
        }

        /** gc's clearer text when the concrete and asserted types are distinct but print alike. */
        public TypeAssertionError distinguish(boolean samePackage) {
            if (asserted.equals(concrete)) {
                sameName = samePackage ? " (types from different scopes)" : " (types from different packages)";
            }
            return this;
        }

        @Override
        public GoString error() {
            return GoString.fromJava(toString());
        }

        @Override
        public void RuntimeError() {}

        @Override
        public String toString() {
            if (concrete == null) {
                return "interface conversion: " + iface + " is nil, not " + asserted;
            }
            if (missingMethod == null || missingMethod.isEmpty()) {
                return "interface conversion: " + iface + " is " + concrete + ", not " + asserted + sameName;
            }
            return "interface conversion: " + concrete + " is not " + asserted + ": missing method " + missingMethod;
        }
    }
}
