package gojc.syntax;

import java.util.List;

/** Statements. Nullable components are marked; lists are never null. */
public sealed interface Stmt extends Node {

    record Bad(Pos pos) implements Stmt {}

    record DeclStmt(Pos pos, Decl.Gen decl) implements Stmt {}

    /** An empty statement (also the implicit one after a label at a block's end). */
    record Empty(Pos pos) implements Stmt {}

    record Labeled(Pos pos, Expr.Ident label, Stmt stmt) implements Stmt {}

    record ExprStmt(Pos pos, Expr x) implements Stmt {}

    record Send(Pos pos, Expr chan, Expr value) implements Stmt {}

    /** {@code x++} or {@code x--}. */
    record IncDec(Pos pos, Expr x, Token tok) implements Stmt {}

    /** {@code lhs tok rhs} where tok is {@code =}, {@code :=} or an op-assignment. */
    record Assign(Pos pos, List<Expr> lhs, Token tok, List<Expr> rhs) implements Stmt {}

    record Go(Pos pos, Expr.Call call) implements Stmt {}

    record Defer(Pos pos, Expr.Call call) implements Stmt {}

    record Return(Pos pos, List<Expr> results) implements Stmt {}

    /** break, continue, goto or fallthrough; {@code label} may be null. */
    record Branch(Pos pos, Token tok, Expr.Ident label) implements Stmt {}

    record Block(Pos pos, List<Stmt> stmts, Pos rbrace) implements Stmt {}

    /** {@code els} is null, a {@link Block} or another {@link If}. */
    record If(Pos pos, Stmt init, Expr cond, Block body, Stmt els) implements Stmt {}

    /** A case of an expression or type switch; {@code list} is empty for {@code default}. */
    record CaseClause(Pos pos, List<Expr> list, boolean isDefault, List<Stmt> body) implements Stmt {}

    record Switch(Pos pos, Stmt init, Expr tag, List<CaseClause> clauses, Pos rbrace) implements Stmt {}

    /**
     * {@code switch init; x := y.(type) {...}}: {@code bind} is the symbol x or null, {@code x} the
     * operand whose dynamic type is switched on.
     */
    record TypeSwitch(Pos pos, Stmt init, Expr.Ident bind, Expr x, List<CaseClause> clauses, Pos rbrace)
            implements Stmt {}

    /** A select case: {@code comm} is a {@link Send}, a receive statement, or null for default. */
    record CommClause(Pos pos, Stmt comm, List<Stmt> body) implements Stmt {}

    record Select(Pos pos, List<CommClause> clauses, Pos rbrace) implements Stmt {}

    record For(Pos pos, Stmt init, Expr cond, Stmt post, Block body) implements Stmt {}

    /**
     * {@code for key, value tok range x}; key and value may be null; tok is {@code :=},
     * {@code =} or null when there are no iteration variables.
     */
    record Range(Pos pos, Expr key, Expr value, Token tok, Expr x, Block body) implements Stmt {}
}
