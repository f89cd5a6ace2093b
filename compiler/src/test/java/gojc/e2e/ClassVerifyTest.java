package gojc.e2e;

import gojc.build.BuildOptions;
import gojc.build.BuildResult;
import gojc.build.Builder;
import gojc.build.Toolchain;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.SimpleVerifier;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every class gojc generates for the testdata/run programs passes a data-flow verification
 * (ASM's {@link SimpleVerifier}, as CheckClassAdapter does): types on the stack and in locals,
 * method limits. The JVM itself only verifies the classes a run happens to load.
 */
class ClassVerifyTest {
    @TestFactory
    Stream<DynamicTest> generatedClassesVerify() throws IOException {
        Path run = RunTestdataTest.RUN;
        if (!Files.isDirectory(run)) return Stream.empty();
        List<Path> cases;
        try (Stream<Path> s = Files.list(run)) {
            cases = s.filter(p -> p.toString().endsWith(".go") || Files.isDirectory(p)).sorted().toList();
        }
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> verify(c)));
    }

    private static void verify(Path c) throws Exception {
        List<String> what = Files.isDirectory(c) ? List.of(".") : List.of(c.getFileName().toString());
        Path dir = Files.isDirectory(c) ? c : c.getParent();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
        BuildResult r = new Builder(Toolchain.current(), err, dir).build(what, BuildOptions.DEFAULT);
        if (r.exitCode() != 0) return; // a compile-error case: nothing generated
        Path jar = Files.createTempFile("gojc-verify-", ".jar");
        try {
            assertEquals(0, r.writeJar(jar, err), errBytes.toString(StandardCharsets.UTF_8));
            List<String> problems = verifyJar(jar);
            if (!problems.isEmpty()) fail(String.join("\n", problems));
        } finally {
            Files.deleteIfExists(jar);
        }
    }

    /** The check itself catches a class the JVM would reject (an int add of two references). */
    @org.junit.jupiter.api.Test
    void rejectsBadBytecode() throws IOException {
        org.objectweb.asm.ClassWriter cw = new org.objectweb.asm.ClassWriter(org.objectweb.asm.ClassWriter.COMPUTE_MAXS);
        cw.visit(Opcodes.V11, Opcodes.ACC_PUBLIC, "go/bad/C", null, "java/lang/Object", null);
        org.objectweb.asm.MethodVisitor mv = cw.visitMethod(Opcodes.ACC_STATIC, "f", "(Ljava/lang/Object;)I", null, null);
        mv.visitCode();
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitInsn(Opcodes.IADD);
        mv.visitInsn(Opcodes.IRETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        Path jar = Files.createTempFile("gojc-verify-bad-", ".jar");
        try {
            try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
                out.putNextEntry(new JarEntry("go/bad/C.class"));
                out.write(cw.toByteArray());
            }
            List<String> problems = verifyJar(jar);
            assertEquals(1, problems.size(), problems.toString());
        } finally {
            Files.deleteIfExists(jar);
        }
    }

    /** Verifies the jar's generated classes (not the bundled runtime); returns the failures. */
    static List<String> verifyJar(Path jar) throws IOException {
        List<String> problems = new ArrayList<>();
        try (JarFile jf = new JarFile(jar.toFile());
             URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            for (JarEntry e : java.util.Collections.list(jf.entries())) {
                String n = e.getName();
                if (!n.endsWith(".class") || n.startsWith("gojc/")) continue;
                byte[] bytes = jf.getInputStream(e).readAllBytes();
                ClassNode cn = new ClassNode();
                new ClassReader(bytes).accept(cn, ClassReader.SKIP_DEBUG);
                Type self = Type.getObjectType(cn.name);
                Type sup = cn.superName == null ? null : Type.getObjectType(cn.superName);
                List<Type> ifaces = new ArrayList<>();
                for (String i : cn.interfaces) ifaces.add(Type.getObjectType(i));
                boolean isIface = (cn.access & Opcodes.ACC_INTERFACE) != 0;
                for (MethodNode m : cn.methods) {
                    SimpleVerifier v = new SimpleVerifier(Opcodes.ASM9, self, sup, ifaces, isIface) {};
                    v.setClassLoader(loader);
                    try {
                        new Analyzer<BasicValue>(v).analyze(cn.name, m);
                    } catch (AnalyzerException ex) {
                        problems.add(cn.name + "." + m.name + m.desc + ": " + ex.getMessage());
                    }
                }
            }
        }
        return problems;
    }
}
