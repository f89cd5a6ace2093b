package gojc.types;

import gojc.diag.Diagnostics;
import gojc.syntax.File;
import gojc.syntax.Pos;
import gojc.syntax.Source;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Export data round trip over GOROOT's std: each package is type-checked from source, written,
 * and read back (its dependencies read back the same way), then the two scopes are compared
 * object by object. By default a sample of packages (with their dependencies); all std
 * packages with {@code -Dgojc.export.all=true}.
 */
class ExportRoundTripTest {
    private static final List<String> SAMPLE = List.of("fmt", "container/list", "math", "math/big", "unicode",
            "unicode/utf8", "sort", "strconv", "sync/atomic", "go/constant", "go/ast", "encoding/json", "time",
            "text/template", "crypto/sha256", "internal/reflectlite", "reflect", "regexp", "bufio", "os");

    /** Reads every package from the export data of its source-checked twin. */
    private static final class ReadBack implements Importer {
        final GorootImporter source = new GorootImporter();
        final Map<String, Package> done = new HashMap<>();
        final Map<String, byte[]> data = new HashMap<>();
        final java.util.SortedSet<String> genericBodies = new java.util.TreeSet<>();

        @Override
        public Package importPackage(String path) {
            if (done.containsKey(path)) return done.get(path);
            Package src = source.importPackage(path);
            if (src == null) return null;
            Diagnostics d = source.diags.get(path);
            if (d != null && d.hasErrors()) fail(path + " does not type-check: " + d.sorted().get(0));
            for (Package imp : src.imports) importPackage(imp.path()); // dependencies first, as a build does
            byte[] b = ExportWriter.write(src);
            data.put(path, b);
            try {
                ExportReader.Result r = ExportReader.read(b, this, p -> new Source(p, p.toString()));
                assertEquals(ExportWriter.hasGenericBodies(src), r.hasGenericBodies(), path);
                if (r.hasGenericBodies()) genericBodies.add(path);
                done.put(path, r.pkg());
                return r.pkg();
            } catch (ExportReader.BadExportData e) {
                throw new AssertionError(path + ": " + e.getMessage(), e);
            }
        }
    }

    @Test
    void roundTripsStd() throws IOException {
        boolean all = Boolean.getBoolean("gojc.export.all");
        List<String> pkgs = all ? StdTest.stdPackages() : SAMPLE;
        ReadBack rb = new ReadBack();
        int compared = 0;
        List<String> skipped = new ArrayList<>();
        for (String path : pkgs) {
            Package src = rb.source.importPackage(path);
            Diagnostics d = rb.source.diags.get(path);
            if (src == null || (d != null && d.hasErrors())) {
                skipped.add(path); // does not type-check (or is a command): no export data to test
                continue;
            }
            Package read = rb.importPackage(path);
            compare(src, read);
            // A second write gives the same bytes: nothing lost, sharing preserved.
            assertArrayEquals(rb.data.get(path), ExportWriter.write(read), path + ": rewritten export data differs");
            canonical(read, rb);
            compared++;
        }
        System.out.println("export round trip: " + compared + " packages compared (" + rb.done.size()
                + " read back with dependencies, " + rb.data.values().stream().mapToInt(b -> b.length).sum()
                + " bytes), skipped " + skipped + "; checked from source on a cache hit (generic bodies): " + rb.genericBodies);
        assertTrue(compared >= (all ? 200 : SAMPLE.size()), "compared only " + compared);
    }

    /** A package checked from source against dependencies read from export data has no errors. */
    @Test
    void checksAgainstExportData() {
        ReadBack rb = new ReadBack();
        for (String path : List.of("fmt", "encoding/json", "text/template", "go/types")) {
            Package src = rb.source.importPackage(path);
            assertNotNull(src, path);
            for (Package imp : src.imports) rb.importPackage(imp.path());
            Diagnostics errs = new Diagnostics();
            List<File> files = GorootImporter.parseDir(GorootImporter.GOROOT_SRC.resolve(path), errs);
            Package p = Checker.check(path, files, rb, "go1.19", errs, new Info());
            assertFalse(errs.hasErrors(), () -> path + ": " + errs.sorted());
            assertEquals(src.scope.elems.keySet(), p.scope.elems.keySet());
        }
    }

    private static void compare(Package src, Package read) {
        String where = src.path();
        assertEquals(src.path(), read.path(), where);
        assertEquals(src.name(), read.name(), where);
        assertTrue(read.complete(), where);
        assertEquals(src.imports.stream().map(Package::path).toList(), read.imports.stream().map(Package::path).toList(), where);
        assertEquals(List.copyOf(src.scope.elems.keySet()), List.copyOf(read.scope.elems.keySet()), where);
        for (Obj a : src.scope.elems.values()) {
            Obj b = read.scope.lookup(a.name);
            String at = where + "." + a.name;
            assertEquals(a.getClass(), b.getClass(), at);
            assertSame(read, b.pkg, at);
            assertSame(read.scope, b.parent(), at);
            pos(a.pos, b.pos, at);
            assertEquals(str(a.type()), str(b.type()), at);
            if (a instanceof Const ca) {
                Const cb = (Const) b;
                assertEquals(ca.value().kind(), cb.value().kind(), at);
                assertEquals(ca.value().exactString(), cb.value().exactString(), at);
            } else if (a instanceof Func fa) {
                assertEquals(fa.bodyless(), ((Func) b).bodyless(), at);
                assertEquals(fa.usesRecover(), ((Func) b).usesRecover(), at);
            } else if (a instanceof TypeName ta) {
                TypeName tb = (TypeName) b;
                assertEquals(ta.isAlias(), tb.isAlias(), at);
                if (!ta.isAlias() && ta.type() instanceof Named na) named(na, (Named) tb.type(), at);
            } else if (a instanceof Var va) {
                assertEquals(va.kind, ((Var) b).kind, at);
            }
        }
    }

    private static void named(Named a, Named b, String at) {
        assertSame(b.obj, b.obj.pkg.scope.lookup(b.obj.name), at);
        assertEquals(a.typeParams.size(), b.typeParams.size(), at);
        for (int i = 0; i < a.typeParams.size(); i++) {
            assertEquals(str(a.typeParams.get(i).bound()), str(b.typeParams.get(i).bound()), at);
        }
        assertEquals(str(a.underlying()), str(b.underlying()), at);
        if (a.underlying() instanceof Struct sa) {
            Struct sb = (Struct) b.underlying();
            for (int i = 0; i < sa.fields().size(); i++) {
                Var fa = sa.fields().get(i), fb = sb.fields().get(i);
                assertEquals(fa.name + fa.embedded + fa.pkg.path() + sa.tag(i), fb.name + fb.embedded + fb.pkg.path() + sb.tag(i), at);
                pos(fa.pos, fb.pos, at + "." + fa.name);
            }
        }
        if (a.underlying() instanceof Interface ia) {
            Interface ib = (Interface) b.underlying();
            assertEquals(methods(ia.allMethods()), methods(ib.allMethods()), at);
            assertEquals(String.valueOf(ia.typeSet().terms), String.valueOf(ib.typeSet().terms), at);
            assertEquals(ia.typeSet().comparable, ib.typeSet().comparable, at);
        }
        assertEquals(methods(a.methods), methods(b.methods), at);
        for (int i = 0; i < a.methods.size(); i++) {
            Func ma = a.methods.get(i), mb = b.methods.get(i);
            pos(ma.pos, mb.pos, at + "." + ma.name);
            assertEquals(ma.bodyless(), mb.bodyless(), at + "." + ma.name);
            assertEquals(ma.usesRecover(), mb.usesRecover(), at + "." + ma.name);
            boolean ptr = ma.signature().recv().type() instanceof Pointer;
            assertEquals(ptr, mb.signature().recv().type() instanceof Pointer, at + "." + ma.name);
            Type recv = mb.signature().recv().type();
            Type base = recv instanceof Pointer p ? p.elem() : recv;
            assertSame(b, ((Named) base).origin(), at + "." + ma.name + " receiver");
        }
    }

    private static List<String> methods(List<Func> fs) {
        return fs.stream().map(f -> f.name + str(f.type())).toList();
    }

    private static void pos(Pos a, Pos b, String at) {
        assertEquals(a.line() + ":" + a.col(), b.line() + ":" + b.col(), at);
        assertEquals(a.source() == null ? null : a.source().path(), b.source() == null ? null : b.source().path(), at);
    }

    private static String str(Type t) {
        return new TypeWriter(null).type(t).toString();
    }

    /** Every Named a read-back package mentions is the one object its declaring package holds. */
    private static void canonical(Package read, ReadBack rb) {
        Set<Object> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Obj o : read.scope.elems.values()) walk(o.type(), seen, rb, read.path());
    }

    private static void walk(Type t, Set<Object> seen, ReadBack rb, String at) {
        if (t == null || !seen.add(t)) return;
        if (t instanceof Named n) {
            if (n.orig != null) {
                walk(n.orig, seen, rb, at);
                for (Type a : n.typeArgs) walk(a, seen, rb, at);
                return;
            }
            if (n.obj.pkg != null) {
                assertSame(rb.done.get(n.obj.pkg.path()), n.obj.pkg, at + ": package of " + n);
                assertSame(n.obj, n.obj.pkg.scope.lookup(n.obj.name), at + ": " + n + " is not canonical");
            }
            walk(n.underlying(), seen, rb, at);
            for (Func m : n.methods) walk(m.type(), seen, rb, at);
        } else if (t instanceof Pointer p) {
            walk(p.elem(), seen, rb, at);
        } else if (t instanceof Slice s) {
            walk(s.elem(), seen, rb, at);
        } else if (t instanceof Array a) {
            walk(a.elem(), seen, rb, at);
        } else if (t instanceof MapType m) {
            walk(m.key(), seen, rb, at);
            walk(m.elem(), seen, rb, at);
        } else if (t instanceof Chan c) {
            walk(c.elem(), seen, rb, at);
        } else if (t instanceof Struct s) {
            for (Var f : s.fields()) walk(f.type(), seen, rb, at);
        } else if (t instanceof Tuple tu) {
            for (Var v : tu.vars()) walk(v.type(), seen, rb, at);
        } else if (t instanceof Signature sig) {
            walk(sig.params(), seen, rb, at);
            walk(sig.results(), seen, rb, at);
        } else if (t instanceof Interface i) {
            for (Func m : i.methods) walk(m.type(), seen, rb, at);
            for (Type e : i.embeddeds) walk(e, seen, rb, at);
        } else if (t instanceof Union u) {
            for (Union.Term term : u.terms()) walk(term.type(), seen, rb, at);
        } else if (t instanceof TypeParam tp) {
            walk(tp.bound(), seen, rb, at);
        }
    }

    /**
     * What export data saves: fmt's dependency closure checked from source versus read from export
     * data (each timed after a warm-up, so JIT compilation is not counted). Prints the figures.
     */
    @Test
    void readingIsCheaperThanChecking() {
        ReadBack rb = new ReadBack();
        rb.importPackage("fmt");
        // (unsafe is the checker's own, never read)
        List<String> closure = rb.data.keySet().stream().filter(p -> !p.equals("unsafe")).toList();
        long check = Long.MAX_VALUE, read = Long.MAX_VALUE;
        int bytes = closure.stream().mapToInt(p -> rb.data.get(p).length).sum();
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            new GorootImporter().importPackage("fmt");
            long t1 = System.nanoTime();
            Map<String, Package> done = new HashMap<>();
            Importer[] imp = new Importer[1];
            imp[0] = path -> {
                Package p = done.get(path);
                if (p != null) return p;
                try {
                    p = ExportReader.read(rb.data.get(path), imp[0], f -> new Source(f, f.toString())).pkg();
                } catch (ExportReader.BadExportData e) {
                    throw new AssertionError(e);
                }
                done.put(path, p);
                return p;
            };
            for (String p : List.of("fmt")) imp[0].importPackage(p);
            long t2 = System.nanoTime();
            assertEquals(closure.size(), done.size());
            check = Math.min(check, t1 - t0);
            read = Math.min(read, t2 - t1);
        }
        System.out.printf("fmt closure: %d packages, %d bytes of export data; parse+check %d ms, read %d ms%n",
                closure.size(), bytes, check / 1_000_000, read / 1_000_000);
        assertTrue(read < check, "reading export data is slower than checking sources");
    }

    /** Damaged export data is refused, never half read. */
    @Test
    void refusesDamagedData() {
        ReadBack rb = new ReadBack();
        rb.importPackage("container/list");
        byte[] good = rb.data.get("container/list");
        byte[] cut = java.util.Arrays.copyOf(good, good.length / 2);
        byte[] bad = good.clone();
        bad[0] ^= 1;
        for (byte[] b : List.of(cut, bad)) {
            try {
                ExportReader.read(b, rb, p -> new Source(p, p.toString()));
                fail("damaged export data was read");
            } catch (ExportReader.BadExportData expected) {
                // refused
            }
        }
    }
}
