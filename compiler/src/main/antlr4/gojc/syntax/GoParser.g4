/*
 * Go 1.19 syntax (go_spec.html), shaped for SLL prediction:
 *  - expressions are flat sequences of unary operators, primary expressions and binary
 *    operators; AstBuilder applies precedence (fewer rule levels on the hottest path);
 *  - every decision is LL(1) or LL(small k) under SLL's global-follow approximation;
 *  - the spec's composite-literal restriction in if/for/switch headers is expressed with a
 *    second set of expression rules (suffix "NC": no composite literal after a bare operand),
 *    so that an expression in normal context is never followed by '{';
 *  - parameters, switch headers and `x.(type)` are parsed loosely as gc does and sorted out
 *    by AstBuilder.
 */
parser grammar GoParser;

options { tokenVocab = GoLexer; superClass = GoParserBase; }

// gojc.syntax.Token (the AST's operator enum) would shadow ANTLR's Token here.
@header { import org.antlr.v4.runtime.Token; }

sourceFile
    : packageClause SEMI (importDecl SEMI)* (topLevelDecl SEMI)* EOF
    ;

packageClause : PACKAGE IDENT ;

importDecl : IMPORT (importSpec | LPAREN (importSpec (SEMI importSpec)* SEMI?)? RPAREN) ;
importSpec : (DOT | IDENT)? string_ ;

topLevelDecl : declaration | functionDecl ;
declaration  : constDecl | typeDecl | varDecl ;

constDecl : CONST (constSpec | LPAREN (constSpec (SEMI constSpec)* SEMI?)? RPAREN) ;
constSpec : identList type_? (ASSIGN exprList)? ;

varDecl : VAR (varSpec | LPAREN (varSpec (SEMI varSpec)* SEMI?)? RPAREN) ;
varSpec : identList (type_ (ASSIGN exprList)? | ASSIGN exprList) ;

typeDecl : TYPE (typeSpec | LPAREN (typeSpec (SEMI typeSpec)* SEMI?)? RPAREN) ;
// `type A [N]int` vs `type T[P any] int`: see GoParserBase.typeParamsAhead.
typeSpec : IDENT ({typeParamsAhead()}? typeParams)? ASSIGN? type_ ;

functionDecl : FUNC receiver=parameters? IDENT typeParams? signature block? ;

typeParams    : LBRACK typeParamDecl (COMMA typeParamDecl)* COMMA? RBRACK ;
typeParamDecl : identList typeElem ;
typeElem      : typeTerm (OR typeTerm)* ;
typeTerm      : TILDE? type_ ;

identList : IDENT (COMMA IDENT)* ;

// ---- Types ----

type_
    : typeName typeArgs?
    | typeLit
    | LPAREN type_ RPAREN
    ;
typeName : IDENT (DOT IDENT)? ;
typeArgs : LBRACK type_ (COMMA type_)* COMMA? RBRACK ;

typeLit
    : arrayType
    | structType
    | pointerType
    | funcType
    | interfaceType
    | mapType
    | chanType
    ;

// [N]T, [...]T and []T.
arrayType     : LBRACK (expr | ELLIPSIS)? RBRACK type_ ;
pointerType   : MUL type_ ;
mapType       : MAP LBRACK type_ RBRACK type_ ;
chanType      : CHAN ARROW? type_ | ARROW CHAN type_ ;
funcType      : FUNC signature ;
structType    : STRUCT LBRACE (fieldDecl (SEMI fieldDecl)* SEMI?)? RBRACE ;
fieldDecl     : (identList type_ | embeddedField) tag=string_? ;
embeddedField : MUL? typeName typeArgs? | MUL? LPAREN MUL? typeName typeArgs? RPAREN ;
interfaceType : INTERFACE LBRACE (interfaceElem (SEMI interfaceElem)* SEMI?)? RBRACE ;
interfaceElem : IDENT signature | typeElem ;

// A '(' right after a parameter list always opens the result list (gc: `func() (x)` is a
// function type returning x). ResultParens marks those tokens before parsing, which keeps the
// optional result an LL(1) decision: `(` may also follow a type as a conversion's argument list.
signature  : parameters result? ;
result     : RESULT_LPAREN (parameterDecl (COMMA parameterDecl?)*)? RPAREN | type_ ;
// Lists that allow a trailing comma are written `x (COMMA x?)*`, which keeps every decision
// LL(1); AstBuilder reports a doubled comma.
parameters : LPAREN (parameterDecl (COMMA parameterDecl?)*)? RPAREN ;
// Loose, as gc parses it: `a, b int` is two decls (type `a`, then `b int`); AstBuilder regroups.
parameterDecl : IDENT? ELLIPSIS? type_ ;

// ---- Expressions (normal context) ----

// Operators are token sets, not rules: no parse-tree nodes for them.
expr      : (ADD | SUB | NOT | XOR | MUL | AND | ARROW | TILDE)* primaryExpr
            ((LOR | LAND | EQL | NEQ | LSS | LEQ | GTR | GEQ | ADD | SUB | OR | XOR
                       | MUL | QUO | REM | SHL | SHR | AND | AND_NOT) (ADD | SUB | NOT | XOR | MUL | AND | ARROW | TILDE)* primaryExpr)* ;
exprList  : expr (COMMA expr)* ;

// A type takes suffixes only after a composite literal or conversion: otherwise, under SLL's
// global follow, every type's end would look like the start of a suffix and decisions such as
// a qualified type name's `(DOT IDENT)?` would scan far ahead.
primaryExpr
    : (NUMBER | RUNE | STRING | RAW_STRING | IDENT | LPAREN expr RPAREN) (suffix | literalValue)*
    | FUNC signature ((block | arguments) suffix*)?
    | typeOperand ((literalValue | arguments) (suffix | literalValue)*)?
    // These end in '}', so a method expression's `.M` right after them is unambiguous.
    | (structType | interfaceType) ((literalValue | arguments | DOT IDENT) (suffix | literalValue)*)?
    ;


string_ : STRING | RAW_STRING ;

// Type literals usable as operands of conversions and composite literals.
// `<-chan T` is not here: gc parses it as a receive applied to `chan T` and then converts.
typeOperand : arrayType | mapType | CHAN ARROW? type_ ;

suffix
    : DOT (IDENT | LPAREN (TYPE | type_) RPAREN)
    | index
    | arguments
    ;

// x[i], f[T1, T2] and slices; the builder rejects malformed forms.
index     : LBRACK expr? (COLON expr? (COLON expr?)? | (COMMA expr)* COMMA?) RBRACK ;
arguments : LPAREN (expr ELLIPSIS? (COMMA (expr ELLIPSIS?)?)*)? RPAREN ;

literalValue : LBRACE (element (COMMA element?)*)? RBRACE ;
element      : elementValue (COLON elementValue)? ;
elementValue : expr | literalValue ;

// ---- Expressions in if/for/switch headers: `{` after a bare operand opens the block ----

exprNC    : (ADD | SUB | NOT | XOR | MUL | AND | ARROW | TILDE)* primaryExprNC
            ((LOR | LAND | EQL | NEQ | LSS | LEQ | GTR | GEQ | ADD | SUB | OR | XOR
                       | MUL | QUO | REM | SHL | SHR | AND | AND_NOT) (ADD | SUB | NOT | XOR | MUL | AND | ARROW | TILDE)* primaryExprNC)* ;
exprListNC  : exprNC (COMMA exprNC)* ;

primaryExprNC
    : (NUMBER | RUNE | STRING | RAW_STRING | IDENT | LPAREN expr RPAREN) suffix*
    | FUNC signature block suffix*
    | typeOperand (literalValue | arguments) suffix*
    | (structType | interfaceType) (literalValue | arguments | DOT IDENT) suffix*
    ;


// ---- Statements ----

block    : LBRACE stmtList RBRACE ;
// endStmtList: gc's statement-list loop after an error (a no-op when parsing succeeds).
stmtList : stmt? (SEMI stmt?)* {endStmtList();} ;

stmt
    : declaration
    | simpleStmt
    | goStmt
    | returnStmt
    | breakStmt
    | continueStmt
    | gotoStmt
    | fallthroughStmt
    | block
    | ifStmt
    | switchStmt
    | selectStmt
    | forStmt
    | deferStmt
    ;
    // After an error inside it, the statement ends where gc resynchronised (see Resync).
    catch [RecognitionException re] {
        _localctx.exception = re;
        _errHandler.reportError(this, re);
        try { _errHandler.recover(this, re); } catch (Resync r) { resumeStatement(r); }
    }
    catch [Resync r] { resumeStatement(r); }

// A label is read as gc reads it: an expression list followed by ':' (the builder checks it
// is one name). This keeps the statement decision LL(1).
simpleStmt : exprList (COLON stmt? | assignOp exprList | INC | DEC | ARROW expr)? ;
assignOp   : ASSIGN | DEFINE | ADD_ASSIGN | SUB_ASSIGN | MUL_ASSIGN | QUO_ASSIGN | REM_ASSIGN
           | AND_ASSIGN | OR_ASSIGN | XOR_ASSIGN | SHL_ASSIGN | SHR_ASSIGN | AND_NOT_ASSIGN ;

goStmt          : GO expr ;
deferStmt       : DEFER expr ;
returnStmt      : RETURN exprList? ;
breakStmt       : BREAK IDENT? ;
continueStmt    : CONTINUE IDENT? ;
gotoStmt        : GOTO IDENT ;
fallthroughStmt : FALLTHROUGH ;

// Headers: init, cond/tag and post are sorted out by the builder, as gc's header() does.
simpleStmtNC
    : exprListNC (assignOp (RANGE exprNC | exprListNC) | INC | DEC | ARROW exprNC)?
    | RANGE exprNC
    ;
// `var` is accepted (and reported by the builder) as gc accepts it.
header    : VAR? simpleStmtNC? (SEMI simpleStmtNC? (SEMI simpleStmtNC?)?)? ;

// checkHeader: while recovering from errors, where gc's header() would stop (a no-op otherwise).
ifStmt     : IF header {checkHeader(IF, $header.ctx);} block (ELSE (ifStmt | block))? ;
forStmt    : FOR header {checkHeader(FOR, $header.ctx);} block ;
switchStmt : SWITCH header {checkHeader(SWITCH, $header.ctx);} LBRACE caseClause* RBRACE ;
caseClause : (CASE exprList | DEFAULT) COLON stmtList ;
    catch [RecognitionException re] {
        _localctx.exception = re;
        _errHandler.reportError(this, re);
        try { _errHandler.recover(this, re); } catch (Resync r) { resumeClause(r); }
    }
    catch [Resync r] { resumeClause(r); }
selectStmt : SELECT LBRACE commClause* RBRACE ;
commClause : (CASE commStmt | DEFAULT) COLON stmtList ;
    catch [RecognitionException re] {
        _localctx.exception = re;
        _errHandler.reportError(this, re);
        try { _errHandler.recover(this, re); } catch (Resync r) { resumeClause(r); }
    }
    catch [Resync r] { resumeClause(r); }
commStmt   : exprList ((ASSIGN | DEFINE) expr | ARROW expr)? ;
