package gojc.syntax;

/** Operators and keywords the AST records (go/token's names). */
public enum Token {
    // Binary and unary operators.
    ADD("+"), SUB("-"), MUL("*"), QUO("/"), REM("%"),
    AND("&"), OR("|"), XOR("^"), SHL("<<"), SHR(">>"), AND_NOT("&^"),
    LAND("&&"), LOR("||"), ARROW("<-"), INC("++"), DEC("--"),
    EQL("=="), LSS("<"), GTR(">"), NOT("!"), NEQ("!="), LEQ("<="), GEQ(">="), TILDE("~"),
    // Assignment operators.
    ASSIGN("="), DEFINE(":="),
    ADD_ASSIGN("+="), SUB_ASSIGN("-="), MUL_ASSIGN("*="), QUO_ASSIGN("/="), REM_ASSIGN("%="),
    AND_ASSIGN("&="), OR_ASSIGN("|="), XOR_ASSIGN("^="), SHL_ASSIGN("<<="), SHR_ASSIGN(">>="),
    AND_NOT_ASSIGN("&^="),
    // Keywords that AST nodes carry.
    BREAK("break"), CONTINUE("continue"), GOTO("goto"), FALLTHROUGH("fallthrough"),
    IMPORT("import"), CONST("const"), TYPE("type"), VAR("var");

    public final String text;

    Token(String text) {
        this.text = text;
    }

    /** For an op-assignment such as {@code +=}, the binary operator it applies; otherwise null. */
    public Token binaryOfAssign() {
        return switch (this) {
            case ADD_ASSIGN -> ADD;
            case SUB_ASSIGN -> SUB;
            case MUL_ASSIGN -> MUL;
            case QUO_ASSIGN -> QUO;
            case REM_ASSIGN -> REM;
            case AND_ASSIGN -> AND;
            case OR_ASSIGN -> OR;
            case XOR_ASSIGN -> XOR;
            case SHL_ASSIGN -> SHL;
            case SHR_ASSIGN -> SHR;
            case AND_NOT_ASSIGN -> AND_NOT;
            default -> null;
        };
    }

    /** Binary operator precedence per the spec (5 highest), 0 for non-binary tokens. */
    public int precedence() {
        return switch (this) {
            case LOR -> 1;
            case LAND -> 2;
            case EQL, NEQ, LSS, LEQ, GTR, GEQ -> 3;
            case ADD, SUB, OR, XOR -> 4;
            case MUL, QUO, REM, SHL, SHR, AND, AND_NOT -> 5;
            default -> 0;
        };
    }

    @Override
    public String toString() {
        return text;
    }
}
