package gojc.e2e;

import gojc.build.BuildOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Which slice accesses of a short loop's unpolled copy gojc.codegen.ProvenIndexes frees of Go's
 * bounds check (SliceJ.at and put instead of get and set), by a test of lo and hi on entry.
 * testdata/run/short_loops.go checks the behaviour, the panics included, against go 1.19.
 */
class ProvenIndexesTest {
    private static final String SRC = """
            package main

            func swap(a []int, hi int) { // a parallel assignment goes through temporaries
            	for lo := 0; lo < hi; lo, hi = lo+1, hi-1 {
            		a[lo], a[hi] = a[hi], a[lo]
            	}
            }

            func shift(a []int, n int) { // i+1
            	for i := 0; i < n; i++ {
            		a[i] = a[i+1]
            	}
            }

            func farther(a []int, n int) int { // i+2: not a step the proof takes
            	s := 0
            	for i := 0; i < n; i++ {
            		s += a[i+2]
            	}
            	return s
            }

            func reassigned(a []int, n int) int { // the slice changes in the loop
            	s := 0
            	for i := 0; i < n; i++ {
            		s += a[i]
            		a = a[:len(a)-1]
            	}
            	return s
            }

            func stale(a []int, n int) int { // t holds the previous i when a[t] reads it
            	s, t := 0, 0
            	for i := 0; i < n; i++ {
            		s += a[t]
            		t = i
            	}
            	return s
            }

            func other(a []int, n, k int) int { // k is no bound of the loop
            	s := 0
            	for i := 0; i < n; i++ {
            		s += a[k]
            	}
            	return s
            }

            func main() {
            	a := []int{1, 2, 3, 4, 5, 6}
            	swap(a, 3)
            	shift(a, 4)
            	println(a[0], a[1], a[2], a[3], a[4], a[5], farther(a, 3), reassigned(a, 3), stale(a, 3), other(a, 3, 1))
            }
            """;

    @Test
    void accessesProvenOnEntry(@TempDir Path dir) throws Exception {
        ClassNode cn = GoProgram.mainClass(dir, SRC);
        // the short copy's accesses are proven; the polled copy keeps the checked ones
        assertEquals("{at=2, get=2, put=2, set=2}", accesses(cn, "swap"));
        assertEquals("{at=1, get=1, put=1, set=1}", accesses(cn, "shift"));
        assertEquals("{get=2}", accesses(cn, "farther"));
        assertEquals("{get=2}", accesses(cn, "reassigned"));
        assertEquals("{get=2}", accesses(cn, "stale"));
        assertEquals("{get=2}", accesses(cn, "other"));
        assertEquals("3 2 1 5 5 6 11 6 8 6\n", GoProgram.buildAndRun(dir, List.of("main.go"), BuildOptions.DEFAULT).output()); // as go 1.19
    }

    /** How many SliceJ get, set, at and put calls the function holds. */
    private static String accesses(ClassNode cn, String name) {
        MethodNode m = cn.methods.stream().filter(x -> x.name.equals(name)).findFirst().orElseThrow();
        TreeMap<String, Integer> n = new TreeMap<>();
        for (AbstractInsnNode in : m.instructions) {
            if (in instanceof MethodInsnNode mi && mi.owner.equals("gojc/rt/SliceJ") && List.of("get", "set", "at", "put").contains(mi.name)) {
                n.merge(mi.name, 1, Integer::sum);
            }
        }
        return n.toString();
    }
}
