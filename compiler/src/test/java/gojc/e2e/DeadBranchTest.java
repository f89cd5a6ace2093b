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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An if whose condition is a constant compiles only its live branch (as math.Sqrt's
 * {@code if haveArchSqrt}): the dead branch's call to a looping function neither stays in the
 * code nor makes the caller a may-block function that polls and unwinds.
 */
class DeadBranchTest {
    private static final String SRC = """
            package main

            const fast = true

            func slow(x int) int {
            	for x > 100 {
            		x -= 7
            	}
            	return x
            }

            func f(x int) int {
            	if fast {
            		return x + 1
            	}
            	return slow(x)
            }

            func g(x int) int {
            	if !fast {
            		return slow(x)
            	} else if x > 0 {
            		return 1
            	}
            	return 2
            }

            func main() { println(f(1), g(1), slow(200)) }
            """;

    @Test
    void constantConditionsKeepOnlyTheLiveBranch(@TempDir Path dir) throws Exception {
        ClassNode cn = GoProgram.mainClass(dir, SRC);
        for (String name : List.of("f", "g")) {
            MethodNode m = cn.methods.stream().filter(x -> x.name.equals(name)).findFirst().orElseThrow();
            for (AbstractInsnNode in : m.instructions) {
                assertFalse(in instanceof MethodInsnNode mi && mi.name.equals("slow"), name + " calls slow from a dead branch");
            }
            assertNotNull(m.invisibleAnnotations, name + " is not marked non-blocking");
            assertEquals("Lgojc/NonBlocking;", m.invisibleAnnotations.get(0).desc);
        }
        MethodNode slow = cn.methods.stream().filter(x -> x.name.equals("slow")).findFirst().orElseThrow();
        assertTrue(slow.invisibleAnnotations == null, "slow loops, so it polls and is not marked non-blocking");
        GoProgram.Outcome o = GoProgram.buildAndRun(dir, List.of("main.go"), BuildOptions.DEFAULT);
        assertEquals("2 1 95\n", o.output()); // go 1.19 prints the same
    }
}
