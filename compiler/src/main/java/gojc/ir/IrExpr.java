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

    // ---- Composite values (lowered by LowerComposite, emitted by codegen.CompositeGen) ----

    /** The zero value of a reference-represented type: "", nil, or a fresh struct or array. */
    record Zero(IrType type) implements IrExpr {}

    /** A deep copy of a struct or array value (stores take copies; see docs/architecture.md). */
    record Copy(IrExpr x, IrType type) implements IrExpr {}

    /**
     * A static call of a runtime helper with an explicit JVM descriptor. Arguments and the
     * result adapt between IR representations and the descriptor's types: boxing to and
     * unboxing from Object, checkcast, widening int indices to long, narrow slot types.
     */
    record RtCall(String owner, String name, String desc, List<IrExpr> args, IrType type) implements IrExpr {}

    /** x, panicking with gc's nil dereference error when x is nil. */
    record NilCheck(IrExpr x, IrType type) implements IrExpr {}

    /** Element i of the Java array holding a Go array, with gc's bounds check. */
    record ArrayLoad(IrExpr array, IrExpr index, IrType type) implements IrExpr {}

    /**
     * Element i (a JVM int) of a Go array (the Java array) or of a non-nil slice, where the
     * lowering has proved 0 <= i < len: no Go bounds check. Range loops use it with an int
     * index, so the JIT sees a counted loop whose array checks it can hoist.
     */
    record ElemAt(IrExpr seq, IrExpr index, IrType type) implements IrExpr {}

    /** A new Go array value (the Java array) with the given elements; null ones are zero. */
    record ArrayLit(List<IrExpr> elems, IrType type) implements IrExpr {}

    /** A new struct value; fields[i] null is the zero value. */
    record StructLit(List<IrExpr> fields, IrType type) implements IrExpr {}

    /** Field {@code index} of a struct object. */
    record GetField(IrExpr obj, int index, IrType type) implements IrExpr {}

    /** Runs statements, then yields a value (temporaries of literals and evaluation order). */
    record Let(List<IrStmt> stmts, IrExpr value, IrType type) implements IrExpr {}
    /** The nil value of a reference-represented type (func, interface, ...). */
    record Nil(IrType type) implements IrExpr {}

    /** A call through a func value: {@code fn} of func type {@code shape}; nil panics. */
    record CallValue(IrExpr fn, FuncShape shape, List<IrExpr> args, IrType type) implements IrExpr {}

    /**
     * Result {@code index} (>= 1) of the call evaluated just before: read from the result area,
     * so the lowering stores it before any other call (see docs/architecture.md).
     */
    record ExtraResult(int index, IrType type) implements IrExpr {}

    /** A new func value of a generated closure class, capturing the given variables' contents. */
    record MakeClosure(IrClosure closure, List<Variable> captures, IrType type) implements IrExpr {}

    /** Runs {@code pre} then yields {@code value}: temporaries an expression needs. */
    record Seq(List<IrStmt> pre, IrExpr value) implements IrExpr {
        public IrType type() {
            return value.type();
        }
    }

    /** The heap cell of a variable living in one (boxed), itself: how a split function shares it. */
    record CellOf(Variable var, IrType type) implements IrExpr {}

    /** The recover builtin; {@code token} holds what the function took at entry. */
    record Recover(Variable token, IrType type) implements IrExpr {}

    // ---- Interfaces (lowered by LowerIface, emitted by codegen.IfaceGen) ----

    /**
     * A concrete value x of Go type {@code from} converted to an interface type: boxed as
     * docs/architecture.md says.
     */
    record ToIface(IrExpr x, gojc.types.Type from, IrType type) implements IrExpr {}

    /**
     * An interface value known to hold a {@code type} (checked before), as that type: unboxed;
     * for an interface {@code type} the same Object.
     */
    record FromIface(IrExpr x, IrType type) implements IrExpr {}

    /** The run-time descriptor ({@code gojc.rt.Type}) of a Go type. */
    record TypeDesc(gojc.types.Type goType, IrType type) implements IrExpr {}

    /** recv.M(args) through an interface: invokeinterface on M's method-identity interface. */
    record IfaceCall(IrExpr recv, IfaceTypes.MethodId method, List<IrExpr> args, IrType type) implements IrExpr {}
}
