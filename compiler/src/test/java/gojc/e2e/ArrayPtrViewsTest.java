package gojc.e2e;

import gojc.build.BuildOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Which conversions (*[n]T)(s) gojc.ir.ArrayPtrViews keeps as slices (ArrayPtrs.view) and
 * which stay arrays (ArrayPtrs.of): a pointer used only for indexing, slicing, *p, len, cap
 * and range is a view; one that escapes in any way is not. Every conversion here covers its
 * whole backing array, so both kinds run (testdata/run/slice_to_array_ptr_*.go check partial
 * ones against go 1.19).
 */
class ArrayPtrViewsTest {
    private static final String SRC = """
            package main

            var pkgS = make([]int, 5)
            var pkgView = (*[5]int)(pkgS)     // used only as pkgView[i]
            var pkgEscapes = (*[5]int)(pkgS)  // compared with nil
            var Exported = (*[5]int)(pkgS)    // other packages could use it any way

            func uses(s []int) int { // every use a view one
            	p := (*[4]int)(s)
            	p[0] = 1
            	p[1]++
            	q := &p[2]
            	*q = 3
            	*p = [4]int{p[0], p[1], p[2], 4}
            	t := 0
            	for _, v := range p {
            		t += v
            	}
            	var r = (*[2]int)(s)
            	a := *p
            	return t + len(p) + cap(r) + len(p[1:3]) + a[3] + r[1]
            }

            func direct(s []int) int { // the conversion used at once
            	(*[2]int)(s)[1] = 5
            	return (*[2]int)(s)[1] + len((*[4]int)(s)[:])
            }

            func returned(s []int) *[4]int { p := (*[4]int)(s); return p }

            func passed(s []int) int { p := (*[4]int)(s); return sum(p) }

            func sum(p *[4]int) int { return p[0] + p[1] + p[2] + p[3] }

            func compared(s []int) bool { p := (*[4]int)(s); return p != nil }

            func copied(s []int) int { p := (*[4]int)(s); q := p; return q[0] }

            func boxed(s []int) any { p := (*[4]int)(s); return p }

            func captured(s []int) int { p := (*[4]int)(s); return func() int { return p[0] }() }

            func reassigned(s []int) int { p := (*[4]int)(s); p = (*[4]int)(s); return p[0] }

            func addressed(s []int) **[4]int { p := (*[4]int)(s); return &p }

            func derefIndexed(s []int) { p := (*[4]int)(s); (*p)[0] = 9 }

            func derefSliced(s []int) []int { p := (*[4]int)(s); return (*p)[:] }

            func derefAddressed(s []int) *[4]int { p := (*[4]int)(s); return &*p }

            func main() {
            	s := []int{0, 0, 0, 0}
            	pkgView[4] = 7
            	println(uses(s), direct(s), returned(s)[0], passed(s), compared(s), copied(s), boxed(s) != nil,
            		captured(s), reassigned(s), (*addressed(s))[0], pkgS[4], pkgEscapes != nil, Exported[4])
            	derefIndexed(s)
            	println(derefSliced(s)[0], derefAddressed(s)[0])
            }
            """;

    @Test
    void onlyPointersThatDoNotEscapeAreViews(@TempDir Path dir) throws Exception {
        ClassNode cn = GoProgram.mainClass(dir, SRC);
        assertEquals(List.of("view", "view"), conversions(cn, "uses"));
        assertEquals(List.of("view", "view", "view"), conversions(cn, "direct"));
        assertEquals(List.of("view"), conversions(cn, "derefIndexed"));
        assertEquals(List.of("view"), conversions(cn, "derefSliced"));
        for (String f : List.of("returned", "passed", "compared", "copied", "boxed", "captured",
                "addressed", "derefAddressed")) {
            assertEquals(List.of("of"), conversions(cn, f), f);
        }
        assertEquals(List.of("of", "of"), conversions(cn, "reassigned"));
        ClassNode pkg = jarClass(dir.resolve("out.jar"), "go/main/$pkg.class");
        assertEquals("Lgojc/rt/SliceJ;", field(pkg, "pkgView").desc);
        assertEquals("[J", field(pkg, "pkgEscapes").desc);
        assertEquals("[J", field(pkg, "Exported").desc);
        String out = GoProgram.buildAndRun(dir, List.of("main.go"), BuildOptions.DEFAULT).output();
        assertEquals("22 9 1 13 true 1 true 1 1 1 7 true 7\n9 9\n", out); // as go 1.19
    }

    /** The ArrayPtrs methods the function calls to convert, in order. */
    private static List<String> conversions(ClassNode cn, String name) {
        MethodNode m = cn.methods.stream().filter(x -> x.name.equals(name)).findFirst().orElseThrow();
        List<String> out = new ArrayList<>();
        for (AbstractInsnNode in : m.instructions) {
            if (in instanceof MethodInsnNode mi && mi.owner.equals("gojc/rt/ArrayPtrs")
                    && (mi.name.equals("view") || mi.name.equals("of"))) {
                out.add(mi.name);
            }
        }
        return out;
    }

    private static ClassNode jarClass(Path jar, String entry) throws Exception {
        ClassNode cn = new ClassNode();
        try (JarFile jf = new JarFile(jar.toFile())) {
            new ClassReader(jf.getInputStream(jf.getEntry(entry)).readAllBytes()).accept(cn, 0);
        }
        return cn;
    }

    private static FieldNode field(ClassNode cn, String name) {
        return cn.fields.stream().filter(f -> f.name.equals(name)).findFirst().orElseThrow();
    }
}
