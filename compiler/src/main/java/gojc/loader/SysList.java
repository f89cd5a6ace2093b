package gojc.loader;

import java.util.Set;

/** The GOOS and GOARCH values go/build knows, past and future, used for file-name matching. */
final class SysList {
    private SysList() {
    }

    static final Set<String> KNOWN_OS = Set.of(
            "aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios", "js",
            "linux", "nacl", "netbsd", "openbsd", "plan9", "solaris", "windows", "zos");

    /** The GOOSes that satisfy the "unix" tag (not used for file names). */
    static final Set<String> UNIX_OS = Set.of(
            "aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios", "linux",
            "netbsd", "openbsd", "solaris");

    static final Set<String> KNOWN_ARCH = Set.of(
            "386", "amd64", "amd64p32", "arm", "armbe", "arm64", "arm64be", "loong64", "mips",
            "mipsle", "mips64", "mips64le", "mips64p32", "mips64p32le", "ppc", "ppc64", "ppc64le",
            "riscv", "riscv64", "s390", "s390x", "sparc", "sparc64", "wasm");
}
