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

    private int wrappers;

    /**
     * The name of a go or defer statement's wrapper (the call with its arguments bound): its
     * own numbering, so function literals keep gc's numbers, and a {@code $wrap} suffix, by
     * which runtime.Callers leaves its frames out as gc leaves out its wrappers.
     */
    String newWrapperName() {
        return base + "$" + (++wrappers) + "$wrap";
    }

    void add(IrClosure c) {
        classes.putIfAbsent(c.className(), c);
    }
}
