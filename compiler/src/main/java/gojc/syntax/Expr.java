package gojc.syntax;

import java.util.List;

/**
 * Expressions, including type expressions, as the spec's Operand/PrimaryExpr/Type productions
 * yield them. Nullable components are marked; lists are never null.
 */
public sealed interface Expr extends Node {

    /** A placeholder where the parser recovered from a syntax error. */
    record Bad(Pos pos) implements Expr {}

    record Ident(Pos pos, String name) implements Expr {
        public boolean isBlank() {
            return name.equals("_");
        }
    }

    enum LitKind { INT, FLOAT, IMAG, CHAR, STRING }

    /** A literal exactly as written (the checker evaluates it), e.g. {@code 0x_1p-2}, {@code `raw`}. */
    record BasicLit(Pos pos, LitKind kind, String value) implements Expr {}

    /** {@code T{elts}}; {@code type} is null for an elided type inside another literal. */
    record CompositeLit(Pos pos, Expr type, List<Expr> elts, Pos rbrace) implements Expr {}

    record KeyValue(Pos pos, Expr key, Expr value) implements Expr {}

    record FuncLit(Pos pos, FuncType type, Stmt.Block body) implements Expr {}

    record Paren(Pos pos, Expr x) implements Expr {}

    record Selector(Pos pos, Expr x, Ident sel) implements Expr {}

    /** {@code x[i]}, or a generic instantiation {@code f[T1, T2]} (more than one index). */
    record Index(Pos pos, Expr x, List<Expr> indices) implements Expr {}

    /** {@code x[low:high]} or {@code x[low:high:max]}; absent bounds are null. */
    record Slice(Pos pos, Expr x, Expr low, Expr high, Expr max, boolean slice3) implements Expr {}

    /** {@code x.(T)}; {@code type} is null for the {@code x.(type)} of a type switch. */
    record TypeAssert(Pos pos, Expr x, Expr type) implements Expr {}

    record Call(Pos pos, Expr fun, List<Expr> args, boolean hasDots, Pos rparen) implements Expr {}

    /** {@code *x}: a pointer type or an indirection, the checker tells which. */
    record Star(Pos pos, Expr x) implements Expr {}

    /** Unary {@code + - ! ^ & <-}, and {@code ~T} in constraints. */
    record Unary(Pos pos, Token op, Expr x) implements Expr {}

    /** Binary operators, and {@code A | B} unions in constraints. {@code pos} is the operator's. */
    record Binary(Pos pos, Token op, Expr x, Expr y) implements Expr {}

    // ---- Type expressions ----

    /** {@code [len]elem}; {@code len} is null for a slice type, a {@link Dots} for {@code [...]T}. */
    record ArrayType(Pos pos, Expr len, Expr elem) implements Expr {}

    record StructType(Pos pos, List<Field> fields) implements Expr {}

    record PointerType(Pos pos, Expr base) implements Expr {}

    /** Type parameters are on the declaration, not here; function literals and types have none. */
    record FuncType(Pos pos, List<Field> typeParams, List<Field> params, List<Field> results) implements Expr {}

    /**
     * Interface elements: a {@link Field} with one name and a {@link FuncType} is a method;
     * a nameless field is an embedded interface or a type-set term (union, {@code ~T}).
     */
    record InterfaceType(Pos pos, List<Field> elems) implements Expr {}

    record MapType(Pos pos, Expr key, Expr value) implements Expr {}

    enum ChanDir { BOTH, SEND, RECV }

    record ChanType(Pos pos, ChanDir dir, Expr elem) implements Expr {}

    /** {@code ...T} of a variadic parameter, or {@code ...} as an array length ({@code elem} null). */
    record Dots(Pos pos, Expr elem) implements Expr {}

    /**
     * A struct field, parameter, result, method or type parameter: {@code names} may be empty
     * (embedded field, unnamed parameter); {@code tag} is the raw string literal or null.
     */
    record Field(Pos pos, List<Ident> names, Expr type, BasicLit tag) implements Node {}

    /** Strips parentheses, as the checker does before most decisions. */
    static Expr unparen(Expr e) {
        while (e instanceof Paren p) {
            e = p.x();
        }
        return e;
    }
}
