package gojc.rt;

/**
 * Go positions of JVM stack frames. A source file's class has the table {@code $lines} when
 * {@code //line} directives moved positions of its code (gojc.codegen.LineTable): the frames'
 * line numbers counted down from 65535 index it, and the entry gives the file and line the
 * directive says. Other lines are the file's own.
 */
public final class Lines {
    private Lines() {}

    private static final int TOP = 65535;
    private static final String[] NONE = new String[0];

    private static final ClassValue<String[]> TABLES = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> c) {
            String name = c.getName();
            int at = name.indexOf("$go");
            while (at >= 0 && at + 3 < name.length() && name.charAt(at + 3) != '$') {
                at = name.indexOf("$go", at + 1);
            }
            if (at < 0) {
                return NONE;
            }
            try {
                Class<?> file = at + 3 == name.length() ? c : Class.forName(name.substring(0, at + 3), true, c.getClassLoader());
                java.lang.reflect.Field f = file.getDeclaredField("$lines");
                String t = (String) f.get(null);
                return t.split("\n", -1);
            } catch (ReflectiveOperationException | RuntimeException e) {
                return NONE;
            }
        }
    };

    private static String entry(Class<?> c, int line) {
        if (c == null || line <= TOP - 20000) {
            return null;
        }
        String[] t = TABLES.get(c);
        int i = TOP - line;
        return i < t.length ? t[i] : null;
    }

    /** The Go file of a frame of class c at line (sourceFile: the class's SourceFile); gc prints "??" for none. */
    public static String file(Class<?> c, String sourceFile, int line) {
        String e = entry(c, line);
        if (e != null) {
            String f = e.substring(0, e.indexOf('\t'));
            return f.isEmpty() ? "??" : f;
        }
        return sourceFile == null ? "??" : sourceFile;
    }

    /** The Go line of a frame of class c at JVM line. */
    public static int line(Class<?> c, int line) {
        String e = entry(c, line);
        return e != null ? Integer.parseInt(e.substring(e.indexOf('\t') + 1)) : line;
    }
}
