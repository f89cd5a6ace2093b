package gojc.syntax;

import java.util.List;

/** Top-level and local declarations. */
public sealed interface Decl extends Node {

    record Bad(Pos pos) implements Decl {}

    /** {@code import}, {@code const}, {@code type} or {@code var}, grouped or not. */
    record Gen(Pos pos, Token tok, List<Spec> specs, boolean grouped, Comments doc) implements Decl {}

    /**
     * A function or method. {@code recv} is null for functions; {@code typeParams} holds the
     * function's own type parameters; {@code body} is null for a body-less declaration
     * (implemented in assembly or by an overlay).
     */
    record Func(Pos pos, Expr.Field recv, Expr.Ident name, List<Expr.Field> typeParams, Expr.FuncType type,
                Stmt.Block body, Comments doc, List<Directive> directives) implements Decl {}

    sealed interface Spec extends Node {}

    /** {@code name} is null, an identifier, {@code _} or {@code .}. */
    record ImportSpec(Pos pos, Expr.Ident name, Expr.BasicLit path) implements Spec {}

    /**
     * One line of a const or var declaration. {@code iota} is the spec's index within its group;
     * a const spec with no type and no values repeats the previous one (the checker does that).
     */
    record ValueSpec(Pos pos, List<Expr.Ident> names, Expr type, List<Expr> values, int iota) implements Spec {}

    /** {@code isAlias} for {@code type A = B}. */
    record TypeSpec(Pos pos, Expr.Ident name, List<Expr.Field> typeParams, boolean isAlias, Expr type)
            implements Spec {}
}
