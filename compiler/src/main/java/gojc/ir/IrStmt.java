package gojc.ir;

import gojc.syntax.Pos;

import java.util.List;

/** Statements of the lowered IR; each carries the source position its code is attributed to. */
public sealed interface IrStmt {
    Pos pos();

    record Eval(Pos pos, IrExpr x) implements IrStmt {}

    record Store(Pos pos, Variable var, IrExpr value) implements IrStmt {}

    record StoreGlobal(Pos pos, Global global, IrExpr value) implements IrStmt {}

    /** The print and println builtins. */
    record Print(Pos pos, List<IrExpr> args, boolean newline) implements IrStmt {}

    record Block(Pos pos, List<IrStmt> stmts) implements IrStmt {}

    /** {@code els} is null or another statement. */
    record If(Pos pos, IrExpr cond, IrStmt then, IrStmt els) implements IrStmt {}

    /**
     * {@code for cond { body; post }}; {@code cond} null loops forever. {@code continue} runs
     * {@code post}. The loop identity is what break and continue name.
     */
    /**
     * A loop: cond at the top, continue goes to post. counted: cond is {@code i < n} on int
     * temps that only post ({@code i++}) assigns, so code generation may strip-mine it.
     */
    record Loop(Pos pos, LoopId id, IrExpr cond, IrStmt body, IrStmt post, boolean counted) implements IrStmt {
        public Loop(Pos pos, LoopId id, IrExpr cond, IrStmt body, IrStmt post) {
            this(pos, id, cond, body, post, false);
        }
    }

    record Break(Pos pos, LoopId loop) implements IrStmt {}

    record Continue(Pos pos, LoopId loop) implements IrStmt {}

    /** Returns the function's results; empty for none. */
    record Return(Pos pos, List<IrExpr> results) implements IrStmt {}

    // ---- Composite values (see LowerComposite) ----

    /** array[index] = value for a Go array held as a Java array, with gc's bounds check. */
    record ArrayStore(Pos pos, IrExpr array, IrExpr index, IrExpr value) implements IrStmt {}

    /** obj.field = value for field {@code index} of a struct object. */
    record SetField(Pos pos, IrExpr obj, int index, IrExpr value) implements IrStmt {}

    /** dst = src for a struct or array location: copies into dst, which keeps its identity. */
    record SetValue(Pos pos, IrExpr dst, IrExpr src) implements IrStmt {}
    /** A jump target: goto labels, the end of a switch, a fallthrough's next case body. */
    record Label(Pos pos, LabelId id) implements IrStmt {}

    record Goto(Pos pos, LabelId target) implements IrStmt {}

    /** Declares a variable living in a heap cell: a fresh cell each time it executes. */
    record NewCell(Pos pos, Variable var) implements IrStmt {}

    /** The panic builtin: throws. */
    record Panic(Pos pos, IrExpr value) implements IrStmt {}

    /** {@code defer}: pushes fn (a func() value holding the evaluated call) on the frame. */
    record Defer(Pos pos, Variable frame, IrExpr fn, IrExpr usesRecover) implements IrStmt {}

    /**
     * The body of a function containing defer: returns inside {@code body} store the results and
     * jump to {@code exit}; there the deferred calls run, then {@code ret} returns. A panic out of
     * the body runs them too and, when recovered, also continues at {@code ret}.
     */
    record DeferScope(Pos pos, Variable frame, IrStmt body, LabelId exit, IrStmt ret) implements IrStmt {}

    final class LabelId {
        public final String name;

        public LabelId(String name) {
            this.name = name;
        }
    }

    /** Identity of a loop for break/continue; a fresh object per loop. */
    class LoopId {
    }

    /**
     * A switch or select as a break target: the lowering turns break into a jump to its end
     * (continue passes it by to the enclosing loop).
     */
    final class SwitchId extends LoopId {
        public final LabelId end = new LabelId("$end");
    }
}
