package gojc.linker;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class InitOrderTest {
    private static LinkUnit unit(String path, String... imports) {
        return new LinkUnit(path, List.of(imports), new TreeMap<>(), null);
    }

    private static List<String> order(LinkUnit... units) {
        return InitOrder.compute(List.of(units)).stream().map(LinkUnit::importPath).toList();
    }

    @Test
    void sortedImportPathsFirstReady() {
        // main imports z and a; z imports b; a imports b. Depth-first (go 1.19) would give b z a
        // or b a z by import order; the spec's rule gives the first ready path in sorted order.
        assertEquals(List.of("b", "a", "z", "main"),
                order(unit("main", "z", "a"), unit("z", "b"), unit("a", "b"), unit("b")));
    }

    @Test
    void readinessBeatsSortOrder() {
        // "a" sorts first but waits for "c"; "b" is ready and is not held back by "a".
        assertEquals(List.of("b", "c", "a", "main"),
                order(unit("main", "a", "b"), unit("a", "c"), unit("b"), unit("c")));
    }

    @Test
    void diamondInitializesEachOnce() {
        assertEquals(List.of("d", "b", "c", "main"),
                order(unit("main", "b", "c"), unit("b", "d"), unit("c", "d"), unit("d")));
    }

    @Test
    void cycleIsAnError() {
        assertThrows(LinkException.class, () -> order(unit("a", "b"), unit("b", "a")));
    }

    @Test
    void missingImportIsAnError() {
        assertThrows(LinkException.class, () -> order(unit("main", "nope")));
    }

    @Test
    void unsafeIsNoPackageToInitialize() {
        assertEquals(List.of("math/bits", "main"), order(unit("main", "math/bits"), unit("math/bits", "unsafe")));
    }
}
