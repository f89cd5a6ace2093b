package gojc.rt;

import java.util.concurrent.ThreadLocalRandom;

/**
 * The state of one {@code for k, v := range m} loop:
 * <pre>for (MapIter it = GoMap.iter(m); it.next(); ) { k = it.key(); v = it.value(); ... }</pre>
 * Entry slots of the table current at the start are visited in a random order (random
 * start, random odd stride). Entries deleted before being reached are skipped; entries
 * inserted meanwhile may or may not be produced. If the map was rebuilt meanwhile, each
 * remaining key is checked against the live map, as gc does after growth.
 */
public final class MapIter {
    private final GoMap map;
    private final GoMap.Table table;
    private final int mask;
    private final int start;
    private final int stride;
    private int step;
    private Object key;
    private Object value;

    MapIter(GoMap m) {
        map = m;
        if (m == null || m.count == 0) {
            table = null;
            mask = start = stride = 0;
            step = 1;
            return;
        }
        table = m.table;
        mask = table.keys.length - 1;
        ThreadLocalRandom r = ThreadLocalRandom.current();
        start = r.nextInt();
        stride = r.nextInt() | 1; // odd: visits every slot of a power-of-two table once
        step = 0;
    }

    /** Advances to the next entry; false when the loop is done. */
    public boolean next() {
        GoMap.Table t = table;
        if (t == null) {
            return false;
        }
        while (step <= mask) {
            int pos = (start + step * stride) & mask;
            step++;
            if (pos >= t.used) {
                continue;
            }
            Object k = t.keys[pos];
            if (k == GoMap.DELETED) {
                continue;
            }
            if (map.table == t) {
                key = k;
                value = t.vals[pos];
                return true;
            }
            // Rebuilt since we started: the entry counts only if still present.
            if (!map.kind.equal(k, k)) {
                key = k; // NaN keys cannot be looked up or deleted
                value = t.vals[pos];
                return true;
            }
            int e = map.find(k, t.hashes[pos]);
            if (e >= 0) {
                key = k;
                value = map.table.vals[e];
                return true;
            }
        }
        return false;
    }

    public Object key() {
        return key;
    }

    public Object value() {
        return value;
    }
}
