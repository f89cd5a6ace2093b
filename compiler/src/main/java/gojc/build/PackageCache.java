package gojc.build;

import gojc.linker.LinkUnit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Compiled std packages, by content hash, in gojc's cache folder ({@code <cacheDir>/pkg/xx/KEY}),
 * shared by every build. An entry is written to a temporary file and renamed into place, so two
 * builds at once never see half an entry; it ends with the CRC-32C of its contents (a check
 * against damage, cheap enough for the many entries a warm build reads; the key is the content
 * hash), and an entry that does not verify is ignored (and rewritten by the build that then
 * compiles the package).
 * An entry holds the generated classes and the package's export data ({@link gojc.types.ExportWriter}),
 * from which dependants import the package without parsing or checking its sources.
 */
public final class PackageCache {
    private static final byte[] MAGIC = "gojc-pkg 3\n".getBytes(StandardCharsets.US_ASCII);
    private static final int CHECK = 4;
    private static volatile String toolchainId;

    private final Path dir;

    public PackageCache(Path cacheDir) {
        this.dir = cacheDir.resolve("pkg");
    }

    /** The file an entry lives in. */
    public Path entry(String key) {
        return dir.resolve(key.substring(0, 2)).resolve(key);
    }

    /** A cache entry: the compiled package and its export data (null if it could not be written). */
    public record Entry(LinkUnit unit, byte[] exportData) {}

    /** The cached package for {@code key}, or null when there is none or it is damaged. */
    public LinkUnit get(String key) {
        Entry e = read(key);
        return e == null ? null : e.unit();
    }

    /** The cached entry for {@code key}, or null when there is none or it is damaged. */
    public Entry getEntry(String key) {
        return read(key);
    }

    private Entry read(String key) {
        byte[] b;
        try {
            b = Files.readAllBytes(entry(key));
        } catch (IOException e) {
            return null;
        }
        if (b.length < MAGIC.length + CHECK) return null;
        int bodyLength = b.length - CHECK;
        if (ByteBuffer.wrap(b, bodyLength, CHECK).getInt() != crc32c(b, bodyLength)) return null;
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(b, 0, bodyLength))) {
            if (!Arrays.equals(in.readNBytes(MAGIC.length), MAGIC)) return null;
            if (!in.readUTF().equals(key)) return null;
            String path = in.readUTF();
            List<String> imports = new ArrayList<>();
            for (int n = in.readInt(); n > 0; n--) imports.add(in.readUTF());
            String initOwner = in.readBoolean() ? in.readUTF() : null;
            TreeMap<String, byte[]> classes = new TreeMap<>();
            for (int n = in.readInt(); n > 0; n--) {
                String name = in.readUTF();
                byte[] c = new byte[in.readInt()];
                in.readFully(c);
                classes.put(name, c);
            }
            byte[] export = null;
            if (in.readBoolean()) {
                export = new byte[in.readInt()];
                in.readFully(export);
            }
            if (in.read() != -1) return null;
            return new Entry(new LinkUnit(path, List.copyOf(imports), classes, initOwner), export);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Stores a compiled package; a failure to write only costs the next build a recompile. */
    public void put(String key, LinkUnit u) {
        put(key, u, null);
    }

    /** Stores a compiled package with its export data (null: dependants check it from source). */
    public void put(String key, LinkUnit u, byte[] exportData) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.write(MAGIC);
                out.writeUTF(key);
                out.writeUTF(u.importPath());
                out.writeInt(u.imports().size());
                for (String s : u.imports()) out.writeUTF(s);
                out.writeBoolean(u.initOwner() != null);
                if (u.initOwner() != null) out.writeUTF(u.initOwner());
                out.writeInt(u.classes().size());
                for (var e : u.classes().entrySet()) {
                    out.writeUTF(e.getKey());
                    out.writeInt(e.getValue().length);
                    out.write(e.getValue());
                }
                out.writeBoolean(exportData != null);
                if (exportData != null) {
                    out.writeInt(exportData.length);
                    out.write(exportData);
                }
            }
            byte[] body = bytes.toByteArray();
            Path f = entry(key);
            Files.createDirectories(f.getParent());
            Path tmp = Files.createTempFile(f.getParent(), key.substring(0, 8) + "-", ".tmp");
            try {
                Files.write(tmp, body);
                Files.write(tmp, ByteBuffer.allocate(CHECK).putInt(crc32c(body, body.length)).array(),
                        java.nio.file.StandardOpenOption.APPEND);
                try {
                    Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            // an unwritable cache folder: the build goes on without caching, as go's does
        }
    }

    /** Builds a cache key from length-prefixed parts, so no two part lists share a key. */
    public static final class Key {
        private final MessageDigest md = newDigest();

        public Key add(String s) {
            return add(s.getBytes(StandardCharsets.UTF_8));
        }

        public Key add(byte[] b) {
            md.update(String.valueOf(b.length).getBytes(StandardCharsets.US_ASCII));
            md.update((byte) ':');
            md.update(b);
            return this;
        }

        public String hex() {
            return HexFormat.of().formatHex(md.digest());
        }
    }

    /**
     * The identity of this gojc, so a rebuilt gojc never reuses classes of an older one: for the
     * toolchain jar, the names, sizes and CRC-32s of its entries (read from the jar's central
     * directory, so no class is inflated or hashed on each run); for the class folder under tests,
     * the hash of every file.
     */
    public static String toolchainId() {
        String id = toolchainId;
        if (id != null) return id;
        Key k = new Key();
        try {
            Path src = Path.of(PackageCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(src)) {
                List<Path> files;
                try (Stream<Path> s = Files.walk(src)) {
                    files = s.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path f : files) k.add(src.relativize(f).toString()).add(Files.readAllBytes(f));
            } else {
                try (ZipFile jar = new ZipFile(src.toFile())) {
                    for (ZipEntry e : jar.stream().sorted(Comparator.comparing(ZipEntry::getName)).toList()) {
                        k.add(e.getName() + " " + e.getSize() + " " + Long.toHexString(e.getCrc()));
                    }
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            k.add("unknown " + System.nanoTime()); // never matches: no caching rather than a stale one
        }
        toolchainId = id = k.hex();
        return id;
    }

    /**
     * A source file's part of a cache key: its length and two independent 32-bit checksums
     * (CRC-32 and CRC-32C, both computed by the CPU's own instructions). A warm build sums the
     * sources of every std package it imports; SHA-256 over them, in the C1-compiled code that
     * compile-only commands run, cost more than the rest of a hello-world build's cache work.
     * Sources change by edits, not by attack, and a 64-bit sum misses an edit once in 2^64.
     */
    static byte[] fileSum(byte[] b) {
        CRC32 crc = new CRC32();
        crc.update(b);
        return ByteBuffer.allocate(16).putLong(b.length).putInt((int) crc.getValue()).putInt(crc32c(b, b.length)).array();
    }

    private static int crc32c(byte[] b, int length) {
        CRC32C c = new CRC32C();
        c.update(b, 0, length);
        return (int) c.getValue();
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
