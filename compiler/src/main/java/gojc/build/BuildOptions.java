package gojc.build;

/**
 * @param allErrors {@code -gcflags=-e}: report every compile error, not the first 10
 * @param buildMode {@code exe}, or {@code c-archive}/{@code c-shared} for a library jar
 * @param verbose   {@code -v}: print package names as they are compiled
 */
public record BuildOptions(boolean allErrors, String buildMode, boolean verbose) {
    public static final BuildOptions DEFAULT = new BuildOptions(false, "exe", false);
}
