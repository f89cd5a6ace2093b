package gojc.ir;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The closure classes a top-level function (with its literals) needs, named as gc names
 * closures: {@code <file class>$<function>$func<N>}.
 */
public final class Closures {
    private final String base;
    private int n;
    public final Map<String, IrClosure> classes = new LinkedHashMap<>();

    public Closures(String base) {
        this.base = base;
    }

    String newName() {
        return base + "$func" + (++n);
    }

    void add(IrClosure c) {
        classes.putIfAbsent(c.className(), c);
    }
}
