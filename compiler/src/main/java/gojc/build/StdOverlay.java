package gojc.build;

import gojc.loader.Overlay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * gojc's own std overlays (the repository's {@code overlay/} folder), bundled in the toolchain
 * jar as resources under {@code gojc/overlay/}; see overlay/README.md for the conventions.
 */
public final class StdOverlay implements Overlay {
    private static final String ANCHOR = "/gojc/overlay/README.md";
    private static volatile StdOverlay bundled;

    private final Path root;
    private final Map<String, Dir> dirs = new HashMap<>();

    public StdOverlay(Path root) {
        this.root = root;
    }

    /** The overlay shipped with this toolchain. */
    public static StdOverlay bundled() {
        if (bundled == null) {
            synchronized (StdOverlay.class) {
                if (bundled == null) bundled = new StdOverlay(locate());
            }
        }
        return bundled;
    }

    private static Path locate() {
        URL u = StdOverlay.class.getResource(ANCHOR);
        if (u == null) throw new IllegalStateException("gojc: the toolchain has no std overlay (" + ANCHOR + ")");
        try {
            URI uri = u.toURI();
            if (uri.getScheme().equals("jar")) {
                try {
                    FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    // opened before: Path.of finds it
                }
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("gojc: cannot open the std overlay: " + e.getMessage(), e);
        }
    }

    public Path root() {
        return root;
    }

    /** How diagnostics name an overlay file: {@code overlay/<importpath>/NAME.go}. */
    public String displayName(Path file) {
        return "overlay/" + root.relativize(file).toString();
    }

    public boolean contains(Path file) {
        return file.getFileSystem() == root.getFileSystem() && file.startsWith(root);
    }

    @Override
    public synchronized Dir forPackage(String importPath) {
        return dirs.computeIfAbsent(importPath, this::read);
    }

    private Dir read(String importPath) {
        Path d = root;
        for (String seg : importPath.split("/")) d = d.resolve(seg);
        if (!Files.isDirectory(d)) return null;
        Map<String, Path> files = new TreeMap<>();
        boolean replaceAll = false;
        boolean genericArch = false;
        String notCompiled = null;
        Set<String> drop = new HashSet<>();
        Set<String> dropFuncs = new HashSet<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(d)) {
            for (Path f : ds) {
                String name = f.getFileName().toString();
                if (name.endsWith("/")) name = name.substring(0, name.length() - 1);
                if (name.endsWith(".go") && Files.isRegularFile(f)) files.put(name, f);
            }
            Path ctl = d.resolve("OVERLAY");
            if (Files.isRegularFile(ctl)) {
                for (String line : Files.readAllLines(ctl)) {
                    int hash = line.indexOf('#');
                    String l = (hash >= 0 ? line.substring(0, hash) : line).trim();
                    if (l.isEmpty()) continue;
                    if (l.equals("replace-all")) replaceAll = true;
                    else if (l.equals("generic-arch")) genericArch = true;
                    else if (l.startsWith("drop-func ")) dropFuncs.add(l.substring(10).trim());
                    else if (l.startsWith("not-compiled ")) notCompiled = l.substring(13).trim();
                    else if (l.startsWith("drop ")) drop.add(l.substring(5).trim());
                    else throw new IllegalStateException("gojc: bad directive in " + ctl + ": " + l);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (files.isEmpty() && !replaceAll && drop.isEmpty() && dropFuncs.isEmpty() && !genericArch && notCompiled == null) {
            return null;
        }
        return new Dir(replaceAll, Set.copyOf(drop), Map.copyOf(files), Set.copyOf(dropFuncs), genericArch, notCompiled);
    }
}
