package gojc.rt.std.runtime;

import gojc.rt.GoPanic;
import gojc.rt.Lines;
import gojc.rt.PanicState;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Program counters for runtime.Caller, Callers and FuncForPC. The JVM has no addresses, so a
 * pc names a place the runtime has seen on a stack: each distinct (function, line) gets a
 * number, and its pcs are {@code BASE + 4*number} (an entry pc) and the pc after it (a return
 * address: gc's callers subtract 1 before a lookup, which must land on the same place).
 * <p>
 * The stack a deferred call sees during a panic is gc's: the deferred function, then
 * runtime.gopanic, then the frames from the panic's own place outwards (from the panic's Java
 * stack trace: the JVM unwound those frames before the deferred call ran).
 */
final class Pcs {
    private Pcs() {}

    static final long BASE = 0x401000;

    /** One place: a Go function and a line in it. */
    static final class Place {
        final String function;
        final String file;
        final int line;
        final long entry;

        Place(String function, String file, int line, long entry) {
            this.function = function;
            this.file = file;
            this.line = line;
            this.entry = entry;
        }
    }

    private static final ConcurrentHashMap<String, Long> ids = new ConcurrentHashMap<>();
    private static final List<Place> places = new ArrayList<>();

    private static long pc(String function, String file, int line) {
        String key = function + "\t" + file + "\t" + line;
        Long pc = ids.get(key);
        if (pc != null) {
            return pc;
        }
        synchronized (places) {
            pc = ids.get(key);
            if (pc == null) {
                long entry = line < 0 ? -1 : pc(function, file, -1);
                pc = BASE + 4L * places.size() + 1;
                places.add(new Place(function, file, line < 0 ? 0 : line, entry < 0 ? pc - 1 : entry - 1));
                ids.put(key, pc);
            }
        }
        return pc;
    }

    static Place place(long pc) {
        long i = (pc - BASE) >> 2;
        synchronized (places) {
            return pc < BASE || i >= places.size() ? null : places.get((int) i);
        }
    }

    /**
     * The pcs of the calling goroutine's Go frames, innermost first: frames[0] is the Go
     * function that called into the runtime natives' caller chain (runtime.Caller itself).
     */
    static List<Long> stack() {
        List<Long> out = new ArrayList<>();
        List<StackWalker.StackFrame> frames = WALKER.walk(s -> s.collect(java.util.stream.Collectors.toList()));
        for (StackWalker.StackFrame f : frames) {
            String cls = f.getClassName();
            if (cls.equals("gojc.rt.DeferFrame")) {
                GoPanic p = PanicState.current().panicking;
                if (p != null && p.getStackTrace().length > 0) {
                    out.add(pc("runtime.gopanic", goroot() + "/src/runtime/panic.go", 0));
                    for (StackTraceElement e : p.getStackTrace()) {
                        if (isGo(e.getClassName())) {
                            Class<?> c = load(e.getClassName());
                            out.add(pc(function(e.getClassName(), e.getMethodName()),
                                    Lines.file(c, e.getFileName(), e.getLineNumber()), Lines.line(c, e.getLineNumber())));
                        }
                    }
                    return out;
                }
                continue;
            }
            if (isGo(cls)) {
                Class<?> c = f.getDeclaringClass();
                out.add(pc(function(cls, f.getMethodName()), Lines.file(c, f.getFileName(), f.getLineNumber()),
                        Lines.line(c, f.getLineNumber())));
            }
        }
        return out;
    }

    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    /** Compiled Go code, without go and defer statements' wrappers (gojc.ir.Closures). */
    private static boolean isGo(String cls) {
        return cls.startsWith("go.") && !cls.startsWith("go.$") && !cls.endsWith("$wrap");
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, Pcs.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    private static String goroot() {
        String r = System.getenv("GOROOT");
        return r == null ? "/usr/lib/go" : r;
    }

    /**
     * gc's name of the function a JVM method implements: the package path, then the function
     * ("f"), method ("T.m"; gc writes "(*T).m" for pointer receivers, which the JVM method does
     * not tell) or function literal ("main.func1").
     */
    static String function(String cls, String method) {
        int dot = cls.lastIndexOf('.');
        String pkg = cls.substring(3, Math.max(3, dot)).replace('.', '/');
        String simple = cls.substring(dot + 1);
        int at = simple.indexOf("$go$");
        String name;
        if (at >= 0) {
            // a function literal's class: <file>$go$<enclosing>$func<N>
            name = simple.substring(at + 4).replace('$', '.');
        } else {
            name = method.replace('$', '.');
        }
        return pkg + "." + name;
    }
}
