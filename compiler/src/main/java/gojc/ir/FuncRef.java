package gojc.ir;

import java.util.List;

/** A statically known function: a static method {@code owner.name(params)result}. */
public record FuncRef(String owner, String name, List<IrType> params, IrType result) {
    public String descriptor() {
        StringBuilder d = new StringBuilder("(");
        for (IrType p : params) d.append(p.descriptor());
        return d.append(')').append(result.descriptor()).toString();
    }
}
