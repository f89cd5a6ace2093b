/*
 * Go 1.19 lexical grammar (go_spec.html, "Lexical elements").
 *
 * The input is the file's bytes decoded as ISO-8859-1, so one char is one byte: columns come
 * out in bytes as gc counts them, and UTF-8 sequences (chars 0x80-0xFF) are validated in Java.
 * Literal rules are deliberately lenient (they accept every prefix gc's scanner would consume)
 * so that LiteralCheck can report malformed literals with gc's texts instead of lexer noise.
 * Semicolon insertion and comment collection live in GoLexerBase.nextToken.
 */
lexer grammar GoLexer;

options { superClass = GoLexerBase; }

// gojc.syntax.Token (the AST's operator enum) would shadow ANTLR's Token here.
@header { import org.antlr.v4.runtime.Token; }

// The '(' opening a signature's result list; ResultParens retags LPAREN tokens into it.
tokens { RESULT_LPAREN }

// Keywords
BREAK       : 'break';
CASE        : 'case';
CHAN        : 'chan';
CONST       : 'const';
CONTINUE    : 'continue';
DEFAULT     : 'default';
DEFER       : 'defer';
ELSE        : 'else';
FALLTHROUGH : 'fallthrough';
FOR         : 'for';
FUNC        : 'func';
GO          : 'go';
GOTO        : 'goto';
IF          : 'if';
IMPORT      : 'import';
INTERFACE   : 'interface';
MAP         : 'map';
PACKAGE     : 'package';
RANGE       : 'range';
RETURN      : 'return';
SELECT      : 'select';
STRUCT      : 'struct';
SWITCH      : 'switch';
TYPE        : 'type';
VAR         : 'var';

// Identifiers: ASCII letters, or any byte of a UTF-8 sequence (checked to be a letter later).
IDENT : LETTER (LETTER | [0-9])*;

// Literals (lenient, see above). One token kind for all numbers; the builder classifies.
NUMBER
    : [0-9] [0-9_]* ('.' [0-9_]*)? DEC_EXP? 'i'?
    | '.' [0-9] [0-9_]* DEC_EXP? 'i'?
    | '0' [xX] [0-9a-fA-F_]* ('.' [0-9a-fA-F_]*)? HEX_EXP? 'i'?
    | '0' [oObB] [0-9_]* ('.' [0-9_]*)? DEC_EXP? 'i'?
    ;
RUNE   : '\'' (~['\\\n] | '\\' ~[\n])* '\''?;
STRING : '"' (~["\\\n] | '\\' ~[\n])* '"'?;
RAW_STRING : '`' ~'`'* '`'?;

// Operators and punctuation
ELLIPSIS    : '...';
DOT         : '.';
COMMA       : ',';
SEMI        : ';';
COLON       : ':';
LPAREN      : '(';
RPAREN      : ')';
LBRACK      : '[';
RBRACK      : ']';
LBRACE      : '{';
RBRACE      : '}';
DEFINE      : ':=';
ASSIGN      : '=';
ADD_ASSIGN  : '+=';
SUB_ASSIGN  : '-=';
MUL_ASSIGN  : '*=';
QUO_ASSIGN  : '/=';
REM_ASSIGN  : '%=';
AND_ASSIGN  : '&=';
OR_ASSIGN   : '|=';
XOR_ASSIGN  : '^=';
SHL_ASSIGN  : '<<=';
SHR_ASSIGN  : '>>=';
AND_NOT_ASSIGN : '&^=';
INC         : '++';
DEC         : '--';
LOR         : '||';
LAND        : '&&';
EQL         : '==';
NEQ         : '!=';
LEQ         : '<=';
GEQ         : '>=';
LSS         : '<';
GTR         : '>';
ARROW       : '<-';
ADD         : '+';
SUB         : '-';
MUL         : '*';
QUO         : '/';
REM         : '%';
AND         : '&';
OR          : '|';
XOR         : '^';
SHL         : '<<';
SHR         : '>>';
AND_NOT     : '&^';
NOT         : '!';
TILDE       : '~';

// Layout. Newlines and comments reach GoLexerBase, which turns them into semicolons or drops them.
WS            : [ \t\r]+ -> skip;
NEWLINE       : '\n';
LINE_COMMENT  : '//' ~[\n]*;
BLOCK_COMMENT : '/*' .*? ('*/' | EOF);

// Anything else is reported as gc's "invalid character".
INVALID : .;

fragment LETTER  : [a-zA-Z_\u0080-\u00FF];
fragment DEC_EXP : [eEpP] [+-]? [0-9_]*;
fragment HEX_EXP : [pP] [+-]? [0-9_]*;
