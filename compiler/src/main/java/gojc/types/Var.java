package gojc.types;

import gojc.syntax.Pos;

/** A variable: package-level, local, parameter, result or struct field. */
public final class Var extends Obj {
    public enum Kind { PACKAGE, LOCAL, PARAM, RESULT, RECV, FIELD }

    public final Kind kind;
    public final boolean embedded;
    boolean used;
    boolean addressTaken;
    boolean captured;
    /** Assignments to the variable after its declaration (=, op=, ++, --, a redeclaring :=, range =). */
    int assignments;
    /** The function declaring a local (to tell captures by closures). */
    Object owner;

    public Var(Pos pos, Package pkg, String name, Type type, Kind kind, boolean embedded) {
        super(pos, pkg, name, type);
        this.kind = kind;
        this.embedded = embedded;
    }

    public static Var param(Pos pos, Package pkg, String name, Type type) {
        return new Var(pos, pkg, name, type, Kind.PARAM, false);
    }

    public boolean isField() {
        return kind == Kind.FIELD;
    }

    /** {@code &x} or a pointer-method call on x: the code generator needs x in memory. */
    public boolean addressTaken() {
        return addressTaken;
    }

    /** Referenced from a function literal other than the one declaring it. */
    public boolean captured() {
        return captured;
    }

    /** How many statements assign to the variable besides its declaration (LoopNarrowing). */
    public int assignments() {
        return assignments;
    }

    public boolean used() {
        return used;
    }
}
