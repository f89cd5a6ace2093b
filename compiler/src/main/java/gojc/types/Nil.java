package gojc.types;

import gojc.syntax.Pos;

public final class Nil extends Obj {
    Nil() {
        super(Pos.NONE, null, "nil", Universe.UNTYPED_NIL);
    }
}
