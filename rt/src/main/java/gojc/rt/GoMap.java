package gojc.rt;

import java.util.concurrent.ThreadLocalRandom;

/**
 * A Go map. The nil map is Java null; the static helpers accept it. Entries live in
 * insertion-ordered arrays indexed by an open-addressing hash table; deletion leaves a
 * tombstone until the next rebuild. Iteration ({@link MapIter}) visits entry slots in a
 * random order per range loop and keeps Go's semantics under insert/delete.
 */
public final class GoMap {
    /** Marks a deleted entry slot. */
    static final Object DELETED = new Object();
    /** Returned by {@link #lookup} when the key is absent. */
    public static final Object ABSENT = new Object();
    private static final int SEED = ThreadLocalRandom.current().nextInt() | 1;

    /** One generation of entry storage; replaced (not mutated in place) on rebuild. */
    static final class Table {
        final Object[] keys;
        final Object[] vals;
        final int[] hashes;
        final int[] index; // 0: empty, else entry number + 1
        int used;          // entry slots handed out, live or deleted

        Table(int capacity) {
            keys = new Object[capacity];
            vals = new Object[capacity];
            hashes = new int[capacity];
            index = new int[capacity * 2];
        }
    }

    final KeyKind kind;
    Table table;
    int count;

    private GoMap(KeyKind kind, int capacity) {
        this.kind = kind;
        this.table = new Table(capacity);
    }

    /** make(map[K]V, hint); like gc 1.19, a negative or huge run-time hint counts as 0. */
    public static GoMap make(KeyKind kind, long hint) {
        if (hint < 0 || hint > SliceGrowth.MAX_ARRAY / 4) {
            hint = 0;
        }
        int c = 8;
        while (c < hint) {
            c <<= 1;
        }
        return new GoMap(kind, c);
    }

    public static GoMap make(KeyKind kind) {
        return new GoMap(kind, 8);
    }

    public static int len(GoMap m) {
        return m == null ? 0 : m.count;
    }

    /** m[k], or zero when absent (or m is nil). */
    public static Object get(GoMap m, Object key, Object zero) {
        Object v = lookup(m, key);
        return v == ABSENT ? zero : v;
    }

    /** m[k] for the comma-ok form: the element, or {@link #ABSENT}. */
    public static Object lookup(GoMap m, Object key) {
        if (m == null || m.count == 0) {
            // gc still hashes here when hashing can panic (interface keys). A nil map has
            // no KeyKind, but only an interface-keyed map can be given an unhashable key: a
            // Typed one (plain Java boxes are the hashable basic types) or a bare slice or map.
            // A bare channel or pointer comes from a map whose key type is not an interface.
            KeyKind k = m != null ? m.kind
                    : key instanceof Typed || !KeyKind.isHashable(key) ? KeyKind.INTERFACE : KeyKind.GENERIC;
            if (k.hashMightPanic()) {
                k.hash(key);
            }
            return ABSENT;
        }
        int h = m.hash(key);
        int e = m.find(key, h);
        return e < 0 ? ABSENT : m.table.vals[e];
    }

    /** m[k] = v; panics on a nil map. */
    public static void put(GoMap m, Object key, Object value) {
        if (m == null) {
            throw Panics.nilMapAssignment();
        }
        int h = m.hash(key);
        int e = m.find(key, h);
        if (e >= 0) {
            m.table.keys[e] = key; // gc overwrites the key too (matters for +0/-0)
            m.table.vals[e] = value;
            return;
        }
        m.insert(key, value, h);
    }

    /** delete(m, k); a no-op on a nil map. */
    public static void delete(GoMap m, Object key) {
        if (m == null || m.count == 0) {
            if (m != null && m.kind.hashMightPanic()) {
                m.kind.hash(key);
            }
            return;
        }
        int h = m.hash(key);
        int e = m.find(key, h);
        if (e >= 0) {
            m.table.keys[e] = DELETED;
            m.table.vals[e] = null;
            m.count--;
        }
    }

    /** A fresh iterator for a range loop (an empty one for nil). */
    public static MapIter iter(GoMap m) {
        return new MapIter(m);
    }

    private int hash(Object key) {
        // Strings and ints, the common keys, skip the KeyKind's virtual call (a megamorphic
        // site shared by every map): a bare GoString or Long key is a string or an int under
        // every key kind that can hold one (an interface-keyed map boxes named types), and
        // equal keys still hash alike, which is all a map needs.
        int k = key instanceof GoString ? key.hashCode() : key instanceof Long ? Long.hashCode((Long) key) : kind.hash(key);
        int h = k ^ SEED;
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }

    /** The entry number of key, or -1. */
    int find(Object key, int h) {
        Table t = table;
        int mask = t.index.length - 1;
        for (int i = h & mask; ; i = (i + 1) & mask) {
            int e = t.index[i];
            if (e == 0) {
                return -1;
            }
            e--;
            if (t.hashes[e] == h && same(t.keys[e], key)) {
                return e;
            }
        }
    }

    /**
     * Key equality, with strings and ints (the common keys) compared without the KeyKind's
     * virtual call: only another string equals a bare GoString key (an interface-keyed map
     * boxes named string types), only another int a bare Long.
     */
    private boolean same(Object k, Object key) {
        if (k == DELETED) {
            return false;
        }
        if (key instanceof GoString) {
            return k instanceof GoString && GoString.eq((GoString) k, (GoString) key);
        }
        if (key instanceof Long) {
            return k instanceof Long && ((Long) k).longValue() == ((Long) key).longValue();
        }
        return kind.equal(k, key);
    }

    private void insert(Object key, Object value, int h) {
        Table t = table;
        if (t.used == t.keys.length) {
            // Grow when mostly live, else just drop the tombstones.
            t = rebuild(count >= t.keys.length / 2 ? t.keys.length * 2 : t.keys.length);
        }
        int e = t.used++;
        t.keys[e] = key;
        t.vals[e] = value;
        t.hashes[e] = h;
        link(t, e, h);
        count++;
    }

    private static void link(Table t, int e, int h) {
        int mask = t.index.length - 1;
        int i = h & mask;
        while (t.index[i] != 0) {
            i = (i + 1) & mask;
        }
        t.index[i] = e + 1;
    }

    private Table rebuild(int capacity) {
        Table old = table;
        Table t = new Table(capacity);
        for (int e = 0; e < old.used; e++) {
            Object k = old.keys[e];
            if (k != DELETED) {
                int n = t.used++;
                t.keys[n] = k;
                t.vals[n] = old.vals[e];
                t.hashes[n] = old.hashes[e];
                link(t, n, old.hashes[e]);
            }
        }
        table = t;
        return t;
    }
}
