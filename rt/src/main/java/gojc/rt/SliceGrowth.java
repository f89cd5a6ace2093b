package gojc.rt;

/**
 * Capacity arithmetic of gc 1.19 (runtime/slice.go growslice, runtime/msize.go
 * roundupsize with the size classes of runtime/sizeclasses.go), so that cap() after
 * append or make-by-conversion matches gc exactly.
 */
public final class SliceGrowth {
    private SliceGrowth() {}

    /** Go's malloc size classes (bytes); allocations up to 32 KiB round up to one of these. */
    private static final int[] CLASS_SIZES = {
        0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352,
        384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304,
        2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880,
        12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768,
    };
    private static final long MAX_SMALL_SIZE = 32768;
    private static final long PAGE_SIZE = 8192;
    /** The largest Java array we hand out. */
    static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

    /** The size mallocgc really allocates for a request of size bytes. */
    public static long roundupsize(long size) {
        if (size < MAX_SMALL_SIZE) {
            int lo = 0, hi = CLASS_SIZES.length - 1;
            while (lo < hi) { // first class >= size
                int mid = (lo + hi) >>> 1;
                if (CLASS_SIZES[mid] < size) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return CLASS_SIZES[lo];
        }
        return (size + PAGE_SIZE - 1) & -PAGE_SIZE;
    }

    /**
     * growslice's new capacity for a slice of capacity oldCap that must hold needed
     * elements of elemSize bytes. Panics "growslice: cap out of range" past Java's limits.
     */
    public static int newCap(int oldCap, long needed, int elemSize) {
        if (needed < oldCap || needed > MAX_ARRAY) {
            throw Panics.growsliceCap();
        }
        if (elemSize == 0) {
            return (int) needed;
        }
        long newcap = oldCap;
        long doublecap = newcap + newcap;
        if (needed > doublecap) {
            newcap = needed;
        } else {
            final long threshold = 256;
            if (oldCap < threshold) {
                newcap = doublecap;
            } else {
                while (0 < newcap && newcap < needed) {
                    newcap += (newcap + 3 * threshold) / 4;
                }
                if (newcap <= 0) {
                    newcap = needed;
                }
            }
        }
        long capmem = roundupsize(newcap * elemSize);
        long c = capmem / elemSize;
        if (c > MAX_ARRAY) {
            c = Math.max(needed, MAX_ARRAY);
        }
        return (int) c;
    }

    /** The capacity of a fresh allocation of n elements (string to []byte/[]rune conversions). */
    public static int roundedCap(int n, int elemSize) {
        if (elemSize == 0) {
            return n;
        }
        long c = roundupsize((long) n * elemSize) / elemSize;
        return (int) Math.min(c, MAX_ARRAY);
    }

    /** makeslice's checks; returns cap as an int. */
    public static int checkMake(long len, long cap) {
        if (len < 0 || len > MAX_ARRAY) {
            throw Panics.makesliceLen();
        }
        if (cap < len || cap > MAX_ARRAY) {
            throw Panics.makesliceCap();
        }
        return (int) cap;
    }
}
