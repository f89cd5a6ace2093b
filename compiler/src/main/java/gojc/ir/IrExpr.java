package gojc.ir;

import gojc.constant.ConstValue;
import gojc.syntax.Token;

import java.util.List;

/**
 * Expressions of the lowered IR. Every node is typed; operands of a binary node share its type
 * (the lowering inserted the conversions); untyped constants have become typed ones.
 */
public sealed interface IrExpr {
    IrType type();

    record Const(IrType type, ConstValue value) implements IrExpr {}

    record Load(Variable var) implements IrExpr {
        public IrType type() {
            return var.type;
        }
    }

    record LoadGlobal(Global global) implements IrExpr {
        public IrType type() {
            return global.type();
        }
    }

    /** Arithmetic and bitwise operators, and shifts (whose count {@code y} has its own type). */
    record Binary(Token op, IrExpr x, IrExpr y, IrType type) implements IrExpr {}

    /** {@code == != < <= > >=} on operands of one type; yields bool. */
    record Compare(Token op, IrExpr x, IrExpr y, IrType type) implements IrExpr {}

    /** {@code &&} and {@code ||}, evaluated lazily. */
    record Logical(Token op, IrExpr x, IrExpr y, IrType type) implements IrExpr {}

    /** Unary {@code - ^ !} (and {@code +}, which the lowering drops). */
    record Unary(Token op, IrExpr x, IrType type) implements IrExpr {}

    record Convert(IrExpr x, IrType type) implements IrExpr {}

    record Call(FuncRef fn, List<IrExpr> args, IrType type) implements IrExpr {}

    /** String concatenation of two or more strings. */
    record Concat(List<IrExpr> parts, IrType type) implements IrExpr {}
}
