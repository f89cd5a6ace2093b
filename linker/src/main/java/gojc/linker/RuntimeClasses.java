package gojc.linker;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The runtime's classes, read from wherever the toolchain itself loaded {@code gojc.rt} from: the
 * gojc jar (where they are bundled) or, in the build's own tests, rt's class folder.
 */
public final class RuntimeClasses {
    private static final String PREFIX = "gojc/rt/";
    private static SortedMap<String, byte[]> cached;

    private RuntimeClasses() {}

    /** Class files by entry name (e.g. {@code gojc/rt/Program.class}). */
    public static synchronized SortedMap<String, byte[]> load() {
        if (cached == null) {
            cached = read();
        }
        return cached;
    }

    private static SortedMap<String, byte[]> read() {
        SortedMap<String, byte[]> out = new TreeMap<>();
        try {
            Path where = Path.of(gojc.rt.Program.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(where)) {
                Path root = where.resolve(PREFIX);
                try (Stream<Path> s = Files.walk(root)) {
                    for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator) {
                        out.put(where.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                    }
                }
            } else {
                try (JarFile jar = new JarFile(where.toFile())) {
                    Enumeration<JarEntry> en = jar.entries();
                    while (en.hasMoreElements()) {
                        JarEntry e = en.nextElement();
                        if (e.getName().startsWith(PREFIX) && !e.isDirectory()) {
                            try (InputStream in = jar.getInputStream(e)) {
                                out.put(e.getName(), in.readAllBytes());
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("gojc: runtime classes not found");
        }
        return out;
    }
}
