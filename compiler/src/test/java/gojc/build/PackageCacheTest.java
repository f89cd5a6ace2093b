package gojc.build;

import gojc.linker.JarImage;
import gojc.linker.LinkUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class PackageCacheTest {
    @TempDir
    Path tmp;

    @Test
    void entryRoundTripsAndDamageIsNeverTrusted() throws Exception {
        PackageCache c = new PackageCache(tmp);
        TreeMap<String, byte[]> classes = new TreeMap<>();
        classes.put("go/a/b/$pkg", new byte[] {1, 2, 3});
        classes.put("go/a/b/x$go", new byte[] {4, 5});
        String key = new PackageCache.Key().add("a/b").hex();
        assertNull(c.get(key));
        c.put(key, new LinkUnit("a/b", List.of("c", "d"), classes, "go/a/b/$pkg"));
        LinkUnit u = c.get(key);
        assertNotNull(u);
        assertEquals("a/b", u.importPath());
        assertEquals(List.of("c", "d"), u.imports());
        assertEquals("go/a/b/$pkg", u.initOwner());
        assertArrayEquals(new byte[] {4, 5}, u.classes().get("go/a/b/x$go"));

        Path f = c.entry(key);
        byte[] b = Files.readAllBytes(f);
        for (int i : new int[] {0, b.length / 2, b.length - 1}) {
            byte[] d = b.clone();
            d[i] ^= 0x40;
            Files.write(f, d);
            assertNull(c.get(key), "flipped byte " + i);
        }
        Files.write(f, java.util.Arrays.copyOf(b, b.length - 5));
        assertNull(c.get(key), "truncated");
        // An entry stored under another key is not this key's.
        String other = new PackageCache.Key().add("a/c").hex();
        Files.createDirectories(c.entry(other).getParent());
        Files.write(c.entry(other), b);
        assertNull(c.get(other));
    }

    @Test
    void stdPackagesReusedAcrossBuildsAndCorruptEntryRebuilt() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("prog"));
        Files.writeString(dir.resolve("main.go"), """
                package main

                import "unicode/utf8"

                func main() { println(utf8.RuneCountInString("héllo")) }
                """);
        Toolchain tc = new Toolchain(Toolchain.current().goroot(), tmp.resolve("cache"));

        Builder cold = new Builder(tc, errs(), dir);
        JarImage first = build(cold);
        assertEquals(0, cold.cacheHits());
        assertEquals(1, cold.cacheMisses(), "unicode/utf8 compiled and stored");
        List<Path> entries = entries(tc.cacheDir());
        assertEquals(1, entries.size());

        Builder warm = new Builder(tc, errs(), dir);
        assertEquals(first.entries().keySet(), build(warm).entries().keySet());
        assertEquals(1, warm.cacheHits());
        assertEquals(0, warm.cacheMisses());

        byte[] good = Files.readAllBytes(entries.get(0));
        byte[] bad = good.clone();
        bad[bad.length / 3] ^= 1;
        Files.write(entries.get(0), bad);
        Builder afterDamage = new Builder(tc, errs(), dir);
        JarImage rebuilt = build(afterDamage);
        assertEquals(0, afterDamage.cacheHits());
        assertEquals(1, afterDamage.cacheMisses(), "a damaged entry is compiled again");
        for (var e : first.entries().entrySet()) {
            assertArrayEquals(e.getValue(), rebuilt.entries().get(e.getKey()), e.getKey());
        }
        assertArrayEquals(good, Files.readAllBytes(entries.get(0)), "and rewritten");
    }

    private static JarImage build(Builder b) {
        BuildResult r = b.build(List.of("main.go"), BuildOptions.DEFAULT);
        assertEquals(0, r.exitCode());
        return r.jar();
    }

    private static PrintStream errs() {
        return new PrintStream(new ByteArrayOutputStream());
    }

    private static List<Path> entries(Path cache) throws Exception {
        try (Stream<Path> s = Files.walk(cache.resolve("pkg"))) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
