package gojc.e2e;

import gojc.build.BuildOptions;
import gojc.build.BuildResult;
import gojc.build.Builder;
import gojc.build.Toolchain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Builds a Go program with the compiler in this JVM, as {@code gojc build} would from
 * {@code dir}, then runs the jar in a fresh JVM: the program owns its process and exit code.
 */
final class GoProgram {
    /** Exit code, and stdout and stderr as one stream, interleaved as the program wrote them. */
    record Outcome(int exit, String output) {}

    static final Path ROOT = Path.of(System.getProperty("gojc.root", "..")).toAbsolutePath().normalize();
    static final Path GOTEST = Path.of(System.getenv().getOrDefault("GOTEST", "/usr/lib/go-1.19/test"));
    private static final int TIMEOUT_SECONDS = 60;

    private GoProgram() {}

    static Outcome buildAndRun(Path dir, List<String> what, BuildOptions opts) throws IOException, InterruptedException {
        return buildAndRun(dir, what, opts, java.util.Map.of());
    }

    static Outcome buildAndRun(Path dir, List<String> what, BuildOptions opts, java.util.Map<String, String> env)
            throws IOException, InterruptedException {
        return buildAndRun(dir, what, opts, env, List.of());
    }

    /** jvmArgs: options for the program's JVM (logging, stack sizes), before -jar. */
    static Outcome buildAndRun(Path dir, List<String> what, BuildOptions opts, java.util.Map<String, String> env,
            List<String> jvmArgs) throws IOException, InterruptedException {
        return buildAndRun(Path.of(System.getProperty("java.home")), dir, what, opts, env, jvmArgs);
    }

    /** As buildAndRun, with the program run by the JDK (or JRE) at javaHome. */
    static Outcome buildAndRun(Path javaHome, Path dir, List<String> what, BuildOptions opts,
            java.util.Map<String, String> env, List<String> jvmArgs) throws IOException, InterruptedException {
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
        BuildResult r = new Builder(Toolchain.current(), err, dir).build(what, opts);
        if (r.exitCode() != 0) {
            return new Outcome(r.exitCode(), errBytes.toString(StandardCharsets.UTF_8));
        }
        Path jar = Files.createTempFile("gojc-e2e-", ".jar");
        try {
            if (r.writeJar(jar, err) != 0) return new Outcome(1, errBytes.toString(StandardCharsets.UTF_8));
            return run(javaHome, dir, jar, env, jvmArgs);
        } finally {
            Files.deleteIfExists(jar);
        }
    }

    private static Outcome run(Path javaHome, Path dir, Path jar, java.util.Map<String, String> env, List<String> jvmArgs)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(javaHome.resolve("bin").resolve("java").toString());
        cmd.add("-XX:+UseSerialGC");
        cmd.add("-XX:TieredStopAtLevel=1");
        // as the gojc launcher runs programs: Go's 1 GB goroutine stacks, overflowing fast
        cmd.add("-XX:StackReservedPages=0");
        cmd.add("-Dgojc.mstack=1000000000");
        cmd.addAll(jvmArgs);
        cmd.add("-jar");
        cmd.add(jar.toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        byte[][] out = new byte[1][];
        Thread reader = new Thread(() -> {
            try {
                out[0] = p.getInputStream().readAllBytes();
            } catch (IOException e) {
                out[0] = new byte[0];
            }
        });
        reader.start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            reader.join();
            return new Outcome(-1, "timeout after " + TIMEOUT_SECONDS + " s");
        }
        reader.join();
        return new Outcome(p.exitValue(), new String(out[0], StandardCharsets.UTF_8));
    }

    /** Builds dir/main.go holding src and returns main.go's class (go/main/main$go) as gojc wrote it to the jar. */
    static org.objectweb.asm.tree.ClassNode mainClass(Path dir, String src) throws IOException {
        Files.writeString(dir.resolve("main.go"), src);
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
        BuildResult r = new Builder(Toolchain.current(), err, dir)
                .build(List.of("main.go"), BuildOptions.DEFAULT);
        org.junit.jupiter.api.Assertions.assertEquals(0, r.exitCode(), errBytes.toString(StandardCharsets.UTF_8));
        Path jar = dir.resolve("out.jar");
        org.junit.jupiter.api.Assertions.assertEquals(0, r.writeJar(jar, err), errBytes.toString(StandardCharsets.UTF_8));
        org.objectweb.asm.tree.ClassNode cn = new org.objectweb.asm.tree.ClassNode();
        try (java.util.jar.JarFile jf = new java.util.jar.JarFile(jar.toFile())) {
            new org.objectweb.asm.ClassReader(jf.getInputStream(jf.getEntry("go/main/main$go.class")).readAllBytes()).accept(cn, 0);
        }
        return cn;
    }

    static String readOrEmpty(Path p) throws IOException {
        return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
    }
}
