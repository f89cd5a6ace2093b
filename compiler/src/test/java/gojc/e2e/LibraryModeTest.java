package gojc.e2e;

import gojc.build.BuildOptions;
import gojc.build.BuildResult;
import gojc.build.Builder;
import gojc.build.Toolchain;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A library jar's exported functions called from Java, from many threads at once on the first call. */
class LibraryModeTest {
    @Test
    void exportedFunctionsFromEightThreads() throws Exception {
        Path dir = GoProgram.ROOT.resolve("testdata/lib/counter");
        ByteArrayOutputStream errs = new ByteArrayOutputStream();
        BuildResult r = new Builder(Toolchain.current(), new PrintStream(errs), dir)
                .build(List.of("main.go"), new BuildOptions(false, "c-archive", false, "com.example.Counter"));
        assertEquals(0, r.exitCode(), errs.toString());
        assertNull(r.jar().mainClass(), "a library jar has no Main-Class");
        Path jar = Files.createTempFile("gojc-lib-", ".jar");
        try {
            r.writeJar(jar, System.err);
            try (URLClassLoader cl = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
                Class<?> lib = cl.loadClass("com.example.Counter");
                Method inits = lib.getMethod("Inits");
                Method greet = lib.getMethod("Greet", String.class);
                Method add = lib.getMethod("Add", long.class, int.class);
                Method div = lib.getMethod("Div", long.class, long.class);

                // Eight threads make the first call together: init must run exactly once.
                CountDownLatch gate = new CountDownLatch(1);
                ExecutorService pool = Executors.newFixedThreadPool(8);
                List<Future<Object>> calls = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    final int n = i;
                    calls.add(pool.submit((Callable<Object>) () -> {
                        gate.await();
                        return n % 2 == 0 ? inits.invoke(null) : greet.invoke(null, "gopher " + n);
                    }));
                }
                gate.countDown();
                for (int i = 0; i < 8; i++) {
                    Object v = calls.get(i).get();
                    assertEquals(i % 2 == 0 ? (Object) 1L : "hello, gopher " + i, v);
                }
                pool.shutdown();

                assertEquals(1L << 40, add.invoke(null, (1L << 40) - 7, 7));
                InvocationTargetException e = assertThrows(InvocationTargetException.class, () -> div.invoke(null, 1L, 0L));
                assertEquals("gojc.rt.GoPanicException", e.getCause().getClass().getName());
                assertEquals("panic: runtime error: integer divide by zero", e.getCause().getMessage());
                assertEquals(3L, div.invoke(null, 7L, 2L), "the runtime survives a panic in a call");
            }
        } finally {
            Files.deleteIfExists(jar);
        }
    }
}
