package gojc.ir;

import gojc.syntax.Pos;

/** A Go feature the compiler does not handle yet: reported as {@code gojc: not yet supported: <what> at file:line}. */
public final class NotSupported extends RuntimeException {
    public final Pos pos;

    public NotSupported(String what, Pos pos) {
        super("gojc: not yet supported: " + what + " at " + (pos == null ? "?" : pos.source() + ":" + pos.line()));
        this.pos = pos;
    }
}
