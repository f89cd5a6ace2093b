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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
                Method sumSquares = lib.getMethod("SumSquares", long.class);
                Method pingPong = lib.getMethod("PingPong", long.class);

                // Eight threads make the first call together: init must run exactly once.
                CountDownLatch gate = new CountDownLatch(1);
                ExecutorService pool = Executors.newFixedThreadPool(8);
                List<Future<Object>> calls = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    final int n = i;
                    calls.add(pool.submit((Callable<Object>) () -> {
                        gate.await();
                        switch (n % 4) {
                            case 0: return inits.invoke(null);
                            case 1: return greet.invoke(null, "gopher " + n);
                            case 2: return sumSquares.invoke(null, 100L + n);
                            default: return pingPong.invoke(null, 1000L * n);
                        }
                    }));
                }
                gate.countDown();
                for (int i = 0; i < 8; i++) {
                    Object v = calls.get(i).get(60, java.util.concurrent.TimeUnit.SECONDS);
                    long k = 100 + i;
                    Object want = switch (i % 4) {
                        case 0 -> 1L;
                        case 1 -> "hello, gopher " + i;
                        case 2 -> k * (k + 1) * (2 * k + 1) / 6;
                        default -> 1000L * i;
                    };
                    assertEquals(want, v, "call " + i);
                }

                // Again from all eight threads at once, each call starting goroutines and
                // waiting on channels inside it: init still ran once.
                List<Future<Object>> again = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    final int n = i;
                    again.add(pool.submit((Callable<Object>) () -> n % 2 == 0 ? sumSquares.invoke(null, 1000L) : pingPong.invoke(null, 20000L)));
                }
                for (int i = 0; i < 8; i++) {
                    assertEquals(i % 2 == 0 ? 333833500L : 20000L, again.get(i).get(60, java.util.concurrent.TimeUnit.SECONDS));
                }
                assertEquals(1L, inits.invoke(null), "init ran exactly once");
                pool.shutdown();

                assertEquals(1L << 40, add.invoke(null, (1L << 40) - 7, 7));
                InvocationTargetException e = assertThrows(InvocationTargetException.class, () -> div.invoke(null, 1L, 0L));
                assertEquals("gojc.rt.GoPanicException", e.getCause().getClass().getName());
                assertEquals("panic: runtime error: integer divide by zero", e.getCause().getMessage());
                assertEquals(3L, div.invoke(null, 7L, 2L), "the runtime survives a panic in a call");

                // Byte slices, floats and bools as Java types.
                byte[] in = {1, 2, 3};
                assertArrayEquals(new byte[] {3, 2, 1}, (byte[]) lib.getMethod("Reverse", byte[].class).invoke(null, (Object) in));
                assertArrayEquals(new byte[] {1, 2, 3}, in, "Go received a copy");
                assertArrayEquals(new byte[0], (byte[]) lib.getMethod("Reverse", byte[].class).invoke(null, (Object) null),
                        "null is a nil slice; make([]byte, 0) is an empty array, not null");
                assertEquals(-3.0, lib.getMethod("Scale", double.class, boolean.class, float.class).invoke(null, 1.5, true, 2f));
                InvocationTargetException f = assertThrows(InvocationTargetException.class,
                        () -> lib.getMethod("Fail", String.class).invoke(null, "boom"));
                assertEquals("panic: boom", f.getCause().getMessage());
            }
        } finally {
            Files.deleteIfExists(jar);
        }
    }
}
