package gojc.rt.std.net;

import java.util.concurrent.ThreadLocalRandom;

/** The body-less functions of package net (gc's runtime provides them by linkname). */
public final class Natives {
    private Natives() {}

    /** runtime.fastrandu: DNS record shuffling needs no more than a fast random number. */
    public static long fastrandu() {
        return ThreadLocalRandom.current().nextLong();
    }
}
