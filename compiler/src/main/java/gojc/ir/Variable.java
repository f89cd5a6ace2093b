package gojc.ir;

/** A local variable or parameter of one function; the code generator assigns its JVM slot. */
public final class Variable {
    public final String name;
    public final IrType type;
    int slot = -1;
    /** Lives in a heap cell (gojc.rt.Cell*): captured by a function literal. */
    public boolean boxed;
    /** Set inside a closure body: the variable is this field of the closure object. */
    public String field;
    public String fieldOwner;

    public Variable(String name, IrType type) {
        this.name = name;
        this.type = type;
    }

    public void setSlot(int slot) {
        this.slot = slot;
    }

    public int slot() {
        return slot;
    }

    @Override
    public String toString() {
        return name;
    }
}
