package gojc.syntax;

import gojc.syntax.GoParser.*;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a GoParser parse tree into the immutable AST records. Also makes the checks gc's
 * parser makes while building its tree (parameter grouping, slice indices, header shapes),
 * reporting them through {@link SyntaxErrors}. Tolerates trees with error-recovery holes
 * (missing children become Bad nodes).
 *
 * Positions: most nodes start at their leftmost token; Binary, Assign, IncDec and Send are at
 * their operator, as in gc's syntax package.
 */
final class AstBuilder {
    private final Source src;
    private final SyntaxErrors errs;
    private final CommentIndex comments;

    private final List<org.antlr.v4.runtime.Token> tokens;

    AstBuilder(Source src, SyntaxErrors errs, CommentIndex comments, List<org.antlr.v4.runtime.Token> tokens) {
        this.src = src;
        this.errs = errs;
        this.comments = comments;
        this.tokens = tokens;
    }

    // ---- Positions and tokens ----

    Pos pos(org.antlr.v4.runtime.Token t) {
        return errs.pos(t);
    }

    Pos pos(TerminalNode n) {
        return pos(n.getSymbol());
    }

    Pos pos(ParserRuleContext c) {
        return pos(c.getStart());
    }

    private Expr.Ident ident(TerminalNode n) {
        if (n == null || n.getSymbol().getTokenIndex() < 0) {
            return new Expr.Ident(Pos.NONE, "_");
        }
        return new Expr.Ident(pos(n), Utf8.decode(n.getText()));
    }

    private List<Expr.Ident> identList(IdentListContext c) {
        List<Expr.Ident> names = new ArrayList<>();
        if (c == null) return names;
        for (TerminalNode n : c.IDENT()) names.add(ident(n));
        return names;
    }

    private static int tokenType(ParseTree t) {
        return t instanceof TerminalNode n ? n.getSymbol().getType() : -2;
    }

    // ---- File and declarations ----

    File file(SourceFileContext c) {
        Pos pos = pos(c);
        Expr.Ident pkg = c.packageClause() == null ? new Expr.Ident(pos, "_") : ident(c.packageClause().IDENT());
        List<Decl.ImportSpec> imports = new ArrayList<>();
        List<Decl> decls = new ArrayList<>();
        int prevEnd = c.packageClause() == null ? 0 : c.packageClause().getStop().getLine();
        for (ImportDeclContext d : c.importDecl()) {
            Decl.Gen g = importDecl(d);
            for (Decl.Spec s : g.specs()) imports.add((Decl.ImportSpec) s);
            decls.add(g);
            prevEnd = d.getStop().getLine();
        }
        for (TopLevelDeclContext d : c.topLevelDecl()) {
            if (d.functionDecl() != null) {
                decls.add(funcDecl(d.functionDecl(), prevEnd));
            } else if (d.declaration() != null) {
                decls.add(declaration(d.declaration()));
            }
            prevEnd = d.getStop().getLine();
        }
        Comments doc = c.packageClause() == null ? Comments.NONE : comments.docAbove(c.packageClause().getStart().getLine());
        return new File(src, pos, pkg, imports, decls, comments.directives(), doc);
    }

    private Decl.Gen importDecl(ImportDeclContext c) {
        List<Decl.Spec> specs = new ArrayList<>();
        for (ImportSpecContext s : c.importSpec()) {
            Expr.Ident name = null;
            if (s.DOT() != null) name = new Expr.Ident(pos(s.DOT()), ".");
            else if (s.IDENT() != null) name = ident(s.IDENT());
            Expr.BasicLit path = s.string_() == null ? null : (Expr.BasicLit) literal(s.string_().getStart());
            specs.add(new Decl.ImportSpec(pos(s), name, path));
        }
        return new Decl.Gen(pos(c), Token.IMPORT, specs, c.LPAREN() != null, comments.docAbove(c.getStart().getLine()));
    }

    Decl.Gen declaration(DeclarationContext c) {
        List<Decl.Spec> specs = new ArrayList<>();
        Token tok;
        boolean grouped;
        if (c.constDecl() != null) {
            tok = Token.CONST;
            grouped = c.constDecl().LPAREN() != null;
            int iota = 0;
            for (ConstSpecContext s : c.constDecl().constSpec()) {
                specs.add(new Decl.ValueSpec(pos(s), identList(s.identList()), typeOrNull(s.type_()),
                        exprList(s.exprList()), iota++));
            }
        } else if (c.varDecl() != null) {
            tok = Token.VAR;
            grouped = c.varDecl().LPAREN() != null;
            int i = 0;
            for (VarSpecContext s : c.varDecl().varSpec()) {
                specs.add(new Decl.ValueSpec(pos(s), identList(s.identList()), typeOrNull(s.type_()),
                        exprList(s.exprList()), i++));
            }
        } else {
            tok = Token.TYPE;
            TypeDeclContext td = c.typeDecl();
            grouped = td != null && td.LPAREN() != null;
            if (td != null) {
                for (TypeSpecContext s : td.typeSpec()) {
                    List<Expr.Field> tparams = s.typeParams() == null ? List.of() : typeParams(s.typeParams());
                    specs.add(new Decl.TypeSpec(pos(s), ident(s.IDENT()), tparams, s.ASSIGN() != null,
                            type(s.type_())));
                }
            }
        }
        return new Decl.Gen(pos(c), tok, specs, grouped, comments.docAbove(c.getStart().getLine()));
    }

    private Decl.Func funcDecl(FunctionDeclContext c, int prevEnd) {
        Expr.Field recv = null;
        if (c.receiver != null) {
            List<Expr.Field> r = parameters(c.receiver);
            int n = 0;
            for (Expr.Field f : r) n += Math.max(1, f.names().size());
            if (n == 0) {
                errs.error(c.IDENT() != null ? pos(c.IDENT()) : pos(c.receiver), "method has no receiver");
            } else if (n > 1) {
                errs.error(c.IDENT() != null ? pos(c.IDENT()) : pos(c.receiver), "method has multiple receivers");
            }
            recv = r.isEmpty() ? new Expr.Field(pos(c.receiver), List.of(), new Expr.Bad(pos(c.receiver)), null) : r.get(0);
        }
        List<Expr.Field> tparams = c.typeParams() == null ? List.of() : typeParams(c.typeParams());
        if (recv != null && c.typeParams() != null) {
            errs.plain(pos(c.typeParams()), "method must have no type parameters");
        }
        Expr.FuncType ft = signature(pos(c), c.signature());
        Stmt.Block body = c.block() == null ? null : block(c.block());
        int line = c.getStart().getLine();
        return new Decl.Func(pos(c), recv, ident(c.IDENT()), tparams, ft, body, comments.docAbove(line),
                comments.directivesBetween(prevEnd, line));
    }

    private List<Expr.Field> typeParams(TypeParamsContext c) {
        List<Expr.Field> out = new ArrayList<>();
        for (TypeParamDeclContext d : c.typeParamDecl()) {
            out.add(new Expr.Field(pos(d), identList(d.identList()), typeElem(d.typeElem()), null));
        }
        return out;
    }

    /** A union of terms: {@code ~int | string}. */
    private Expr typeElem(TypeElemContext c) {
        if (c == null) return new Expr.Bad(Pos.NONE);
        Expr x = null;
        List<TypeTermContext> terms = c.typeTerm();
        for (int i = 0; i < terms.size(); i++) {
            TypeTermContext t = terms.get(i);
            Expr term = type(t.type_());
            if (t.TILDE() != null) term = new Expr.Unary(pos(t.TILDE()), Token.TILDE, term);
            x = x == null ? term : new Expr.Binary(pos(c.OR(i - 1)), Token.OR, x, term);
        }
        return x == null ? new Expr.Bad(pos(c)) : x;
    }

    // ---- Types ----

    private Expr typeOrNull(Type_Context c) {
        return c == null ? null : type(c);
    }

    Expr type(Type_Context c) {
        if (c == null) return new Expr.Bad(Pos.NONE);
        if (c.typeName() != null) {
            Expr x = typeName(c.typeName());
            return c.typeArgs() == null ? x : typeArgs(x, c.typeArgs());
        }
        if (c.typeLit() != null) return typeLit(c.typeLit());
        if (c.type_() != null) return new Expr.Paren(pos(c), type(c.type_()));
        return new Expr.Bad(pos(c));
    }

    private Expr typeName(TypeNameContext c) {
        Expr.Ident first = ident(c.IDENT(0));
        if (c.DOT() == null) return first;
        return new Expr.Selector(first.pos(), first, ident(c.IDENT(1)));
    }

    private Expr typeArgs(Expr x, TypeArgsContext c) {
        List<Expr> args = new ArrayList<>();
        for (Type_Context t : c.type_()) args.add(type(t));
        return new Expr.Index(x.pos(), x, args);
    }

    private Expr typeLit(TypeLitContext c) {
        ParseTree t = c.getChild(0);
        if (t instanceof ArrayTypeContext a) return arrayType(a);
        if (t instanceof StructTypeContext s) return structType(s);
        if (t instanceof PointerTypeContext p) return new Expr.PointerType(pos(p), type(p.type_()));
        if (t instanceof FuncTypeContext f) return signature(pos(f), f.signature());
        if (t instanceof InterfaceTypeContext i) return interfaceType(i);
        if (t instanceof MapTypeContext m) return mapType(m);
        if (t instanceof ChanTypeContext ch) return chanType(ch);
        return new Expr.Bad(pos(c));
    }

    private Expr arrayType(ArrayTypeContext c) {
        Expr len = null;
        if (c.ELLIPSIS() != null) len = new Expr.Dots(pos(c.ELLIPSIS()), null);
        else if (c.expr() != null) len = expr(c.expr());
        return new Expr.ArrayType(pos(c), len, type(c.type_()));
    }

    private Expr mapType(MapTypeContext c) {
        return new Expr.MapType(pos(c), type(c.type_(0)), type(c.type_(1)));
    }

    private Expr chanType(ChanTypeContext c) {
        Expr.ChanDir dir = Expr.ChanDir.BOTH;
        if (c.ARROW() != null) {
            dir = tokenType(c.getChild(0)) == GoLexer.ARROW ? Expr.ChanDir.RECV : Expr.ChanDir.SEND;
        }
        return new Expr.ChanType(pos(c), dir, type(c.type_()));
    }

    private Expr structType(StructTypeContext c) {
        List<Expr.Field> fields = new ArrayList<>();
        for (FieldDeclContext f : c.fieldDecl()) {
            Expr.BasicLit tag = f.tag == null ? null : (Expr.BasicLit) literal(f.tag.getStart());
            if (f.identList() != null) {
                fields.add(new Expr.Field(pos(f), identList(f.identList()), type(f.type_()), tag));
            } else if (f.embeddedField() != null) {
                EmbeddedFieldContext e = f.embeddedField();
                if (e.LPAREN() != null) errs.plain(pos(e), "cannot parenthesize embedded type");
                Expr t = typeName(e.typeName());
                if (e.typeArgs() != null) t = typeArgs(t, e.typeArgs());
                if (!e.MUL().isEmpty()) t = new Expr.PointerType(pos(e.MUL(0)), t);
                fields.add(new Expr.Field(pos(f), List.of(), t, tag));
            }
        }
        return new Expr.StructType(pos(c), fields);
    }

    private Expr interfaceType(InterfaceTypeContext c) {
        List<Expr.Field> elems = new ArrayList<>();
        for (InterfaceElemContext e : c.interfaceElem()) {
            if (e.signature() != null) {
                Expr.Ident name = ident(e.IDENT());
                elems.add(new Expr.Field(pos(e), List.of(name), signature(name.pos(), e.signature()), null));
            } else {
                elems.add(new Expr.Field(pos(e), List.of(), typeElem(e.typeElem()), null));
            }
        }
        return new Expr.InterfaceType(pos(c), elems);
    }

    private Expr.FuncType signature(Pos pos, SignatureContext c) {
        if (c == null) return new Expr.FuncType(pos, List.of(), List.of(), List.of());
        List<Expr.Field> params = parameters(c.parameters());
        List<Expr.Field> results = List.of();
        ResultContext r = c.result();
        if (r != null) {
            if (r.RESULT_LPAREN() != null) {
                checkCommas(r, ", expecting )");
                results = parameterList(r.parameterDecl(), r.RPAREN() != null ? r.RPAREN().getSymbol() : r.getStop());
            } else {
                Expr t = type(r.type_());
                results = List.of(new Expr.Field(t.pos(), List.of(), t, null));
            }
        }
        return new Expr.FuncType(pos, List.of(), params, results);
    }

    /**
     * gc's paramList grouping: the grammar reads {@code a, b int} as a decl of type {@code a}
     * and a decl {@code b int}; if any decl is named, the bare names before a named decl share
     * its type, and anything else is "mixed named and unnamed parameters".
     */
    private List<Expr.Field> parameters(ParametersContext c) {
        if (c == null) return new ArrayList<>();
        checkCommas(c, ", expecting )");
        return parameterList(c.parameterDecl(), c.RPAREN() != null ? c.RPAREN().getSymbol() : c.getStop());
    }

    private List<Expr.Field> parameterList(List<ParameterDeclContext> decls, org.antlr.v4.runtime.Token rparen) {
        List<Expr.Field> out = new ArrayList<>();
        boolean named = false;
        for (ParameterDeclContext d : decls) {
            if (d.IDENT() != null) named = true;
        }
        if (!named) {
            for (ParameterDeclContext d : decls) {
                Expr t = paramType(d);
                out.add(new Expr.Field(t.pos(), List.of(), t, null));
            }
            return out;
        }
        List<Expr.Ident> pending = new ArrayList<>();
        Pos pendingPos = null;
        boolean mixed = false;
        for (ParameterDeclContext d : decls) {
            if (d.IDENT() == null) {
                Expr t = paramType(d);
                if (t instanceof Expr.Ident id && d.ELLIPSIS() == null) {
                    if (pending.isEmpty()) pendingPos = id.pos();
                    pending.add(id);
                } else {
                    mixed = true;
                    out.add(new Expr.Field(t.pos(), List.of(), t, null));
                }
                continue;
            }
            List<Expr.Ident> names = new ArrayList<>(pending);
            Expr.Ident name = ident(d.IDENT());
            names.add(name);
            out.add(new Expr.Field(pendingPos != null ? pendingPos : name.pos(), names, paramType(d), null));
            pending.clear();
            pendingPos = null;
        }
        if (!pending.isEmpty()) {
            mixed = true;
            for (Expr.Ident id : pending) out.add(new Expr.Field(id.pos(), List.of(), id, null));
        }
        if (mixed) {
            errs.plain(pos(rparen), "mixed named and unnamed parameters");
        }
        return out;
    }

    private Expr paramType(ParameterDeclContext d) {
        Expr t = type(d.type_());
        if (d.ELLIPSIS() != null) return new Expr.Dots(pos(d.ELLIPSIS()), t);
        return t;
    }

    // ---- Expressions ----

    List<Expr> exprList(ParserRuleContext c) {
        List<Expr> out = new ArrayList<>();
        if (c == null) return out;
        for (ParseTree t : c.children) {
            if (t instanceof ExprContext || t instanceof ExprNCContext) out.add(expr((ParserRuleContext) t));
        }
        return out;
    }

    /**
     * expr / exprNC: a flat sequence of unary operators, primary expressions and binary
     * operators, folded by precedence (binary operators are all left-associative). An operator
     * token seen while an operand is expected is unary.
     */
    Expr expr(ParserRuleContext c) {
        if (c == null || c.children == null) return new Expr.Bad(c == null ? Pos.NONE : pos(c));
        if (c.children.size() == 1) return primary((ParserRuleContext) c.getChild(0));
        List<Expr> operands = new ArrayList<>();
        List<org.antlr.v4.runtime.Token> ops = new ArrayList<>();
        List<org.antlr.v4.runtime.Token> unary = new ArrayList<>();
        boolean wantOperand = true;
        for (ParseTree t : c.children) {
            if (t instanceof TerminalNode n) {
                org.antlr.v4.runtime.Token op = n.getSymbol();
                if (wantOperand) {
                    unary.add(op);
                    continue;
                }
                // Reduce while the stacked operator binds at least as tightly.
                int prec = binaryToken(op).precedence();
                while (!ops.isEmpty() && binaryToken(ops.get(ops.size() - 1)).precedence() >= prec) {
                    reduce(operands, ops);
                }
                ops.add(op);
                wantOperand = true;
            } else if (t instanceof ParserRuleContext u) {
                Expr x = primary(u);
                for (int i = unary.size() - 1; i >= 0; i--) x = unaryOp(unary.get(i), x);
                unary.clear();
                operands.add(x);
                wantOperand = false;
            }
        }
        while (!ops.isEmpty() && operands.size() >= 2) reduce(operands, ops);
        return operands.isEmpty() ? new Expr.Bad(pos(c)) : operands.get(0);
    }

    private void reduce(List<Expr> operands, List<org.antlr.v4.runtime.Token> ops) {
        org.antlr.v4.runtime.Token op = ops.remove(ops.size() - 1);
        if (operands.size() < 2) return;
        Expr y = operands.remove(operands.size() - 1);
        Expr x = operands.remove(operands.size() - 1);
        operands.add(new Expr.Binary(pos(op), binaryToken(op), x, y));
    }

    static Token binaryToken(org.antlr.v4.runtime.Token t) {
        return switch (t.getType()) {
            case GoLexer.LOR -> Token.LOR;
            case GoLexer.LAND -> Token.LAND;
            case GoLexer.EQL -> Token.EQL;
            case GoLexer.NEQ -> Token.NEQ;
            case GoLexer.LSS -> Token.LSS;
            case GoLexer.LEQ -> Token.LEQ;
            case GoLexer.GTR -> Token.GTR;
            case GoLexer.GEQ -> Token.GEQ;
            case GoLexer.ADD -> Token.ADD;
            case GoLexer.SUB -> Token.SUB;
            case GoLexer.OR -> Token.OR;
            case GoLexer.XOR -> Token.XOR;
            case GoLexer.MUL -> Token.MUL;
            case GoLexer.QUO -> Token.QUO;
            case GoLexer.REM -> Token.REM;
            case GoLexer.SHL -> Token.SHL;
            case GoLexer.SHR -> Token.SHR;
            case GoLexer.AND -> Token.AND;
            case GoLexer.AND_NOT -> Token.AND_NOT;
            default -> Token.ADD; // unreachable for a well-formed tree
        };
    }

    /**
     * {@code <-} before channel type ch: {@code <-chan T} for {@code chan T}, and for
     * {@code chan<- T} the arrow moves on into T, as gc parses {@code <-chan<- chan int} as
     * {@code <-chan (<-chan int)}.
     */
    private Expr recvChan(org.antlr.v4.runtime.Token op, Pos p, Expr.ChanType ch) {
        switch (ch.dir()) {
            case BOTH:
                return new Expr.ChanType(p, Expr.ChanDir.RECV, ch.elem());
            case SEND:
                Expr elem = ch.elem() instanceof Expr.ChanType e ? recvChan(op, e.pos(), e) : ch.elem();
                return new Expr.ChanType(p, Expr.ChanDir.RECV, elem);
            default:
                errs.unexpected(op, "<-", ", expecting chan");
                return ch;
        }
    }

    private Expr unaryOp(org.antlr.v4.runtime.Token op, Expr x) {
        Pos p = pos(op);
        switch (op.getType()) {
            case GoLexer.MUL:
                return new Expr.Star(p, x);
            case GoLexer.ARROW:
                // <-chan T is a receive-only channel type, not a receive (gc re-associates).
                if (x instanceof Expr.ChanType ch) return recvChan(op, p, ch);
                return new Expr.Unary(p, Token.ARROW, x);
            case GoLexer.ADD: return new Expr.Unary(p, Token.ADD, x);
            case GoLexer.SUB: return new Expr.Unary(p, Token.SUB, x);
            case GoLexer.NOT: return new Expr.Unary(p, Token.NOT, x);
            case GoLexer.XOR: return new Expr.Unary(p, Token.XOR, x);
            case GoLexer.AND: return new Expr.Unary(p, Token.AND, x);
            default: return new Expr.Unary(p, Token.TILDE, x);
        }
    }

    /** primaryExpr / primaryExprNC: an operand (or func literal) followed by suffixes. */
    private Expr primary(ParserRuleContext c) {
        if (c.children == null) return new Expr.Bad(pos(c));
        Expr x = null;
        int i = 0;
        ParseTree first = c.getChild(0);
        if (tokenType(first) == GoLexer.FUNC) {
            SignatureContext sig = c.getRuleContext(SignatureContext.class, 0);
            Expr.FuncType ft = signature(pos(((TerminalNode) first).getSymbol()), sig);
            BlockContext b = c.getRuleContext(BlockContext.class, 0);
            x = b == null ? ft : new Expr.FuncLit(ft.pos(), ft, block(b));
            i = b == null ? 2 : 3; // a conversion's arguments, if any, are handled below
        } else if (first instanceof TerminalNode n) {
            // An operand: literal, name or parenthesized expression.
            int tt = n.getSymbol().getType();
            if (tt == GoLexer.IDENT) {
                x = ident(n);
                i = 1;
            } else if (tt == GoLexer.LPAREN) {
                x = new Expr.Paren(pos(n), expr(c.getRuleContext(ExprContext.class, 0)));
                i = 3;
            } else {
                x = literal(n.getSymbol());
                i = 1;
            }
        } else if (first instanceof TypeOperandContext t) {
            x = typeOperand(t);
            i = 1;
        } else if (first instanceof StructTypeContext st) {
            x = structType(st);
            i = 1;
        } else if (first instanceof InterfaceTypeContext it) {
            x = interfaceType(it);
            i = 1;
        } else {
            return new Expr.Bad(pos(c));
        }
        for (; i < c.getChildCount(); i++) {
            ParseTree t = c.getChild(i);
            if (t instanceof SuffixContext s) {
                x = suffix(x, s);
            } else if (t instanceof LiteralValueContext lv) {
                x = compositeLit(x, lv);
            } else if (t instanceof ArgumentsContext a) {
                x = call(x, a);
            } else if (tokenType(t) == GoLexer.DOT && i + 1 < c.getChildCount()) {
                x = new Expr.Selector(x.pos(), x, ident((TerminalNode) c.getChild(++i)));
            }
        }
        return x;
    }

    private Expr typeOperand(TypeOperandContext c) {
        if (c.arrayType() != null) return arrayType(c.arrayType());
        if (c.mapType() != null) return mapType(c.mapType());
        if (c.CHAN() != null) {
            return new Expr.ChanType(pos(c), c.ARROW() != null ? Expr.ChanDir.SEND : Expr.ChanDir.BOTH, type(c.type_()));
        }
        return new Expr.Bad(pos(c));
    }

    Expr literal(org.antlr.v4.runtime.Token t) {
        String text = t.getText();
        Expr.LitKind kind = switch (t.getType()) {
            case GoLexer.RUNE -> Expr.LitKind.CHAR;
            case GoLexer.STRING, GoLexer.RAW_STRING -> Expr.LitKind.STRING;
            default -> numberKind(text);
        };
        return new Expr.BasicLit(pos(t), kind, Utf8.decode(text));
    }

    static Expr.LitKind numberKind(String s) {
        if (s.endsWith("i")) return Expr.LitKind.IMAG;
        boolean hex = s.length() > 1 && s.charAt(0) == '0' && (s.charAt(1) == 'x' || s.charAt(1) == 'X');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '.' || ch == 'p' || ch == 'P' || (!hex && (ch == 'e' || ch == 'E'))) return Expr.LitKind.FLOAT;
        }
        return Expr.LitKind.INT;
    }

    private Expr suffix(Expr x, SuffixContext c) {
        if (c.index() != null) return index(x, c.index());
        if (c.arguments() != null) return call(x, c.arguments());
        if (c.TYPE() != null) return new Expr.TypeAssert(x.pos(), x, null);
        if (c.type_() != null) return new Expr.TypeAssert(x.pos(), x, type(c.type_()));
        if (c.IDENT() != null) return new Expr.Selector(x.pos(), x, ident(c.IDENT()));
        return new Expr.Bad(pos(c));
    }

    private Expr index(Expr x, IndexContext c) {
        // Walk the children: [ expr? ( : expr? ( : expr? )? | , expr ... ) ]
        List<Expr> parts = new ArrayList<>();
        int colons = 0;
        Expr cur = null;
        List<Expr> slots = new ArrayList<>();
        boolean sawComma = false;
        for (ParseTree t : c.children) {
            int tt = tokenType(t);
            if (t instanceof ExprContext e) {
                cur = expr(e);
            } else if (tt == GoLexer.COLON) {
                slots.add(cur);
                cur = null;
                colons++;
            } else if (tt == GoLexer.COMMA) {
                sawComma = true;
                if (cur != null) parts.add(cur);
                cur = null;
            } else if (tt == GoLexer.RBRACK) {
                if (colons > 0) slots.add(cur);
                else if (cur != null) parts.add(cur);
            }
        }
        if (colons == 0) {
            if (parts.isEmpty()) {
                errs.unexpectedAt(c.RBRACK() != null ? c.RBRACK().getSymbol() : c.getStop(), ", expecting operand");
                parts.add(new Expr.Bad(pos(c)));
            }
            return new Expr.Index(x.pos(), x, parts);
        }
        while (slots.size() < 3) slots.add(null);
        boolean slice3 = colons == 2;
        if (slice3) {
            if (slots.get(1) == null) errs.error(pos(nextSibling(c, c.COLON(1))), "middle index required in 3-index slice");
            if (slots.get(2) == null) errs.error(pos(c.RBRACK() != null ? c.RBRACK().getSymbol() : c.getStop()), "final index required in 3-index slice");
        }
        return new Expr.Slice(x.pos(), x, slots.get(0), slots.get(1), slots.get(2), slice3);
    }

    private Expr call(Expr fun, ArgumentsContext c) {
        List<Expr> args = new ArrayList<>();
        boolean dots = false;
        boolean expectArg = true;
        for (ParseTree t : c.children) {
            int tt = tokenType(t);
            if (t instanceof ExprContext e) {
                args.add(expr(e));
                expectArg = false;
            } else if (tt == GoLexer.ELLIPSIS) {
                dots = true;
            } else if (tt == GoLexer.COMMA) {
                if (expectArg) errs.unexpectedAt(((TerminalNode) t).getSymbol(), ", expecting expression");
                else if (dots) errs.unexpectedAt(nextSibling(c, t), ", expecting )");
                expectArg = true;
            }
        }
        Pos rparen = c.RPAREN() != null ? pos(c.RPAREN()) : pos(c.getStop());
        return new Expr.Call(fun.pos(), fun, args, dots, rparen);
    }

    /** The token after child t of c (the closing token if t is last). */
    private static org.antlr.v4.runtime.Token nextSibling(ParserRuleContext c, ParseTree t) {
        int i = c.children.indexOf(t);
        ParseTree n = i + 1 < c.getChildCount() ? c.getChild(i + 1) : null;
        if (n instanceof TerminalNode tn) return tn.getSymbol();
        if (n instanceof ParserRuleContext r) return r.getStart();
        return c.getStop();
    }

    /** Reports {@code a,,b} in lists the grammar writes as {@code x (COMMA x?)*}. */
    private void checkCommas(ParserRuleContext c, String expecting) {
        boolean prevComma = false;
        for (ParseTree t : c.children) {
            int tt = tokenType(t);
            if (tt == GoLexer.COMMA) {
                if (prevComma) errs.unexpectedAt(((TerminalNode) t).getSymbol(), expecting);
                prevComma = true;
            } else {
                prevComma = false;
            }
        }
    }

    private Expr compositeLit(Expr type, LiteralValueContext c) {
        checkCommas(c, ", expecting expression");
        if (type instanceof Expr.Paren) errs.plain(pos(c), "cannot parenthesize type in composite literal");
        List<Expr> elts = new ArrayList<>();
        for (ElementContext e : c.element()) {
            List<ElementValueContext> vs = e.elementValue();
            if (vs.isEmpty()) continue;
            Expr k = elementValue(vs.get(0));
            if (vs.size() > 1) {
                elts.add(new Expr.KeyValue(k.pos(), k, elementValue(vs.get(1))));
            } else {
                elts.add(k);
            }
        }
        Pos rbrace = c.RBRACE() != null ? pos(c.RBRACE()) : pos(c.getStop());
        return new Expr.CompositeLit(type == null ? pos(c) : type.pos(), type, elts, rbrace);
    }

    private Expr elementValue(ElementValueContext c) {
        if (c.literalValue() != null) return compositeLit(null, c.literalValue());
        return expr(c.expr());
    }

    // ---- Statements ----

    Stmt.Block block(BlockContext c) {
        Pos rbrace = c.RBRACE() != null ? pos(c.RBRACE()) : pos(c.getStop());
        return new Stmt.Block(pos(c), stmtList(c.stmtList()), rbrace);
    }

    private List<Stmt> stmtList(StmtListContext c) {
        List<Stmt> out = new ArrayList<>();
        if (c == null) return out;
        for (StmtContext s : c.stmt()) out.add(stmt(s));
        return out;
    }

    private Stmt stmt(StmtContext c) {
        if (c == null || c.children == null) return new Stmt.Bad(c == null ? Pos.NONE : pos(c));
        ParseTree t = c.getChild(0);
        if (t instanceof DeclarationContext d) return new Stmt.DeclStmt(pos(d), declaration(d));
        if (t instanceof SimpleStmtContext s) return simpleStmt(s);
        if (t instanceof GoStmtContext g) return goDefer(pos(g), "go", g.expr(), true);
        if (t instanceof DeferStmtContext d) return goDefer(pos(d), "defer", d.expr(), false);
        if (t instanceof ReturnStmtContext r) return new Stmt.Return(pos(r), exprList(r.exprList()));
        if (t instanceof BreakStmtContext b) return new Stmt.Branch(pos(b), Token.BREAK, b.IDENT() == null ? null : ident(b.IDENT()));
        if (t instanceof ContinueStmtContext b) return new Stmt.Branch(pos(b), Token.CONTINUE, b.IDENT() == null ? null : ident(b.IDENT()));
        if (t instanceof GotoStmtContext b) return new Stmt.Branch(pos(b), Token.GOTO, ident(b.IDENT()));
        if (t instanceof FallthroughStmtContext b) return new Stmt.Branch(pos(b), Token.FALLTHROUGH, null);
        if (t instanceof BlockContext b) return block(b);
        if (t instanceof IfStmtContext i) return ifStmt(i);
        if (t instanceof SwitchStmtContext s) return switchStmt(s);
        if (t instanceof SelectStmtContext s) return selectStmt(s);
        if (t instanceof ForStmtContext f) return forStmt(f);
        return new Stmt.Bad(pos(c));
    }

    /** Whether c contains the parser's first error (so its subtree may have recovery holes). */
    private boolean broken(ParserRuleContext c) {
        return c == null || c.getStop() == null || errs.broken(c.getStart().getTokenIndex(), c.getStop().getTokenIndex());
    }

    private Stmt goDefer(Pos pos, String what, ExprContext e, boolean isGo) {
        Expr x = expr(e);
        if (x instanceof Expr.Call call) {
            return isGo ? new Stmt.Go(pos, call) : new Stmt.Defer(pos, call);
        }
        if (broken(e)) return new Stmt.Bad(pos);
        if (x instanceof Expr.Paren && Expr.unparen(x) instanceof Expr.Call) {
            errs.error(x.pos(), "expression in " + what + " must not be parenthesized");
        } else if (!(x instanceof Expr.Bad)) {
            errs.error(x.pos(), "expression in " + what + " must be function call");
        }
        return new Stmt.Bad(pos);
    }

    /** simpleStmt / simpleStmtNC (the latter may hold a range clause, returned as a Range with null body). */
    Stmt simpleStmt(ParserRuleContext c) {
        if (c == null || c.children == null) return new Stmt.Bad(c == null ? Pos.NONE : pos(c));
        ParseTree first = c.getChild(0);
        if (tokenType(first) == GoLexer.RANGE) {
            return new Stmt.Range(pos(c), null, null, null, expr((ParserRuleContext) c.getChild(1)), null);
        }
        List<Expr> lhs = exprList((ParserRuleContext) first);
        if (c.getChildCount() == 1) {
            if (lhs.size() > 1) {
                org.antlr.v4.runtime.Token next = nextToken(c);
                errs.unexpectedAt(next, ", expecting := or = or comma");
            }
            return new Stmt.ExprStmt(lhs.isEmpty() ? pos(c) : lhs.get(0).pos(), lhs.isEmpty() ? new Expr.Bad(pos(c)) : lhs.get(0));
        }
        ParseTree second = c.getChild(1);
        int tt = tokenType(second);
        if (tt == GoLexer.COLON) {
            // A labeled statement; gc accepts only a single name before the colon.
            Expr.Ident label;
            if (lhs.size() == 1 && lhs.get(0) instanceof Expr.Ident id) {
                label = id;
            } else {
                errs.unexpectedAt(((TerminalNode) second).getSymbol(), ", expecting := or = or comma");
                label = new Expr.Ident(lhs.isEmpty() ? pos(c) : lhs.get(0).pos(), "_");
            }
            StmtContext inner = c.getRuleContext(StmtContext.class, 0);
            Stmt s;
            if (inner != null) {
                s = stmt(inner);
            } else {
                org.antlr.v4.runtime.Token colon = ((TerminalNode) second).getSymbol();
                org.antlr.v4.runtime.Token after = followingToken(colon);
                // Only '}' (or ';') may end a labeled statement early.
                if (after != null && after.getType() != GoLexer.RBRACE && after.getType() != GoLexer.SEMI) {
                    errs.plain(pos(colon), "missing statement after label");
                }
                s = new Stmt.Empty(pos(colon));
            }
            return new Stmt.Labeled(label.pos(), label, s);
        }
        if (tt == GoLexer.INC || tt == GoLexer.DEC) {
            return new Stmt.IncDec(pos((TerminalNode) second), lhs.get(0), tt == GoLexer.INC ? Token.INC : Token.DEC);
        }
        if (tt == GoLexer.ARROW) {
            Expr v = c.getChildCount() > 2 ? expr((ParserRuleContext) c.getChild(2)) : new Expr.Bad(pos(c));
            return new Stmt.Send(pos((TerminalNode) second), lhs.get(0), v);
        }
        org.antlr.v4.runtime.Token op = second instanceof AssignOpContext a ? a.getStart() : ((TerminalNode) second).getSymbol();
        Token tok = assignToken(op.getType());
        ParseTree rest = c.getChildCount() > 2 ? c.getChild(2) : null;
        if (tokenType(rest) == GoLexer.RANGE) {
            Expr x = expr((ParserRuleContext) c.getChild(3));
            if (tok != Token.ASSIGN && tok != Token.DEFINE) {
                errs.unexpectedAt(((TerminalNode) rest).getSymbol(), "");
            }
            if (lhs.size() > 2) {
                errs.plain(lhs.get(2).pos(), "range clause permits at most two iteration variables");
            }
            return new Stmt.Range(pos(c), lhs.isEmpty() ? null : lhs.get(0), lhs.size() > 1 ? lhs.get(1) : null, tok, x, null);
        }
        List<Expr> rhs;
        if (rest instanceof ExprContext || rest instanceof ExprNCContext) rhs = List.of(expr((ParserRuleContext) rest));
        else rhs = rest instanceof ParserRuleContext r ? exprList(r) : List.of();
        return new Stmt.Assign(pos(op), lhs, tok, rhs);
    }

    private org.antlr.v4.runtime.Token followingToken(org.antlr.v4.runtime.Token t) {
        return tokens == null || t.getTokenIndex() + 1 >= tokens.size() ? null : tokens.get(t.getTokenIndex() + 1);
    }

    private static org.antlr.v4.runtime.Token nextToken(ParserRuleContext c) {
        return c.getStop();
    }

    private static Token assignToken(int type) {
        return switch (type) {
            case GoLexer.ASSIGN -> Token.ASSIGN;
            case GoLexer.DEFINE -> Token.DEFINE;
            case GoLexer.ADD_ASSIGN -> Token.ADD_ASSIGN;
            case GoLexer.SUB_ASSIGN -> Token.SUB_ASSIGN;
            case GoLexer.MUL_ASSIGN -> Token.MUL_ASSIGN;
            case GoLexer.QUO_ASSIGN -> Token.QUO_ASSIGN;
            case GoLexer.REM_ASSIGN -> Token.REM_ASSIGN;
            case GoLexer.AND_ASSIGN -> Token.AND_ASSIGN;
            case GoLexer.OR_ASSIGN -> Token.OR_ASSIGN;
            case GoLexer.XOR_ASSIGN -> Token.XOR_ASSIGN;
            case GoLexer.SHL_ASSIGN -> Token.SHL_ASSIGN;
            case GoLexer.SHR_ASSIGN -> Token.SHR_ASSIGN;
            default -> Token.AND_NOT_ASSIGN;
        };
    }

    /** The header's slots: the simple statements between semicolons (null where empty). */
    /** gc accepts `if var x = 0; ...` and the like, but complains. */
    private void varInHeader(HeaderContext h, String keyword) {
        if (h == null || h.VAR() == null) return;
        org.antlr.v4.runtime.Token next = tokens.get(h.VAR().getSymbol().getTokenIndex() + 1);
        errs.plain(pos(next), "var declaration not allowed in " + keyword + " initializer");
    }

    private List<ParserRuleContext> headerSlots(HeaderContext h) {
        List<ParserRuleContext> slots = new ArrayList<>();
        slots.add(null);
        if (h == null || h.children == null) return slots;
        for (ParseTree t : h.children) {
            if (tokenType(t) == GoLexer.SEMI) slots.add(null);
            else if (t instanceof SimpleStmtNCContext s) slots.set(slots.size() - 1, s);
        }
        return slots;
    }

    private Expr condition(ParserRuleContext s, String keyword) {
        if (s == null) return null;
        Stmt st = simpleStmt(s);
        if (st instanceof Stmt.ExprStmt e) return e.x();
        if (st instanceof Stmt.Bad || broken(s)) return new Expr.Bad(st.pos());
        String text = sourceText(s);
        if (st instanceof Stmt.Assign a && a.tok() == Token.ASSIGN) {
            int eq = text.indexOf('=');
            text = "assignment (" + text.substring(0, eq).trim() + ") = (" + text.substring(eq + 1).trim() + ")";
        }
        errs.plain(st.pos(), "cannot use " + text + " as value");
        return new Expr.Bad(st.pos());
    }

    private String sourceText(ParserRuleContext c) {
        var in = c.getStart().getInputStream();
        int a = c.getStart().getStartIndex(), b = c.getStop().getStopIndex();
        if (in == null || a < 0 || b < a) return c.getText();
        return Utf8.decode(in.getText(org.antlr.v4.runtime.misc.Interval.of(a, b)));
    }

    private Stmt ifStmt(IfStmtContext c) {
        varInHeader(c.header(), "if");
        List<ParserRuleContext> slots = headerSlots(c.header());
        Stmt init = null;
        ParserRuleContext condCtx;
        if (slots.size() == 1) {
            condCtx = slots.get(0);
        } else {
            init = slots.get(0) == null ? null : simpleStmt(slots.get(0));
            condCtx = slots.get(1);
        }
        List<TerminalNode> semis = c.header() == null ? List.of() : c.header().SEMI();
        if (semis.size() > 1) {
            // if init; cond; ... : gc wants the block after the condition
            errs.unexpectedAt(semis.get(1).getSymbol(), ", expecting { after if clause");
        }
        Expr cond = condition(condCtx, "if");
        if (cond == null) {
            if (!semis.isEmpty() && !semis.get(0).getText().equals(";")) {
                errs.unexpectedAt(semis.get(0).getSymbol(), ", expecting { after if clause");
            } else {
                errs.plain(!semis.isEmpty() ? pos(semis.get(0)) : c.block(0) != null ? pos(c.block(0)) : pos(c),
                        "missing condition in if statement");
            }
            cond = new Expr.Bad(pos(c));
        }
        Stmt.Block body = c.block(0) != null ? block(c.block(0)) : new Stmt.Block(pos(c), List.of(), pos(c));
        Stmt els = null;
        if (c.ifStmt() != null) els = ifStmt(c.ifStmt());
        else if (c.ELSE() != null && c.getChildCount() > 4 && c.getChild(4) instanceof BlockContext b) els = block(b);
        return new Stmt.If(pos(c), init, cond, body, els);
    }

    private Stmt forStmt(ForStmtContext c) {
        varInHeader(c.header(), "for");
        List<ParserRuleContext> slots = headerSlots(c.header());
        Stmt.Block body = c.block() != null ? block(c.block()) : new Stmt.Block(pos(c), List.of(), pos(c));
        if (slots.size() == 1) {
            ParserRuleContext s = slots.get(0);
            if (s != null && isRange(s)) {
                Stmt.Range r = (Stmt.Range) simpleStmt(s);
                return new Stmt.Range(pos(c), r.key(), r.value(), r.tok(), r.x(), body);
            }
            return new Stmt.For(pos(c), null, condition(s, "for"), null, body);
        }
        Stmt init = slots.get(0) == null ? null : simpleStmt(slots.get(0));
        Expr cond = slots.size() > 1 ? condition(slots.get(1), "for") : null;
        Stmt post = null;
        if (slots.size() > 2 && slots.get(2) != null) {
            post = simpleStmt(slots.get(2));
            if (post instanceof Stmt.Assign a && a.tok() == Token.DEFINE) {
                errs.plain(post.pos(), "cannot declare in post statement of for loop");
            }
        } else if (slots.size() == 2) {
            errs.unexpectedAt(c.block() != null ? c.block().getStart() : c.getStop(), ", expecting for loop condition");
        }
        return new Stmt.For(pos(c), init, cond, post, body);
    }

    private static boolean isRange(ParserRuleContext s) {
        for (ParseTree t : ((ParserRuleContext) s).children) {
            if (tokenType(t) == GoLexer.RANGE) return true;
        }
        return false;
    }

    private Stmt switchStmt(SwitchStmtContext c) {
        varInHeader(c.header(), "switch");
        List<ParserRuleContext> slots = headerSlots(c.header());
        Stmt init = null;
        ParserRuleContext tagCtx;
        if (slots.size() == 1) {
            tagCtx = slots.get(0);
        } else {
            init = slots.get(0) == null ? null : simpleStmt(slots.get(0));
            tagCtx = slots.get(1);
        }
        if (c.header() != null && c.header().SEMI().size() > 1) {
            errs.plain(pos(c.header().SEMI(1)), "missing { after switch clause");
        }
        List<Stmt.CaseClause> clauses = new ArrayList<>();
        for (CaseClauseContext cc : c.caseClause()) {
            List<Expr> list = cc.exprList() == null ? List.of() : exprList(cc.exprList());
            clauses.add(new Stmt.CaseClause(pos(cc), list, cc.DEFAULT() != null, stmtList(cc.stmtList())));
        }
        Pos rbrace = c.RBRACE() != null ? pos(c.RBRACE()) : pos(c.getStop());
        Stmt tag = tagCtx == null ? null : simpleStmt(tagCtx);
        if (tag instanceof Stmt.ExprStmt e && e.x() instanceof Expr.TypeAssert ta && ta.type() == null) {
            return new Stmt.TypeSwitch(pos(c), init, null, ta.x(), clauses, rbrace);
        }
        if (tag instanceof Stmt.Assign a && a.tok() == Token.DEFINE && a.lhs().size() == 1 && a.rhs().size() == 1
                && a.lhs().get(0) instanceof Expr.Ident id && a.rhs().get(0) instanceof Expr.TypeAssert ta
                && ta.type() == null) {
            return new Stmt.TypeSwitch(pos(c), init, id, ta.x(), clauses, rbrace);
        }
        Expr tagExpr = tagCtx == null ? null : condition(tagCtx, "switch");
        return new Stmt.Switch(pos(c), init, tagExpr, clauses, rbrace);
    }

    private Stmt selectStmt(SelectStmtContext c) {
        List<Stmt.CommClause> clauses = new ArrayList<>();
        for (CommClauseContext cc : c.commClause()) {
            Stmt comm = cc.commStmt() == null ? null : simpleStmt(cc.commStmt());
            clauses.add(new Stmt.CommClause(pos(cc), comm, stmtList(cc.stmtList())));
        }
        Pos rbrace = c.RBRACE() != null ? pos(c.RBRACE()) : pos(c.getStop());
        return new Stmt.Select(pos(c), clauses, rbrace);
    }
}
