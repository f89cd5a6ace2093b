package gojc.diag;

import gojc.syntax.Pos;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects the errors of one compilation. Like gc, it prints them sorted by position, at most
 * 10 and then "too many errors", unless {@code -gcflags=-e} asked for all of them (see print).
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

    /**
     * Prints the errors as {@code go build} does; returns how many were printed. Without
     * {@code all}, gc stops at its 10th error (in the order reported, an error equal to the one
     * just before on the same line not counted): it prints those sorted, then
     * "too many errors" at the 10th.
     */
    public int print(PrintStream out, boolean all) {
        List<Diagnostic> shown = errors;
        Diagnostic tenth = null;
        if (!all) {
            shown = new ArrayList<>();
            Diagnostic prev = null;
            for (Diagnostic d : errors) {
                if (prev != null && prev.pos().line() == d.pos().line() && prev.message().equals(d.message())
                        && java.util.Objects.equals(prev.pos().source(), d.pos().source())) {
                    continue;
                }
                shown.add(d);
                prev = d;
                if (shown.size() == LIMIT) {
                    tenth = d;
                    break;
                }
            }
        }
        List<Diagnostic> s = new ArrayList<>(shown);
        Collections.sort(s);
        int n = 0;
        Diagnostic last = null;
        for (Diagnostic d : s) {
            if (last != null && last.pos().equals(d.pos()) && last.message().equals(d.message())) {
                continue; // gc drops exact duplicates
            }
            out.println(d);
            last = d;
            n++;
        }
        if (tenth != null) out.println(tenth.pos() + ": too many errors");
        return n;
    }
}
