package gojc.rt.std.crypto.internal.boring.bcache;

/**
 * package crypto/internal/boring/bcache: gc's runtime clears registered caches at the start of
 * each collection. Only BoringCrypto builds (not gojc's) put entries in such a cache; an
 * uncleared cache is still correct, as clearing only drops entries early, so registering is a
 * no-op.
 */
public final class Natives {
    private Natives() {}

    public static void registerCache(Object ptable) {}
}
