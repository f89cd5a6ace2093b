package gojc.linker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The linked program: every entry of the jar to write. Writing is deterministic: entries in
 * name order after the manifest, one fixed timestamp, no host-dependent fields.
 */
public final class JarImage {
    private static final LocalDateTime EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);

    private final SortedMap<String, byte[]> entries = new TreeMap<>();
    private final String mainClass;

    JarImage(String mainClass) {
        this.mainClass = mainClass;
    }

    void put(String name, byte[] data) {
        entries.put(name, data);
    }

    public SortedMap<String, byte[]> entries() {
        return entries;
    }

    /** The entry class's binary name, e.g. {@code go.$main}, or null for a library. */
    public String mainClass() {
        return mainClass;
    }

    public void write(OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            // Most of a jar is the runtime's classes, deflated again on every build: the fastest
            // level costs a few percent in size and halves the time.
            zip.setLevel(Deflater.BEST_SPEED);
            put(zip, "META-INF/MANIFEST.MF", manifest());
            for (var e : entries.entrySet()) {
                put(zip, e.getKey(), e.getValue());
            }
        }
    }

    public byte[] toBytes() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try {
            write(b);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return b.toByteArray();
    }

    private byte[] manifest() {
        StringBuilder m = new StringBuilder("Manifest-Version: 1.0\r\nCreated-By: gojc\r\n");
        if (mainClass != null) {
            m.append("Main-Class: ").append(mainClass).append("\r\n");
        }
        return m.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void put(ZipOutputStream zip, String name, byte[] data) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(EPOCH);
        zip.putNextEntry(e);
        zip.write(data);
        zip.closeEntry();
    }
}
