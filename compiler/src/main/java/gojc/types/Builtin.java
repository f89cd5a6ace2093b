package gojc.types;

import gojc.syntax.Pos;

/** A predeclared function such as {@code len}, or one of package unsafe's. */
public final class Builtin extends Obj {
    public enum Id {
        APPEND, CAP, CLOSE, COMPLEX, COPY, DELETE, IMAG, LEN, MAKE, NEW, PANIC, PRINT, PRINTLN, REAL, RECOVER,
        ADD, ALIGNOF, OFFSETOF, SIZEOF, SLICE
    }

    public final Id id;

    Builtin(Package pkg, String name, Id id) {
        super(Pos.NONE, pkg, name, Universe.INVALID);
        this.id = id;
    }
}
