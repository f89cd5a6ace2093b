package gojc.types;

import gojc.syntax.Pos;

public final class Label extends Obj {
    boolean used;

    public Label(Pos pos, Package pkg, String name) {
        super(pos, pkg, name, Universe.INVALID);
    }
}
