package gojc.types;

import gojc.constant.ConstValue;
import gojc.syntax.Pos;

public final class Const extends Obj {
    ConstValue value;

    public Const(Pos pos, Package pkg, String name, Type type, ConstValue value) {
        super(pos, pkg, name, type);
        this.value = value;
    }

    public ConstValue value() {
        return value;
    }
}
