package gojc.rt;

import java.lang.management.ManagementFactory;

/**
 * {@code GODEBUG=inittrace=1}: one line per package with init work, in gc's format
 * {@code init <path> @<start> ms, <clock> ms clock, <bytes> bytes, <allocs> allocs}. Bytes come
 * from the JVM's per-thread allocation counter; the JVM does not count allocations, so allocs
 * stays 0 until the runtime counts its own.
 */
final class InitTrace {
    private InitTrace() {}

    static boolean enabled() {
        String g = System.getenv("GODEBUG");
        if (g == null) return false;
        for (String kv : g.split(",")) {
            if (kv.trim().equals("inittrace=1")) return true;
        }
        return false;
    }

    static long allocatedBytes() {
        java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        if (mx instanceof com.sun.management.ThreadMXBean) {
            return ((com.sun.management.ThreadMXBean) mx).getThreadAllocatedBytes(Thread.currentThread().getId());
        }
        return 0;
    }

    static void print(String path, long start, long end, long runtimeInitTime, long bytes) {
        String line = "init " + path + " @" + nsAsMs(start - runtimeInitTime) + " ms, "
                + nsAsMs(end - start) + " ms clock, " + bytes + " bytes, 0 allocs\n";
        Stdio.writeStderr(line);
    }

    /** As gc formats durations here: whole ms from 10 ms up, else two significant digits, at most 3 decimals. */
    static String nsAsMs(long ns) {
        if (ns < 0) ns = 0;
        if (ns >= 10_000_000L) {
            return Long.toString(ns / 1_000_000L);
        }
        long x = ns / 1000;
        if (x == 0) return "0";
        int dec = 3;
        while (x >= 100) {
            x /= 10;
            dec--;
        }
        String digits = Long.toString(x);
        if (dec == 0) return digits;
        while (digits.length() <= dec) digits = "0" + digits;
        return digits.substring(0, digits.length() - dec) + "." + digits.substring(digits.length() - dec);
    }
}
