package gojc.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Go map semantics: nil maps, NaN and ±0 keys, range under mutation, random order. */
class GoMapTest {
    private static GoString s(String x) {
        return GoString.fromJava(x);
    }

    @Test
    void nilMap() {
        assertEquals(0, GoMap.len(null));
        assertEquals(7L, GoMap.get(null, 1L, 7L));
        assertSame(GoMap.ABSENT, GoMap.lookup(null, 1L));
        GoMap.delete(null, 1L);
        assertFalse(GoMap.iter(null).next());
        GoPanic p = assertThrows(GoPanic.class, () -> GoMap.put(null, 1L, 2L));
        assertEquals("assignment to entry in nil map", p.getMessage());
    }

    @Test
    void basicOperationsAgreeWithHashMap() {
        GoMap m = GoMap.make(KeyKind.INT64);
        Map<Long, Long> ref = new HashMap<>();
        java.util.Random r = new java.util.Random(1);
        for (int i = 0; i < 20000; i++) {
            long k = r.nextInt(500);
            switch (r.nextInt(3)) {
                case 0:
                    GoMap.put(m, k, (long) i);
                    ref.put(k, (long) i);
                    break;
                case 1:
                    GoMap.delete(m, k);
                    ref.remove(k);
                    break;
                default:
                    assertEquals(ref.getOrDefault(k, -1L), GoMap.get(m, k, -1L));
            }
            assertEquals(ref.size(), GoMap.len(m));
        }
        Map<Long, Long> seen = new HashMap<>();
        for (MapIter it = GoMap.iter(m); it.next(); ) {
            assertNull(seen.put((Long) it.key(), (Long) it.value()));
        }
        assertEquals(ref, seen);
    }

    @Test
    void stringKeysCompareByBytes() {
        GoMap m = GoMap.make(KeyKind.STRING, 0);
        GoMap.put(m, s("ab"), 1L);
        GoString sub = GoString.slice(s("xaby"), 1, 3);
        assertEquals(1L, GoMap.get(m, sub, 0L));
        GoMap.put(m, sub, 2L);
        assertEquals(1, GoMap.len(m));
        assertEquals(2L, GoMap.get(m, s("ab"), 0L));
    }

    @Test
    void nanKeysAlwaysAddAndNeverMatch() {
        GoMap m = GoMap.make(KeyKind.FLOAT64);
        for (int i = 0; i < 1000; i++) {
            GoMap.put(m, Double.NaN, (long) i);
        }
        assertEquals(1000, GoMap.len(m));
        assertSame(GoMap.ABSENT, GoMap.lookup(m, Double.NaN));
        GoMap.delete(m, Double.NaN);
        assertEquals(1000, GoMap.len(m));
        int n = 0;
        for (MapIter it = GoMap.iter(m); it.next(); ) {
            assertTrue(Double.isNaN((Double) it.key()));
            n++;
        }
        assertEquals(1000, n);
    }

    @Test
    void plusAndMinusZeroAreOneKey() {
        GoMap m = GoMap.make(KeyKind.FLOAT64);
        GoMap.put(m, 0.0, 1L);
        GoMap.put(m, -0.0, 2L);
        assertEquals(1, GoMap.len(m));
        assertEquals(2L, GoMap.get(m, 0.0, 0L));
        GoMap c = GoMap.make(KeyKind.COMPLEX128);
        GoMap.put(c, new Complex128(0.0, -0.0), 1L);
        assertEquals(1L, GoMap.get(c, new Complex128(-0.0, 0.0), 0L));
    }

    @Test
    void interfaceKeys() {
        GoMap m = GoMap.make(KeyKind.INTERFACE);
        GoMap.put(m, 1L, s("int"));
        GoMap.put(m, 1, s("int32"));
        GoMap.put(m, s("1"), s("string"));
        GoMap.put(m, null, s("nil"));
        assertEquals(4, GoMap.len(m));
        assertEquals(s("int32"), GoMap.get(m, 1, null));
        assertEquals(s("nil"), GoMap.get(m, null, null));
        GoPanic p = assertThrows(GoPanic.class, () -> GoMap.lookup(m, SliceJ.make(0, 0)));
        assertEquals("runtime error: hash of unhashable type []int", p.getMessage());
        // gc hashes interface keys even when the map is nil or empty
        assertThrows(GoPanic.class, () -> GoMap.lookup(GoMap.make(KeyKind.INTERFACE), SliceJ.make(0, 0)));
        assertThrows(GoPanic.class, () -> GoMap.lookup(null, SliceJ.make(0, 0)));
    }

    @Test
    void deleteDuringRangeSkipsUnreachedEntries() {
        for (int round = 0; round < 50; round++) {
            GoMap m = GoMap.make(KeyKind.INT64);
            for (long i = 0; i < 100; i++) {
                GoMap.put(m, i, i);
            }
            Set<Long> seen = new HashSet<>();
            Set<Long> deleted = new HashSet<>();
            for (MapIter it = GoMap.iter(m); it.next(); ) {
                long k = (Long) it.key();
                assertFalse(deleted.contains(k), "deleted key produced");
                assertTrue(seen.add(k), "key produced twice");
                long other = (k * 7 + 3) % 100; // delete some other entry, reached or not
                if (!seen.contains(other)) {
                    GoMap.delete(m, other);
                    deleted.add(other);
                }
            }
            assertEquals(100, seen.size() + deleted.size());
            assertEquals(100 - deleted.size(), GoMap.len(m));
        }
    }

    @Test
    void insertDuringRangeKeepsOldEntriesExactlyOnce() {
        GoMap m = GoMap.make(KeyKind.INT64);
        for (long i = 0; i < 50; i++) {
            GoMap.put(m, i, i);
        }
        Map<Long, Integer> count = new HashMap<>();
        long next = 1000;
        for (MapIter it = GoMap.iter(m); it.next(); ) {
            count.merge((Long) it.key(), 1, Integer::sum);
            for (int j = 0; j < 20; j++) { // forces several table rebuilds mid-iteration
                GoMap.put(m, next++, 0L);
            }
            GoMap.put(m, 7L, 77L); // an update of an existing entry stays visible
        }
        for (long i = 0; i < 50; i++) {
            assertEquals(1, count.get(i), "old key " + i);
        }
        assertEquals(50 + (next - 1000), GoMap.len(m));
        assertEquals(77L, GoMap.get(m, 7L, 0L));
    }

    @Test
    void rangeSeesValueUpdatesAndDeletesAfterRebuild() {
        GoMap m = GoMap.make(KeyKind.INT64);
        for (long i = 0; i < 8; i++) {
            GoMap.put(m, i, i);
        }
        MapIter it = GoMap.iter(m);
        assertTrue(it.next());
        long first = (Long) it.key();
        for (long i = 100; i < 200; i++) {
            GoMap.put(m, i, i); // rebuilds the table
        }
        for (long i = 0; i < 8; i++) {
            if (i != first) {
                GoMap.put(m, i, -i);
            }
        }
        long victim = (first + 1) % 8;
        GoMap.delete(m, victim);
        List<Long> rest = new ArrayList<>();
        while (it.next()) {
            long k = (Long) it.key();
            assertFalse(k == victim);
            assertEquals(-k, (long) (Long) it.value());
            rest.add(k);
        }
        assertEquals(6, rest.size());
    }

    @Test
    void orderDiffersBetweenRanges() {
        GoMap m = GoMap.make(KeyKind.INT64);
        for (long i = 0; i < 20; i++) {
            GoMap.put(m, i, i);
        }
        Set<List<Object>> orders = new HashSet<>();
        for (int round = 0; round < 20; round++) {
            List<Object> order = new ArrayList<>();
            for (MapIter it = GoMap.iter(m); it.next(); ) {
                order.add(it.key());
            }
            assertEquals(20, order.size());
            orders.add(order);
        }
        assertTrue(orders.size() > 5, "only " + orders.size() + " distinct orders");
    }

    @Test
    void makeWithNegativeHintIsEmptyMapAsInGc119() {
        GoMap m = GoMap.make(KeyKind.INT64, -1);
        GoMap.put(m, 1L, 1L);
        assertEquals(1, GoMap.len(m));
    }
}
