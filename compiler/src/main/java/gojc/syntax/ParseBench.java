package gojc.syntax;

import gojc.diag.Diagnostics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Parse-speed benchmark, run by hand:
 * {@code java -cp ... gojc.syntax.ParseBench [-rounds N] [dir...]} (default: GOROOT/src).
 * Reads every .go file into memory, then parses them all N times on one thread and reports
 * lines per second (wall clock and this thread's CPU time) for each round; the first rounds warm up the JIT and ANTLR's DFA cache.
 */
public final class ParseBench {
    public static void main(String[] args) throws IOException {
        int rounds = 5;
        List<Path> roots = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("-rounds")) rounds = Integer.parseInt(args[++i]);
            else roots.add(Path.of(args[i]));
        }
        if (roots.isEmpty()) roots.add(Path.of("/usr/lib/go-1.19/src"));
        List<byte[]> files = new ArrayList<>();
        List<Path> paths = new ArrayList<>();
        long lines = 0;
        for (Path root : roots) {
            for (Path p : goFiles(root)) {
                byte[] b = Files.readAllBytes(p);
                files.add(b);
                paths.add(p);
                for (byte x : b) if (x == '\n') lines++;
            }
        }
        System.out.printf("%d files, %d lines%n", files.size(), lines);
        // The machine may be shared: report this thread's CPU time as well as wall time.
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int r = 1; r <= rounds; r++) {
            long t0 = System.nanoTime();
            long c0 = cpu.getCurrentThreadCpuTime();
            int withErrors = 0;
            for (int i = 0; i < files.size(); i++) {
                Diagnostics d = new Diagnostics();
                Parser.parse(new Source(paths.get(i), paths.get(i).toString()), files.get(i), d);
                if (d.hasErrors()) withErrors++;
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            double cpuSecs = (cpu.getCurrentThreadCpuTime() - c0) / 1e9;
            System.out.printf("round %d: %.2f s wall, %.2f s cpu, %.0f lines/s wall, %.0f lines/cpu-s, %d files with errors%n",
                    r, secs, cpuSecs, lines / secs, lines / cpuSecs, withErrors);
        }
    }

    /** Every regular .go file under root (following symlinks), sorted for reproducibility. */
    public static List<Path> goFiles(Path root) throws IOException {
        if (!Files.isDirectory(root)) return List.of();
        try (Stream<Path> s = Files.walk(root, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            return s.filter(p -> p.toString().endsWith(".go") && Files.isRegularFile(p)).sorted().toList();
        }
    }
}
