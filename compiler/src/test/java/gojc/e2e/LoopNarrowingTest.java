package gojc.e2e;

import gojc.build.BuildOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Which for-loop counters gojc.ir.LoopNarrowing keeps in JVM ints, seen in the slice accesses
 * they index: the int overload of SliceJ.get when the counter provably fits, the long one
 * otherwise. (testdata/run/loop_counters.go checks that both behave as Go.)
 */
class LoopNarrowingTest {
    private static final String SRC = """
            package main

            func bounded(a []int) int { // 0 <= i < len(a)
            	s := 0
            	for i := 0; i < len(a); i++ {
            		s += a[i]
            	}
            	return s
            }

            func nested(a []int) int { // n holds a length; j starts at i+1
            	n := len(a)
            	s := 0
            	for i := 0; i < n; i++ {
            		for j := i + 1; j < n; j++ {
            			s += a[j]
            		}
            	}
            	return s
            }

            func unbounded(a []int, n int) int { // n may exceed MaxInt32
            	s := 0
            	for i := 0; i < n; i++ {
            		s += a[i]
            	}
            	return s
            }

            func negative(a []int) int { // starts below 0
            	s := 0
            	for i := -1; i < len(a); i++ {
            		if i >= 0 {
            			s += a[i]
            		}
            	}
            	return s
            }

            func stepped(a []int) int { // the body assigns the counter too
            	s := 0
            	for i := 0; i < len(a); i++ {
            		s += a[i]
            		i++
            	}
            	return s
            }

            func reassigned(a []int) int { // the bound's variable changes
            	n := len(a)
            	n = n + 1
            	s := 0
            	for i := 0; i < n; i++ {
            		s += a[i%len(a)]
            	}
            	return s
            }

            func inclusive(a []int) int { // v <= 2: v < 3
            	s := 0
            	for i := 0; i <= 2; i++ {
            		s += a[i]
            	}
            	return s
            }

            func toMax(a []int) int { // v <= MaxInt32 would pass MaxInt32
            	s := 0
            	for i := 2147483646; i <= 2147483647; i++ {
            		s += a[i-2147483646]
            	}
            	return s
            }

            func main() {
            	a := []int{1, 2, 3}
            	println(bounded(a), nested(a), unbounded(a, 3), negative(a[:2]), stepped(a), reassigned(a), inclusive(a), toMax(a))
            }
            """;

    @Test
    void countersThatFitAreInts(@TempDir Path dir) throws Exception {
        ClassNode cn = GoProgram.mainClass(dir, SRC);
        assertEquals(List.of("I"), indexTypes(cn, "bounded"));
        assertEquals(List.of("I"), indexTypes(cn, "nested"));
        assertEquals(List.of("J"), indexTypes(cn, "unbounded"));
        assertEquals(List.of("J"), indexTypes(cn, "negative"));
        assertEquals(List.of("J"), indexTypes(cn, "stepped"));
        assertEquals(List.of("J"), indexTypes(cn, "reassigned"));
        assertEquals(List.of("I"), indexTypes(cn, "inclusive"));
        assertEquals(List.of("J"), indexTypes(cn, "toMax"));
        assertEquals("6 8 6 3 4 7 6 3\n", GoProgram.buildAndRun(dir, List.of("main.go"), BuildOptions.DEFAULT).output()); // as go 1.19
    }

    /**
     * The index types (I or J) of the SliceJ.get calls in the function, each once: a loop whose
     * trip count is known on entry is compiled twice (gojc.codegen.TripBound), both copies alike.
     */
    private static List<String> indexTypes(ClassNode cn, String name) {
        MethodNode m = cn.methods.stream().filter(x -> x.name.equals(name)).findFirst().orElseThrow();
        List<String> out = new ArrayList<>();
        for (AbstractInsnNode in : m.instructions) {
            if (in instanceof MethodInsnNode mi && mi.owner.equals("gojc/rt/SliceJ") && mi.name.equals("get")) {
                String t = mi.desc.substring(mi.desc.indexOf(';') + 1, mi.desc.indexOf(')'));
                if (!out.contains(t)) out.add(t);
            }
        }
        return out;
    }
}
