package gojc.cli;

/** The toolchain's own version. */
final class Version {
    static final String GOJC = "0.1.0-dev";

    private Version() {}
}
