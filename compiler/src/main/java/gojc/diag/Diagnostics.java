package gojc.diag;

import gojc.syntax.Pos;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects the errors of one compilation. Like gc, it prints them sorted by position, at most
 * 10 and then "too many errors", unless {@code -gcflags=-e} asked for all of them.
 */
public final class Diagnostics {
    public static final int LIMIT = 10;

    private final List<Diagnostic> errors = new ArrayList<>();

    public void error(Pos pos, String message) {
        errors.add(new Diagnostic(pos, message));
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public int count() {
        return errors.size();
    }

    public List<Diagnostic> sorted() {
        List<Diagnostic> s = new ArrayList<>(errors);
        Collections.sort(s); // stable: errors at one position keep their order
        return s;
    }

    /** Prints the errors as {@code go build} does; returns how many were printed. */
    public int print(PrintStream out, boolean all) {
        List<Diagnostic> s = sorted();
        int n = 0;
        Diagnostic last = null;
        for (Diagnostic d : s) {
            if (last != null && last.pos().equals(d.pos()) && last.message().equals(d.message())) {
                continue; // gc drops exact duplicates
            }
            if (!all && n == LIMIT) {
                out.println(d.pos() + ": too many errors");
                break;
            }
            out.println(d);
            last = d;
            n++;
        }
        return n;
    }
}
