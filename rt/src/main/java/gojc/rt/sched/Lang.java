package gojc.rt.sched;

import gojc.rt.FuncV;

/**
 * The goroutine operations of the language as generated code calls them: the go statement,
 * the second results of receives and select, and select with its operands in generic arrays.
 */
public final class Lang {
    private Lang() {}

    /**
     * {@code go f(args)}: fn is the evaluated call bound in a func() value; createdBy is the
     * creating function and the statement's position ("main.main\t/path/x.go:12").
     */
    public static void go(G g, FuncV fn, boolean canUnwind, String createdBy) {
        Sched.newproc(g, new GoStart(fn, canUnwind), createdBy);
    }

    /** {@code go f(args)} where f is a func value: a nil one is gc's fatal error. */
    public static void goValue(G g, Object f, FuncV fn, boolean canUnwind, String createdBy) {
        Sched.newproc(g, f == null ? null : new GoStart(fn, canUnwind), createdBy);
    }

    /** The ok of the last comma-ok receive or select receive case. */
    public static boolean recvOk(G g) {
        return g.recvOk;
    }

    /** The value a select receive case received. */
    public static Object recvValue(G g) {
        Object v = g.recvValue;
        g.recvValue = null;
        return v;
    }

    /** A value as an Object: the generated call boxes primitives on the way in. */
    public static Object box(Object v) {
        return v;
    }

    private static final Chan[] NO_CASES = new Chan[0];

    /**
     * A select statement: cases[0..nsends) are send cases with values sendValues[i], the rest
     * receive cases; block is false when there is a default. Returns the chosen index, -1 for
     * default (see {@link Select#select}).
     */
    public static int select(G g, Object[] cases, Object[] sendValues, int nsends, boolean block) {
        if (g.rewinding) {
            return Select.select(g, null, null, 0, true);
        }
        Chan[] cs = cases == null ? NO_CASES : new Chan[cases.length];

        for (int i = 0; i < cs.length; i++) {
            cs[i] = (Chan) cases[i];
        }
        return Select.select(g, cs, sendValues, nsends, block);
    }
}
