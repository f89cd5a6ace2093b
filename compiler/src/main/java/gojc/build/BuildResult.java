package gojc.build;

import gojc.linker.JarImage;

import java.io.IOException;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** A finished build: the linked jar image, or the exit code of a failed build. */
public record BuildResult(int exitCode, JarImage jar, String defaultName) {
    static BuildResult failed(int code) {
        return new BuildResult(code, null, null);
    }

    /** Writes the jar through a temporary file, so a failed write never leaves half a jar. */
    public int writeJar(Path out, PrintStream err) {
        try {
            if (Files.isDirectory(out)) out = out.resolve(defaultName + ".jar");
            Path dir = out.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".gojc-", ".jar.tmp");
            try {
                try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                    jar.write(o);
                }
                Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            return 0;
        } catch (IOException e) {
            err.println("gojc: writing " + out + ": " + e.getMessage());
            return 1;
        }
    }

    /**
     * Runs the program in this JVM, in a class loader that sees only the jar's classes (the
     * runtime among them), never the toolchain's. The program ends the process itself.
     */
    public int runInProcess(String[] args, PrintStream err) {
        ClassLoader loader = new JarImageClassLoader(jar, ClassLoader.getPlatformClassLoader());
        try {
            Class<?> entry = Class.forName(jar.mainClass(), true, loader);
            Method main = entry.getMethod("main", String[].class);
            main.invoke(null, (Object) args);
            return 0; // runtime.main exits the process; reaching here means it returned normally
        } catch (InvocationTargetException e) {
            err.println("gojc: program failed to start: " + e.getCause());
            return 2;
        } catch (ReflectiveOperationException | LinkageError e) {
            err.println("gojc: program failed to load: " + e);
            return 2;
        }
    }
}
