package gojc.build;

/**
 * @param allErrors {@code -gcflags=-e}: report every compile error, not the first 10
 * @param buildMode {@code exe}, or {@code c-archive}/{@code c-shared} for a library jar
 * @param verbose   {@code -v}: print package names as they are compiled
 * @param exportClass binary name of a library jar's class of exported functions
 */
public record BuildOptions(boolean allErrors, String buildMode, boolean verbose, String exportClass) {
    /** The class of a library jar's exported functions unless {@code -exportclass} names one. */
    public static final String DEFAULT_EXPORT_CLASS = "go.Exports";
    public static final BuildOptions DEFAULT = new BuildOptions(false, "exe", false, DEFAULT_EXPORT_CLASS);

    public BuildOptions(boolean allErrors, String buildMode, boolean verbose) {
        this(allErrors, buildMode, verbose, DEFAULT_EXPORT_CLASS);
    }

    public boolean library() {
        return buildMode.equals("c-archive") || buildMode.equals("c-shared");
    }
}
