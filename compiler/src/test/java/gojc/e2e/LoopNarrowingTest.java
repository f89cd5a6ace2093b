package gojc.e2e;

import gojc.build.BuildOptions;
import gojc.build.BuildResult;
import gojc.build.Builder;
import gojc.build.Toolchain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;

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

            func main() {
            	a := []int{1, 2, 3}
            	println(bounded(a), nested(a), unbounded(a, 3), negative(a[:2]), stepped(a), reassigned(a))
            }
            """;

    @Test
    void countersThatFitAreInts(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("main.go"), SRC);
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
        BuildResult r = new Builder(Toolchain.current(), err, dir).build(List.of("main.go"), BuildOptions.DEFAULT);
        assertEquals(0, r.exitCode(), errBytes.toString(StandardCharsets.UTF_8));
        Path jar = dir.resolve("out.jar");
        assertEquals(0, r.writeJar(jar, err), errBytes.toString(StandardCharsets.UTF_8));
        ClassNode cn = new ClassNode();
        try (JarFile jf = new JarFile(jar.toFile())) {
            new ClassReader(jf.getInputStream(jf.getEntry("go/main/main$go.class")).readAllBytes()).accept(cn, 0);
        }
        assertEquals(List.of("I"), indexTypes(cn, "bounded"));
        assertEquals(List.of("I"), indexTypes(cn, "nested"));
        assertEquals(List.of("J"), indexTypes(cn, "unbounded"));
        assertEquals(List.of("J"), indexTypes(cn, "negative"));
        assertEquals(List.of("J"), indexTypes(cn, "stepped"));
        assertEquals(List.of("J"), indexTypes(cn, "reassigned"));
        assertEquals("6 8 6 3 4 7\n", GoProgram.buildAndRun(dir, List.of("main.go"), BuildOptions.DEFAULT).output()); // as go 1.19
    }

    /** The index type (I or J) of each SliceJ.get in the function. */
    private static List<String> indexTypes(ClassNode cn, String name) {
        MethodNode m = cn.methods.stream().filter(x -> x.name.equals(name)).findFirst().orElseThrow();
        List<String> out = new ArrayList<>();
        for (AbstractInsnNode in : m.instructions) {
            if (in instanceof MethodInsnNode mi && mi.owner.equals("gojc/rt/SliceJ") && mi.name.equals("get")) {
                out.add(mi.desc.substring(mi.desc.indexOf(';') + 1, mi.desc.indexOf(')')));
            }
        }
        return out;
    }
}
