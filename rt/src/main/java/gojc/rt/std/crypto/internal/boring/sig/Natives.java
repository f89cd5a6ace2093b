package gojc.rt.std.crypto.internal.boring.sig;

/**
 * package crypto/internal/boring/sig: marker functions whose only purpose is to appear in gc's
 * binaries (sig_amd64.s emits recognisable byte sequences for tools that inspect them). A JVM
 * program has no such image, so calling them does nothing, as their assembly does at run time.
 */
public final class Natives {
    private Natives() {}

    public static void BoringCrypto() {}

    public static void FIPSOnly() {}

    public static void StandardCrypto() {}
}
