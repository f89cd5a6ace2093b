package gojc.linker;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns compiled packages into a program: orders their init tasks, synthesizes the
 * {@code runtime.main} entry class and gathers the runtime's classes and the packages' into one
 * jar image. Only the packages given (the program's import graph) go in.
 */
public final class Linker {
    /** Internal name of the synthesized entry class; {@code $} keeps it clear of Go names. */
    public static final String ENTRY = "go/$main";

    private Linker() {}

    /**
     * @param units     every package of the program, the main package among them
     * @param mainOwner class holding package main's {@code main()V}; null links a library
     */
    public static JarImage link(List<LinkUnit> units, String mainOwner) {
        return link(units, mainOwner, "");
    }

    /**
     * A program whose runtime/debug.ReadBuildInfo reports modinfo (debug.BuildInfo's text
     * without its go line, as the go command stamps it; empty: no build information).
     */
    public static JarImage link(List<LinkUnit> units, String mainOwner, String modinfo) {
        return link(units, mainOwner, null, List.of(), modinfo);
    }

    /**
     * A library jar: no {@code Main-Class}, {@code main.main} never runs; {@code exportsClass}
     * (internal name) gets one public static method per export.
     */
    public static JarImage linkLibrary(List<LinkUnit> units, String exportsClass, List<Export> exports) {
        return link(units, null, exportsClass, exports, "");
    }

    private static JarImage link(List<LinkUnit> units, String mainOwner, String exportsClass, List<Export> exports,
            String modinfo) {
        List<LinkUnit> order = InitOrder.compute(units);
        List<LinkUnit> inits = new ArrayList<>();
        for (LinkUnit u : order) {
            if (u.initOwner() != null) inits.add(u);
        }
        JarImage jar = new JarImage(mainOwner == null ? null : ENTRY.replace('/', '.'));
        for (var e : RuntimeClasses.load().entrySet()) {
            jar.put(e.getKey(), e.getValue());
        }
        // Several packages may generate the same class (struct classes of shared types, method
        // interfaces, func shapes): they must be byte-identical, and the jar keeps one.
        java.util.Map<String, byte[]> seen = new java.util.HashMap<>();
        for (LinkUnit u : order) {
            for (var c : u.classes().entrySet()) {
                byte[] prev = seen.putIfAbsent(c.getKey(), c.getValue());
                if (prev != null && !java.util.Arrays.equals(prev, c.getValue())) {
                    throw new IllegalStateException("gojc: class " + c.getKey() + " generated differently by two packages");
                }
                jar.put(c.getKey() + ".class", c.getValue());
            }
        }
        jar.put(ENTRY + ".class", EntryClass.generate(ENTRY, inits, mainOwner, modinfo));
        if (exportsClass != null) {
            jar.put(exportsClass + ".class", ExportsClass.generate(exportsClass, ENTRY, exports));
        }
        return jar;
    }
}
