package gojc.types;

import gojc.syntax.Pos;

/** The name an import declares in its file. */
public final class PkgName extends Obj {
    public final Package imported;
    boolean used;

    public PkgName(Pos pos, Package pkg, String name, Package imported) {
        super(pos, pkg, name, Universe.INVALID);
        this.imported = imported;
    }
}
