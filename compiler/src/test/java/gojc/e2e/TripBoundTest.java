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

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Which loops gojc.codegen.TripBound compiles twice (a copy without preemption polls for short
 * runs), seen in how many times the loop body's slice read appears. testdata/run/short_loops.go
 * checks that both copies behave as Go.
 */
class TripBoundTest {
    private static final String SRC = """
            package main

            func flips(a []int, hi int) int { // both ends move
            	s := 0
            	for lo := 0; lo < hi; lo, hi = lo+1, hi-1 {
            		s += a[lo]
            	}
            	return s
            }

            func down(a []int, r int) int { // != approached from above by one
            	s := 0
            	for ; r != 0; r-- {
            		s += a[r]
            	}
            	return s
            }

            func greater(a []int, i int) int {
            	s := 0
            	for ; i > 0; i-- {
            		s += a[i]
            	}
            	return s
            }

            func byTwo(a []int, n int) int { // steps of 2 could pass the end of the int range
            	s := 0
            	for i := 0; i < n; i += 2 {
            		s += a[i]
            	}
            	return s
            }

            func inclusive(a []int, n int) int { // i <= n never ends when n is MaxInt
            	s := 0
            	for i := 0; i <= n; i++ {
            		s += a[i]
            	}
            	return s
            }

            func bothNotEqual(a []int, hi int) int { // lo != hi with both moving can step over
            	s := 0
            	for lo := 0; lo != hi; lo, hi = lo+1, hi-1 {
            		s += a[lo]
            	}
            	return s
            }

            func backwards(a []int, n int) int { // the counter moves away from the bound
            	s := 0
            	for i := 0; i < n; i-- {
            		s += a[-i]
            		if i < -1 {
            			break
            		}
            	}
            	return s
            }

            func bodyAssigns(a []int, n int) int {
            	s := 0
            	for i := 0; i < n; i++ {
            		s += a[i]
            		n--
            	}
            	return s
            }

            func calls(a []int, n int) int { // a callee polls itself; a blocking one unwinds from either copy
            	s := 0
            	for i := 0; i < n; i++ {
            		s += a[i] + id(i)
            	}
            	return s
            }

            func closure(a []int, n int) int { // its class must not be generated twice
            	s := 0
            	for i := 0; i < n; i++ {
            		f := func() int { return 1 }
            		s += a[i] + f()
            	}
            	return s
            }

            func id(i int) int { return i }

            func captured(a []int, n int) int {
            	s := 0
            	i := 0
            	f := func() { i++ }
            	for ; i < n; f() {
            		s += a[i]
            	}
            	return s
            }

            func unsigned(a []int, n uint) int {
            	s := 0
            	for i := uint(0); i < n; i++ {
            		s += a[i]
            	}
            	return s
            }

            func main() {
            	a := []int{1, 2, 3, 4}
            	println(flips(a, 3), down(a, 3), greater(a, 3), byTwo(a, 4), inclusive(a, 2), bothNotEqual(a, 2),
            		backwards(a, 1), bodyAssigns(a, 4), calls(a, 2), closure(a, 4), captured(a, 3), unsigned(a, 3))
            }
            """;

    @Test
    void shortLoopsAreCopied(@TempDir Path dir) throws Exception {
        ClassNode cn = GoProgram.mainClass(dir, SRC);
        assertEquals(2, reads(cn, "flips"));
        assertEquals(2, reads(cn, "down"));
        assertEquals(2, reads(cn, "greater"));
        assertEquals(1, reads(cn, "byTwo"));
        assertEquals(1, reads(cn, "inclusive"));
        assertEquals(1, reads(cn, "bothNotEqual"));
        assertEquals(1, reads(cn, "backwards"));
        assertEquals(1, reads(cn, "bodyAssigns"));
        assertEquals(2, reads(cn, "calls"));
        assertEquals(1, reads(cn, "closure"));
        assertEquals(1, reads(cn, "captured"));
        assertEquals(1, reads(cn, "unsigned"));
        assertEquals("3 9 9 4 6 1 6 3 4 14 6 6\n", GoProgram.buildAndRun(dir, List.of("main.go"), BuildOptions.DEFAULT).output()); // as go 1.19
    }

    /** How many slice reads (SliceJ.get, either index type, or at: ProvenIndexes) the function's code holds. */
    private static int reads(ClassNode cn, String name) {
        MethodNode m = cn.methods.stream().filter(x -> x.name.equals(name)).findFirst().orElseThrow();
        int n = 0;
        for (AbstractInsnNode in : m.instructions) {
            if (in instanceof MethodInsnNode mi && mi.owner.equals("gojc/rt/SliceJ") && (mi.name.equals("get") || mi.name.equals("at"))) n++;
        }
        return n;
    }
}
