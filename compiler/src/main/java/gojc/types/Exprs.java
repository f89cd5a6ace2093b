package gojc.types;

import gojc.constant.ConstValue;
import gojc.syntax.Expr;
import gojc.syntax.Pos;
import gojc.syntax.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Expressions: operands, operators, constants, composite literals, conversions of untyped values. */
final class Exprs {
    private final Checker c;
    /** The value of iota in the constant declaration being checked, or -1. */
    int iota = -1;

    Exprs(Checker c) {
        this.c = c;
    }

    // ---- entry points ----

    /** A single value. */
    void expr(Operand x, Expr e, Scope scope) {
        rawExpr(x, e, scope, null, false);
        singleValue(x);
        exclude(x, true, true);
    }

    /** A single value, with a type hint for composite literal elision. */
    void exprWithHint(Operand x, Expr e, Scope scope, Type hint) {
        rawExpr(x, e, scope, hint, false);
        singleValue(x);
        exclude(x, true, true);
    }

    /** A value or a type. */
    void exprOrType(Operand x, Expr e, Scope scope, boolean allowGeneric) {
        rawExpr(x, e, scope, null, allowGeneric);
        singleValue(x);
        if (x.mode == Mode.NOVALUE) {
            c.errorOp(x, c.str(x) + " used as value or type");
            x.invalidate();
        }
    }

    /** An expression that may have several values (a call's tuple) or a comma-ok form. */
    void multiExpr(Operand x, Expr e, Scope scope) {
        rawExpr(x, e, scope, null, false);
        exclude(x, true, true);
    }

    void singleValue(Operand x) {
        if (x.mode == Mode.VALUE && x.type instanceof Tuple t) {
            c.errorOp(x, "multiple-value " + c.str(x) + " in single-value context");
            x.invalidate();
        }
    }

    private void exclude(Operand x, boolean noValue, boolean typ) {
        if (noValue && x.mode == Mode.NOVALUE) {
            c.errorOp(x, c.str(x) + " used as value");
            x.invalidate();
        } else if (x.mode == Mode.BUILTIN) {
            c.errorOp(x, c.str(x) + " must be called");
            x.invalidate();
        } else if (typ && x.mode == Mode.TYPEXPR) {
            c.errorOp(x, c.str(x) + " is not an expression");
            x.invalidate();
        }
    }

    void record(Operand x) {
        if (x.expr == null) return;
        c.info.types.put(x.expr, new TypeAndValue(x.mode, x.type, x.mode == Mode.CONSTANT ? x.val : null));
    }

    /** Checks e and records the result. */
    void rawExpr(Operand x, Expr e, Scope scope, Type hint, boolean allowGeneric) {
        x.expr = e;
        x.val = null;
        x.builtin = null;
        exprInternal(x, e, scope, hint);
        x.expr = e;
        if (!allowGeneric && x.mode != Mode.INVALID && x.type instanceof Named n && n.isGeneric()
                && x.mode == Mode.TYPEXPR) {
            c.errorOp(x, "cannot use generic type " + c.str(x.type) + " without instantiation");
            x.invalidate();
        }
        if (!allowGeneric && x.mode == Mode.VALUE && x.type instanceof Signature s && !s.typeParams().isEmpty()
                && !(e instanceof Expr.Index)) {
            // Generic function values must be instantiated; calls instantiate them.
            if (!genericCallee) {
                c.errorOp(x, "cannot use generic function " + ExprString.of(e) + " without instantiation");
                x.invalidate();
            }
        }
        if (x.mode == Mode.INVALID) x.type = Universe.INVALID;
        record(x);
    }

    /** Set while checking a call's function expression, which may be generic. */
    boolean genericCallee;
    /** The function expression of the call being checked (a partial instantiation may be one). */
    Expr callee;
    /** Partially instantiated callees: their explicit type arguments, for inference at the call. */
    final java.util.Map<Expr, List<Type>> partialTypeArgs = new java.util.IdentityHashMap<>();

    private void exprInternal(Operand x, Expr e, Scope scope, Type hint) {
        x.invalidate();
        x.type = Universe.INVALID;
        if (e instanceof Expr.Bad) {
            return;
        }
        if (e instanceof Expr.Ident id) {
            ident(x, id, scope);
        } else if (e instanceof Expr.BasicLit lit) {
            basicLit(x, lit);
        } else if (e instanceof Expr.FuncLit fl) {
            funcLit(x, fl, scope);
        } else if (e instanceof Expr.CompositeLit cl) {
            new CompositeLits(c).compositeLit(x, cl, scope, hint);
        } else if (e instanceof Expr.Paren p) {
            rawExpr(x, p.x(), scope, hint, genericCallee);
            x.expr = e;
        } else if (e instanceof Expr.Selector s) {
            c.calls.selector(x, s, scope);
        } else if (e instanceof Expr.Index ix) {
            new Indexing(c).index(x, ix, scope);
        } else if (e instanceof Expr.Slice sl) {
            new Indexing(c).slice(x, sl, scope);
        } else if (e instanceof Expr.TypeAssert ta) {
            typeAssert(x, ta, scope);
        } else if (e instanceof Expr.Call call) {
            c.calls.call(x, call, scope);
        } else if (e instanceof Expr.Star st) {
            star(x, st, scope);
        } else if (e instanceof Expr.Unary u) {
            unary(x, u, scope);
        } else if (e instanceof Expr.Binary b) {
            binary(x, b, b.x(), b.y(), b.op(), scope);
        } else if (e instanceof Expr.KeyValue) {
            c.errorAt(e, "unexpected key:value expression");
        } else if (e instanceof Expr.Dots) {
            c.errorAt(e, "invalid use of '...'");
        } else {
            // a type literal
            Type t = c.typexprs.typ(e, scope);
            x.set(Mode.TYPEXPR, t);
            if (Types.isInvalid(t)) x.invalidate();
        }
    }

    // ---- operands ----

    void ident(Operand x, Expr.Ident id, Scope scope) {
        if (id.isBlank()) {
            c.errorAt(id, "cannot use _ as value");
            return;
        }
        Obj obj = c.lookup(scope, id);
        if (obj == null) {
            if (id.name().equals("_")) return;
            c.errorAt(id, "undefined: " + id.name());
            return;
        }
        c.info.uses.put(id, obj);
        markDotImportUsed(scope, id.name(), obj);
        if (obj instanceof PkgName pn) {
            c.errorAt(id, "use of package " + pn.name + " not in selector");
            pn.used = true;
            return;
        }
        if (obj.pkg == c.pkg && obj.parent == c.pkg.scope || c.decls.containsKey(obj)) {
            c.objDecl(obj);
            c.dependOn(obj);
        }
        Type t = obj.type;
        if (obj instanceof Const k) {
            if (obj.parent == Universe.SCOPE && obj.name.equals("iota")) {
                if (iota < 0) {
                    c.errorAt(id, "cannot use iota outside constant declaration");
                    return;
                }
                x.val = ConstOps.ofLong(iota);
            } else {
                x.val = k.value;
            }
            if (t == null || Types.isInvalid(t)) return;
            x.set(Mode.CONSTANT, t);
        } else if (obj instanceof TypeName) {
            if (t == null) {
                c.errorAt(id, "invalid use of type " + id.name() + " in its own declaration");
                return;
            }
            x.set(Mode.TYPEXPR, t);
            if (Types.isInvalid(t)) x.invalidate();
        } else if (obj instanceof Var v) {
            if (v.pkg == c.pkg) v.used = true;
            noteCapture(v);
            if (t == null || Types.isInvalid(t)) return;
            x.set(Mode.VARIABLE, t);
        } else if (obj instanceof Func f) {
            if (t == null) return;
            x.set(Mode.VALUE, t);
            if (f.name.equals("recover") && false) return;
        } else if (obj instanceof Builtin b) {
            x.set(Mode.BUILTIN, Universe.INVALID);
            x.builtin = b.id;
        } else if (obj instanceof Nil) {
            x.set(Mode.VALUE, Universe.UNTYPED_NIL);
        }
    }

    private void markDotImportUsed(Scope scope, String name, Obj obj) {
        for (Scope s = scope; s != null; s = s.parent) {
            Map<String, PkgName> m = c.dotImports.get(s);
            if (m != null && s.elems.get(name) == obj) {
                PkgName pn = m.get(name);
                if (pn != null) {
                    pn.used = true;
                    for (PkgName q : m.values()) if (q.imported == pn.imported) q.used = true;
                }
                return;
            }
        }
    }

    /** A local variable referenced from a function literal other than its declaring one. */
    void noteCapture(Var v) {
        if (c.fctx != null && v.owner != null && v.owner != c.fctx.owner
                && (v.kind == Var.Kind.LOCAL || v.kind == Var.Kind.PARAM || v.kind == Var.Kind.RESULT
                || v.kind == Var.Kind.RECV)) {
            v.captured = true;
        }
    }

    private void basicLit(Operand x, Expr.BasicLit lit) {
        ConstValue v = ConstOps.fromLiteral(lit.kind(), lit.value());
        if (v == null || ConstOps.isUnknown(v)) {
            c.errorAt(lit, "malformed constant: " + lit.value());
            return;
        }
        Type t = switch (lit.kind()) {
            case INT -> Universe.UNTYPED_INT;
            case FLOAT -> Universe.UNTYPED_FLOAT;
            case IMAG -> Universe.UNTYPED_COMPLEX;
            case CHAR -> Universe.UNTYPED_RUNE;
            case STRING -> Universe.UNTYPED_STRING;
        };
        x.set(Mode.CONSTANT, t);
        x.val = v;
    }

    private void funcLit(Operand x, Expr.FuncLit fl, Scope scope) {
        Scope fs = new Scope(scope, fl.pos(), "function literal", true);
        fs.local = true;
        Signature sig = c.typexprs.funcSig(null, List.of(), fl.type(), fs, null);
        c.info.scopes.put(fl.type(), fs);
        Checker.FuncCtx outer = c.fctx;
        c.stmts.funcLitBody(outer == null ? null : outer.func, sig, fs, fl, fl.body());
        x.set(Mode.VALUE, sig);
    }

    private void star(Operand x, Expr.Star st, Scope scope) {
        rawExpr(x, st.x(), scope, null, false);
        x.expr = st;
        singleValue(x);
        switch (x.mode) {
            case INVALID:
                return;
            case TYPEXPR:
                x.type = new Pointer(x.type);
                return;
            default:
                break;
        }
        exclude(x, true, false);
        if (x.invalid()) return;
        if (x.isNil()) {
            c.errorOp(x, "invalid operation: cannot indirect nil");
            x.invalidate();
            return;
        }
        Type core = Types.coreType(x.type);
        if (!(core instanceof Pointer p)) {
            c.errorOp(x, "invalid operation: cannot indirect " + c.str(x));
            x.invalidate();
            return;
        }
        if (Types.isUnsafePointer(x.type)) {
            c.errorOp(x, "invalid operation: cannot indirect " + c.str(x));
            x.invalidate();
            return;
        }
        x.set(Mode.VARIABLE, p.elem());
    }

    private void typeAssert(Operand x, Expr.TypeAssert ta, Scope scope) {
        expr(x, ta.x(), scope);
        if (x.invalid()) return;
        if (ta.type() == null) {
            c.errorAt(ta, "use of .(type) outside type switch");
            x.invalidate();
            return;
        }
        if (x.type instanceof TypeParam) {
            c.errorOp(x, "invalid operation: cannot use type assertion on type parameter value " + c.str(x));
            x.invalidate();
            return;
        }
        if (!(Types.under(x.type) instanceof Interface xi)) {
            c.errorOp(x, "invalid operation: " + c.str(x) + " is not an interface");
            x.invalidate();
            return;
        }
        Type t = c.typexprs.typ(ta.type(), scope);
        if (Types.isInvalid(t)) {
            x.invalidate();
            return;
        }
        typeAssertion(ta, x, xi, t, false);
        x.set(Mode.COMMAOK, t);
    }

    /** Reports an impossible assertion x.(T): T must implement x's interface. */
    void typeAssertion(Expr e, Operand x, Interface xi, Type t, boolean typeSwitch) {
        String cause = new Lookup(c).assertableTo(xi, t);
        if (cause == null) return;
        if (typeSwitch) {
            c.errorAt(e, "impossible type switch case: " + ExprString.of(e) + "\n\t" + c.str(x) + " cannot have dynamic type " + c.str(t) + " " + cause);
        } else {
            c.errorAt(e, "impossible type assertion: " + ExprString.of(e) + "\n\t" + c.str(t) + " does not implement " + c.str(x.type) + " " + cause);
        }
    }

    // ---- unary and binary operators ----

    private void unary(Operand x, Expr.Unary u, Scope scope) {
        if (u.op() == Token.AND) {
            Expr inner = Expr.unparen(u.x());
            if (inner instanceof Expr.CompositeLit) {
                rawExpr(x, inner, scope, null, false);
                x.expr = u;
                if (x.invalid()) return;
                x.set(Mode.VALUE, new Pointer(x.type));
                return;
            }
            expr(x, u.x(), scope);
            x.expr = u;
            if (x.invalid()) return;
            if (x.mode != Mode.VARIABLE) {
                c.errorAt(u, "invalid operation: cannot take address of " + c.str(withExpr(x, u.x())));
                x.invalidate();
                return;
            }
            markAddressTaken(u.x());
            x.set(Mode.VALUE, new Pointer(x.type));
            return;
        }
        if (u.op() == Token.ARROW) {
            expr(x, u.x(), scope);
            x.expr = u;
            if (x.invalid()) return;
            Type core = Types.coreType(x.type);
            if (!(core instanceof Chan ch)) {
                c.errorAt(u, "invalid operation: cannot receive from non-channel " + c.str(withExpr(x, u.x())));
                x.invalidate();
                return;
            }
            if (ch.dir() == Chan.Dir.SEND) {
                c.errorAt(u, "invalid operation: cannot receive from send-only channel " + c.str(withExpr(x, u.x())));
                x.invalidate();
                return;
            }
            x.set(Mode.COMMAOK, ch.elem());
            return;
        }
        if (u.op() == Token.TILDE) {
            c.errorAt(u, "invalid use of ~ outside a type constraint");
            return;
        }
        expr(x, u.x(), scope);
        x.expr = u;
        if (x.invalid()) return;
        boolean ok = switch (u.op()) {
            case ADD, SUB -> Types.isNumeric(x.type);
            case XOR -> Types.isInteger(x.type);
            case NOT -> Types.isBoolean(x.type);
            default -> false;
        };
        if (!ok) {
            c.errorAt(u, "invalid operation: operator " + u.op().text + " not defined on " + c.str(withExpr(x, u.x())));
            x.invalidate();
            return;
        }
        if (x.mode == Mode.CONSTANT) {
            if (ConstOps.isUnknown(x.val)) return;
            Basic b = Types.basic(x.type);
            x.val = ConstOps.unary(u.op(), x.val, b);
            overflow(x, u);
            return;
        }
        x.mode = Mode.VALUE;
    }

    private Operand withExpr(Operand x, Expr e) {
        Operand y = new Operand();
        y.copyFrom(x);
        y.expr = e;
        return y;
    }

    /** Records that the variable at the root of an addressable expression has its address taken. */
    void markAddressTaken(Expr e) {
        e = Expr.unparen(e);
        while (true) {
            if (e instanceof Expr.Selector s) {
                Selection sel = c.info.selections.get(s);
                if (sel != null && sel.kind() == Selection.Kind.FIELD_VAL && !sel.indirect()
                        && !(Types.under(sel.recv()) instanceof Pointer)) {
                    e = Expr.unparen(s.x());
                    continue;
                }
                return;
            }
            if (e instanceof Expr.Index ix) {
                TypeAndValue tv = c.info.types.get(ix.x());
                if (tv != null && Types.under(tv.type()) instanceof Array) {
                    e = Expr.unparen(ix.x());
                    continue;
                }
                return;
            }
            break;
        }
        if (e instanceof Expr.Ident id && c.info.uses.get(id) instanceof Var v) {
            v.addressTaken = true;
        }
    }

    private boolean isShift(Token op) {
        return op == Token.SHL || op == Token.SHR;
    }

    private boolean isComparison(Token op) {
        return switch (op) {
            case EQL, NEQ, LSS, LEQ, GTR, GEQ -> true;
            default -> false;
        };
    }

    void binary(Operand x, Expr e, Expr lhs, Expr rhs, Token op, Scope scope) {
        Operand y = new Operand();
        expr(x, lhs, scope);
        expr(y, rhs, scope);
        if (x.invalid()) return;
        if (y.invalid()) {
            x.invalidate();
            x.expr = y.expr;
            return;
        }
        if (isShift(op)) {
            shift(x, y, e, op);
            x.expr = e;
            return;
        }
        Expr savedBin = currentBinary;
        currentBinary = e;
        matchTypes(x, y);
        currentBinary = savedBin;
        if (x.invalid()) {
            x.expr = e;
            return;
        }
        if (isComparison(op)) {
            comparison(x, y, op, e);
            x.expr = e;
            return;
        }
        if (!Types.identical(x.type, y.type)) {
            if (!Types.isInvalid(x.type) && !Types.isInvalid(y.type)) {
                c.errorAt(lhs, "invalid operation: " + ExprString.of(e) + " (mismatched types " + c.str(x.type)
                        + " and " + c.str(y.type) + ")");
            }
            x.invalidate();
            x.expr = e;
            return;
        }
        if (!opDefined(op, x, e)) {
            x.invalidate();
            x.expr = e;
            return;
        }
        if ((op == Token.QUO || op == Token.REM) && (x.mode == Mode.CONSTANT || Types.isInteger(x.type))
                && y.mode == Mode.CONSTANT && ConstOps.isZero(y.val)
                || op == Token.QUO && x.mode == Mode.CONSTANT && y.mode == Mode.CONSTANT && Types.isComplex(x.type)
                        && ConstOps.complexDivisorUnderflows(y.val)) {
            c.errorOp(y, "invalid operation: division by zero");
            x.invalidate();
            x.expr = e;
            return;
        }
        if (x.mode == Mode.CONSTANT && y.mode == Mode.CONSTANT) {
            if (ConstOps.isUnknown(x.val) || ConstOps.isUnknown(y.val)) {
                x.val = ConstOps.unknown();
                x.expr = e;
                return;
            }
            boolean intDiv = op == Token.QUO && Types.isInteger(x.type);
            x.val = ConstOps.binary(x.val, op, y.val, intDiv);
            x.expr = e;
            overflow(x, e);
            return;
        }
        x.mode = Mode.VALUE;
        x.expr = e;
    }

    private boolean opDefined(Token op, Operand x, Expr e) {
        boolean ok = switch (op) {
            case ADD -> Types.isNumeric(x.type) || Types.isString(x.type) || allNumericOrString(x.type);
            case SUB, MUL, QUO -> Types.isNumeric(x.type);
            case REM, AND, OR, XOR, AND_NOT -> Types.isInteger(x.type);
            case LAND, LOR -> Types.isBoolean(x.type);
            default -> false;
        };
        if (!ok) {
            c.errorOp(x, "invalid operation: operator " + op.text + " not defined on " + c.str(x));
        }
        return ok;
    }

    private boolean allNumericOrString(Type t) {
        return Types.allBasic(t, b -> b.isNumeric() || b.isString());
    }

    /** Reports constants that overflow their type (or grow beyond 512 bits when untyped). */
    void overflow(Operand x, Expr e) {
        if (ConstOps.isUnknown(x.val)) {
            c.error(opPos(e), "constant result is not representable");
            x.invalidate();
            return;
        }
        if (Types.isTyped(x.type)) {
            Basic b = Types.basic(x.type);
            if (b == null) return;
            ConstOps.Repr r = ConstOps.representable(x.val, b);
            if (!r.ok()) {
                String msg = Types.isNumeric(x.type) ? (r.truncated() ? "%s truncated to %s" : "%s overflows %s")
                        : "cannot convert %s to %s";
                c.errorOp(x, String.format(msg, c.str(x), c.str(x.type)));
                x.invalidate();
                return;
            }
            x.val = r.value();
            return;
        }
        if (ConstOps.bitLen(x.val) > 512) {
            c.error(opPos(e), "constant " + opName(e) + " overflow");
            x.val = ConstOps.unknown();
        }
    }

    /** The operator's position for binary and unary expressions (types2's opPos). */
    private Pos opPos(Expr e) {
        if (e instanceof Expr.Binary b) return b.pos();
        return ExprString.start(e);
    }

    private String opName(Expr e) {
        if (e instanceof Expr.Binary b) {
            return switch (b.op()) {
                case ADD -> "addition";
                case SUB -> "subtraction";
                case XOR -> "bitwise XOR";
                case MUL -> "multiplication";
                case SHL -> "shift";
                default -> "operation";
            };
        }
        if (e instanceof Expr.Unary u) {
            return switch (u.op()) {
                case SUB -> "negation";
                case XOR -> "bitwise complement";
                default -> "operation";
            };
        }
        return "operation";
    }

    /** Brings untyped operands of a binary operation to a common type, as the spec's rules do. */
    void matchTypes(Operand x, Operand y) {
        if (canMix(x, y)) {
            convertUntyped(x, y.type);
            if (x.invalid()) return;
            convertUntyped(y, x.type);
            if (y.invalid()) x.invalidate();
        }
    }

    private boolean canMix(Operand x, Operand y) {
        if (nonTypeParamInterface(x.type) || nonTypeParamInterface(y.type)) return true;
        if (Types.isBoolean(x.type) != Types.isBoolean(y.type)) return false;
        if (Types.isString(x.type) != Types.isString(y.type)) return false;
        if (x.isNil() && !Types.hasNil(y.type)) return false;
        if (y.isNil() && !Types.hasNil(x.type)) return false;
        return true;
    }

    private static boolean nonTypeParamInterface(Type t) {
        return !(t instanceof TypeParam) && Types.under(t) instanceof Interface;
    }

    private enum Conv { OK, INVALID, TRUNCATED, OVERFLOWS }

    /** Gives untyped x the type target implies (types2's convertUntyped), reporting failures. */
    void convertUntyped(Operand x, Type target) {
        if (x.invalid() || Types.isTyped(x.type) || Types.isInvalid(target)) return;
        Conv[] code = {Conv.OK};
        Type nt = implicitTypeAndValue(x, target, code);
        if (code[0] != Conv.OK) {
            Type t = target instanceof TypeParam ? target : Types.under(target);
            String msg = switch (code[0]) {
                case TRUNCATED -> "%s truncated to %s";
                case OVERFLOWS -> "%s overflows %s";
                default -> "cannot convert %s to %s";
            };
            c.errorOp(x, String.format(msg, c.str(x), c.str(t)));
            x.invalidate();
            return;
        }
        if (x.isNil()) {
            // nil stays nil (comparisons need to know); Info records the type it takes
            updateExprType(x.expr, nt, true);
            return;
        }
        if (nt != x.type) {
            x.type = nt;
            updateExprType(x.expr, nt, false);
        }
    }

    private Type implicitTypeAndValue(Operand x, Type target, Conv[] code) {
        if (Types.isUntyped(target)) {
            Basic a = (Basic) x.type, b = (Basic) target;
            if (a.isNumeric() && b.isNumeric()) return a.kind.ordinal() < b.kind.ordinal() ? b : a;
            if (a.kind != b.kind) code[0] = Conv.INVALID;
            return x.type;
        }
        if (x.isNil()) {
            // types2 keeps nil untyped, except for unsafe.Pointer.
            if (Types.hasNil(target)) return Types.under(target) instanceof Basic ? target : Universe.UNTYPED_NIL;
            code[0] = Conv.INVALID;
            return null;
        }
        Type u = Types.under(target);
        if (u instanceof Basic b && !(target instanceof TypeParam)) {
            if (x.mode == Mode.CONSTANT) {
                ConstOps.Repr r = ConstOps.representable(x.val, (Basic) x.type, b);
                if (!r.ok()) {
                    boolean numeric = ((Basic) x.type).isNumeric() && b.isNumeric();
                    code[0] = !numeric ? Conv.INVALID : r.truncated() ? Conv.TRUNCATED : Conv.OVERFLOWS;
                    return null;
                }
                x.val = r.value();
                return target;
            }
            boolean ok = switch (((Basic) x.type).kind) {
                case UNTYPED_BOOL -> b.isBoolean();
                case UNTYPED_INT, UNTYPED_RUNE, UNTYPED_FLOAT, UNTYPED_COMPLEX -> b.isNumeric();
                case UNTYPED_STRING -> b.isString();
                default -> false;
            };
            if (!ok) code[0] = Conv.INVALID;
            return ok ? target : null;
        }
        if (target instanceof TypeParam) {
            if (implicitType(x, target) == null) {
                code[0] = Conv.INVALID;
                return null;
            }
            return target;
        }
        if (u instanceof Interface i) {
            if (!i.isEmpty()) {
                code[0] = Conv.INVALID;
                return null;
            }
            return Types.defaultType(x.type);
        }
        code[0] = Conv.INVALID;
        return null;
    }

    private void mismatch(Operand x, Operand other) {
        // Reported by the caller as "mismatched types" on the whole expression.
        Operand l = x, r = other;
        Expr parent = findParent(x.expr, other.expr);
        if (parent != null) {
            Expr.Binary b = (Expr.Binary) parent;
            Operand lo = b.x() == x.expr ? x : other, ro = b.x() == x.expr ? other : x;
            c.errorAt(b.x(), "invalid operation: " + ExprString.of(parent) + " (mismatched types "
                    + c.str(lo.type) + " and " + c.str(ro.type) + ")");
        } else {
            c.errorOp(x, "invalid operation: mismatched types " + c.str(l.type) + " and " + c.str(r.type));
        }
        x.invalidate();
    }

    /** Set by the binary-expression walker so mismatches can name the whole expression. */
    private final Map<Expr, Expr> parents = new HashMap<>();

    private Expr findParent(Expr a, Expr b) {
        if (currentBinary instanceof Expr.Binary bin && (bin.x() == a || bin.y() == a)) return bin;
        return null;
    }

    Expr currentBinary;

    /** The type an untyped operand gets in a context of type target, or null if impossible. */
    Type implicitType(Operand x, Type target) {
        if (target instanceof TypeParam tp) {
            List<Union.Term> terms = tp.iface().typeSet().terms;
            if (terms == null) return x.isNil() ? null : null;
            for (Union.Term term : terms) {
                Operand y = new Operand();
                y.copyFrom(x);
                if (implicitType(y, term.type()) == null) return null;
                Basic tb = Types.basic(term.type());
                if (y.mode == Mode.CONSTANT && tb != null && !ConstOps.representable(x.val, tb).ok()) {
                    return null;
                }
            }
            return target;
        }
        Type u = Types.under(target);
        if (u instanceof Basic b) {
            if (x.mode == Mode.CONSTANT) {
                Basic xb = (Basic) x.type;
                if (xb.isNumeric() && b.isNumeric() || xb.isString() && b.isString() || xb.isBoolean() && b.isBoolean()) {
                    return target;
                }
                return null;
            }
            Basic xb = (Basic) x.type;
            return switch (xb.kind) {
                case UNTYPED_BOOL -> b.isBoolean() ? target : null;
                case UNTYPED_INT, UNTYPED_RUNE, UNTYPED_FLOAT, UNTYPED_COMPLEX -> b.isNumeric() ? target : null;
                case UNTYPED_STRING -> b.isString() ? target : null;
                case UNTYPED_NIL -> b.kind == Basic.Kind.UNSAFE_POINTER ? target : null;
                default -> null;
            };
        }
        if (u instanceof Interface i) {
            if (x.isNil()) return Universe.UNTYPED_NIL;
            if (!i.isBasic()) return null;
            if (!i.isEmpty()) return null;
            return Types.defaultType(x.type);
        }
        if (u instanceof Pointer || u instanceof Signature || u instanceof Slice || u instanceof MapType || u instanceof Chan) {
            return x.isNil() ? Universe.UNTYPED_NIL : null;
        }
        return null;
    }

    /** Gives a formerly untyped expression (and its untyped operands) its final type in Info. */
    void updateExprType(Expr e, Type t, boolean fin) {
        if (e == null) return;
        TypeAndValue old = c.info.types.get(e);
        if (old == null || !Types.isUntyped(old.type())) return;
        Expr u = e;
        if (u instanceof Expr.Paren p) {
            updateExprType(p.x(), t, fin);
        } else if (u instanceof Expr.Unary un && old.value() == null) {
            updateExprType(un.x(), t, fin);
        } else if (u instanceof Expr.Binary b && old.value() == null) {
            if (isComparison(b.op())) {
                // result type is independent of operand types
            } else if (isShift(b.op())) {
                updateExprType(b.x(), t, fin);
            } else {
                updateExprType(b.x(), t, fin);
                updateExprType(b.y(), t, fin);
            }
        } else if (u instanceof Expr.Binary b && !isComparison(b.op())) {
            if (!isShift(b.op())) {
                updateExprType(b.x(), t, fin);
                updateExprType(b.y(), t, fin);
            } else {
                updateExprType(b.x(), t, fin);
            }
        } else if (u instanceof Expr.Unary un) {
            updateExprType(un.x(), t, fin);
        }
        Expr shift = shiftLhs.get(e);
        if (shift != null && (fin || Types.isTyped(t))) {
            shiftLhs.remove(e);
            if (!Types.isInteger(t)) {
                // the untyped left operand of a non-constant shift took a non-integer type
                c.errorAt(e, "invalid operation: " + ExprString.of(shift) + " (shift of type " + c.str(t) + ")");
                return;
            }
        }
        ConstValue v = old.value();
        if (v != null && t instanceof Basic tb && !tb.isUntyped()) {
            ConstOps.Repr r = ConstOps.representable(v, tb);
            if (r.ok()) v = r.value();
        } else if (v != null && !(Types.under(t) instanceof Basic)) {
            v = old.value();
        }
        c.info.types.put(e, new TypeAndValue(old.mode(), t, old.mode() == Mode.CONSTANT ? v : null));
    }

    private void comparison(Operand x, Operand y, Token op, Expr e) {
        comparison(x, y, op, false);
    }

    /** types2's comparison; for a switch case x is the case value and y the tag. */
    void comparison(Operand x, Operand y, Token op, boolean switchCase) {
        if (switchCase) op = Token.EQL;
        Operand errOp = x;
        String cause = null;
        boolean bad = false;
        if (!assignableTo(x, y.type, null) && !assignableTo(y, x.type, null)) {
            errOp = y;
            cause = "mismatched types " + c.str(x.type) + " and " + c.str(y.type);
            bad = true;
        } else if (op == Token.EQL || op == Token.NEQ) {
            if (x.isNil() || y.isNil()) {
                Type typ = x.isNil() ? y.type : x.type;
                if (!Types.hasNil(typ)) {
                    errOp = y;
                    bad = true;
                }
            } else if (!Types.comparable(x.type)) {
                errOp = x;
                cause = incomparableCause(x.type);
                bad = true;
            } else if (!Types.comparable(y.type)) {
                errOp = y;
                cause = incomparableCause(y.type);
                bad = true;
            }
        } else if (!Types.isOrdered(x.type)) {
            errOp = x;
            bad = true;
        } else if (!Types.isOrdered(y.type)) {
            errOp = y;
            bad = true;
        }
        if (bad) {
            if (cause == null) {
                if (x.type instanceof TypeParam || y.type instanceof TypeParam) {
                    if (!(x.type instanceof TypeParam)) errOp = y;
                    cause = "type parameter " + c.str(errOp.type) + " is not comparable with " + op.text;
                } else {
                    cause = "operator " + op.text + " not defined on " + kindString(errOp.type);
                }
            }
            if (switchCase) {
                c.errorOp(x, "invalid case " + ExprString.of(x.expr) + " in switch on " + ExprString.of(y.expr) + " (" + cause + ")");
            } else {
                c.errorOp(errOp, "invalid operation: " + ExprString.of(x.expr) + " " + op.text + " " + ExprString.of(y.expr)
                        + " (" + cause + ")");
            }
            x.invalidate();
            return;
        }
        if (x.mode == Mode.CONSTANT && y.mode == Mode.CONSTANT) {
            if (ConstOps.isUnknown(x.val) || ConstOps.isUnknown(y.val)) x.val = ConstOps.unknown();
            else x.val = ConstOps.bool(ConstOps.compare(x.val, op, y.val));
        } else {
            x.mode = Mode.VALUE;
            updateExprType(x.expr, Types.defaultType(x.type), true);
            updateExprType(y.expr, Types.defaultType(y.type), true);
        }
        x.type = Universe.UNTYPED_BOOL;
    }

    /** types2's kindString: the kind of composite types, else the type itself. */
    String kindString(Type t) {
        Type u = Types.under(t);
        if (u instanceof Array) return "array";
        if (u instanceof Slice) return "slice";
        if (u instanceof Struct) return "struct";
        if (u instanceof Pointer) return "pointer";
        if (u instanceof Signature) return "func";
        if (u instanceof Interface) return t instanceof TypeParam ? "type parameter" : "interface";
        if (u instanceof MapType) return "map";
        if (u instanceof Chan) return "chan";
        return c.str(t);
    }

    String incomparableCause(Type t) {
        Type u = Types.under(t);
        if (u instanceof Slice || u instanceof Signature || u instanceof MapType) {
            return kindString(t) + " can only be compared to nil";
        }
        if (u instanceof Struct s) {
            for (Var f : s.fields()) {
                if (!Types.comparable(f.type)) return "struct containing " + c.str(f.type) + " cannot be compared";
            }
        }
        if (u instanceof Array) return c.str(t) + " cannot be compared";
        if (u instanceof Interface i) {
            return i.typeSet().terms != null && i.typeSet().terms.isEmpty() ? "empty type set" : "incomparable types in type set";
        }
        return null;
    }

    /** Left operands of non-constant shifts whose type the context decides, to their shift. */
    private final Map<Expr, Expr> shiftLhs = new java.util.IdentityHashMap<>();

    private void shift(Operand x, Operand y, Expr e, Token op) {
        ConstValue xval = x.mode == Mode.CONSTANT ? ConstOps.toInt(x.val) : null;
        if (!(Types.isInteger(x.type) || Types.isUntyped(x.type) && xval != null)) {
            c.errorOp(x, "invalid operation: shifted operand " + c.str(x) + " must be integer");
            x.invalidate();
            return;
        }
        // The count must be an integer, or an untyped constant representable as uint.
        if (y.mode == Mode.CONSTANT) {
            ConstValue yval = ConstOps.toInt(y.val);
            if (yval != null && ConstOps.sign(yval) < 0) {
                c.errorOp(y, "invalid operation: negative shift count " + c.str(y));
                x.invalidate();
                return;
            }
            if (Types.isUntyped(y.type)) {
                ConstOps.Repr r = ConstOps.representable(y.val, (Basic) y.type, Universe.UINT);
                if (!r.ok()) {
                    boolean numeric = Types.isNumeric(y.type);
                    String msg = !numeric ? "cannot convert %s to %s" : r.truncated() ? "%s truncated to %s" : "%s overflows %s";
                    c.errorOp(y, String.format(msg, c.str(y), "uint"));
                    x.invalidate();
                    return;
                }
            }
        }
        if (Types.isInteger(y.type)) {
            // gc gives an untyped constant count of a non-constant shift type uint (above int's range)
            if (y.mode == Mode.CONSTANT && Types.isUntyped(y.type) && x.mode != Mode.CONSTANT) convertUntyped(y, Universe.UINT);
        } else if (Types.isUntyped(y.type)) {
            // an untyped float or complex count (constant or not) becomes uint
            convertUntyped(y, Universe.UINT);
            if (y.invalid()) {
                x.invalidate();
                return;
            }
        } else {
            c.errorOp(y, "invalid operation: shift count " + c.str(y) + " must be integer");
            x.invalidate();
            return;
        }
        if (x.mode == Mode.CONSTANT) {
            if (y.mode == Mode.CONSTANT) {
                if (ConstOps.isUnknown(x.val) || ConstOps.isUnknown(y.val)) {
                    x.val = ConstOps.unknown();
                    if (!Types.isInteger(x.type)) x.type = Universe.UNTYPED_INT;
                    return;
                }
                Long s = ConstOps.int64(ConstOps.toInt(y.val));
                if (s == null || s > 1023 - 1 + 52) {
                    c.errorOp(y, "invalid operation: invalid shift count " + c.str(y));
                    x.invalidate();
                    return;
                }
                if (!Types.isInteger(x.type)) x.type = Universe.UNTYPED_INT;
                x.val = ConstOps.shift(xval, op, s);
                x.expr = e;
                overflow(x, e);
                return;
            }
            if (Types.isUntyped(x.type)) {
                // The constant gets the type the context gives the shift; checked in updateExprType.
                shiftLhs.put(x.expr, e);
                x.mode = Mode.VALUE;
                return;
            }
        }
        if (!Types.isInteger(x.type)) {
            c.errorOp(x, "invalid operation: shifted operand " + c.str(x) + " must be integer");
            x.invalidate();
            return;
        }
        x.mode = Mode.VALUE;
    }

    // ---- assignability ----

    /** Checks that x can be assigned to a variable of type t (converting untyped x), else reports. */
    void assignment(Operand x, Type t, String context) {
        singleValue(x);
        if (x.invalid()) return;
        switch (x.mode) {
            case CONSTANT, VARIABLE, MAPINDEX, VALUE, COMMAOK:
                break;
            default:
                c.errorOp(x, "cannot assign " + c.str(x) + " to " + (t == null ? "_" : c.str(t)) + " in " + context);
                x.invalidate();
                return;
        }
        if (Types.isUntyped(x.type)) {
            Type target = t;
            if (x.isNil()) {
                if (t == null) {
                    c.errorOp(x, "use of untyped nil in " + context);
                    x.invalidate();
                    return;
                }
            } else if (t == null || Types.isInterface(t) && !(t instanceof TypeParam)) {
                target = Types.defaultType(x.type);
            }
            // a target whose declaration was in error (underlying invalid) takes any constant
            if (!Types.isInvalid(target) && !Types.isInvalid(Types.under(target))) {
                Type nt = implicitType(x, target);
                if (nt == null) {
                    String msg = "cannot use " + c.str(x) + " as " + c.str(target) + " value in " + context;
                    c.errorOp(x, msg);
                    x.invalidate();
                    return;
                }
                if (x.mode == Mode.CONSTANT && Types.basic(nt) != null && !Types.basic(nt).isUntyped()
                        && !(nt instanceof TypeParam)) {
                    Basic nb = Types.basic(nt);
                    ConstOps.Repr r = ConstOps.representable(x.val, nb);
                    if (!r.ok()) {
                        String msg = "cannot use " + c.str(x) + " as " + c.str(target) + " value in " + context;
                        if (Types.isNumeric(x.type) && nb.isNumeric()) {
                            msg += r.truncated() ? " (truncated)" : " (overflows)";
                        }
                        c.errorOp(x, msg);
                        x.invalidate();
                        return;
                    }
                    x.val = r.value();
                }
                if (nt != x.type) {
                    x.type = nt;
                    updateExprType(x.expr, nt, true);
                }
            }
        }
        if (x.type instanceof Signature s && !s.typeParams().isEmpty()) {
            c.errorOp(x, "cannot use generic function " + ExprString.of(x.expr) + " without instantiation in " + context);
            x.invalidate();
            return;
        }
        if (t == null || Types.isInvalid(t)) return;
        String[] reason = new String[1];
        if (!assignableTo(x, t, reason)) {
            if (reason[0] != null && !reason[0].isEmpty()) {
                c.errorOp(x, "cannot use " + c.str(x) + " as type " + c.str(t) + " in " + context + ":\n\t" + reason[0]);
            } else {
                c.errorOp(x, "cannot use " + c.str(x) + " as type " + c.str(t) + " in " + context);
            }
            x.invalidate();
        }
    }

    /** The spec's assignability of x's value to type t; reason[0] receives an explanation. */
    boolean assignableTo(Operand x, Type t, String[] reason) {
        Type v = x.type;
        if (Types.isInvalid(v) || Types.isInvalid(t) || Types.isInvalid(Types.under(v)) || Types.isInvalid(Types.under(t))) {
            return true;
        }
        if (Types.identical(v, t)) return true;
        Type vu = Types.under(v), tu = Types.under(t);
        if (Types.isUntyped(v)) {
            if (t instanceof TypeParam) {
                return implicitType(x, t) != null;
            }
            if (tu instanceof Basic tb) {
                if (x.isNil()) return tb.kind == Basic.Kind.UNSAFE_POINTER;
                if (x.mode == Mode.CONSTANT) return ConstOps.representable(x.val, tb).ok() && implicitType(x, t) != null;
                Basic vb = (Basic) v;
                if (vb.kind == Basic.Kind.UNTYPED_BOOL) return tb.isBoolean();
                return implicitType(x, t) != null;
            }
            if (x.isNil()) return Types.hasNil(t);
            if (tu instanceof Interface ti && !(t instanceof TypeParam)) {
                return ti.isBasic() && new Lookup(c).missingMethod(Types.defaultType(v), ti, true) == null;
            }
            return false;
        }
        // identical underlying types, at least one not named
        if (Types.identical(vu, tu) && (!Types.isNamed(v) || !Types.isNamed(t))
                && !(v instanceof TypeParam) && !(t instanceof TypeParam)) {
            return true;
        }
        if (tu instanceof Interface ti && !(t instanceof TypeParam)) {
            String cause = new Lookup(c).implementsCause(v, t, ti);
            if (cause == null) return true;
            if (reason != null) reason[0] = cause;
            return false;
        }
        if (tu instanceof Pointer tp && !(tp.elem() instanceof TypeParam) && Types.under(tp.elem()) instanceof Interface) {
            if (reason != null) {
                reason[0] = c.str(v) + " does not implement " + c.str(t) + " (type " + c.str(t) + " is pointer to interface, not interface)";
            }
            return false;
        }
        if (vu instanceof Interface && !(v instanceof TypeParam) && !(tu instanceof Interface)) {
            if (reason != null && new Lookup(c).implementsCause(t, v, (Interface) vu) == null) {
                reason[0] = "need type assertion";
            }
            return false;
        }
        if (vu instanceof Chan vc && vc.dir() == Chan.Dir.BOTH && tu instanceof Chan tc
                && Types.identical(vc.elem(), tc.elem())) {
            return !Types.isNamed(v) || !Types.isNamed(t);
        }
        return assignableViaTypeSet(x, t, reason);
    }

    /**
     * Assignability involving a type parameter: an unnamed V to type parameter T if V is
     * assignable to every type in T's type set; a type parameter V to an unnamed T if every
     * type in V's type set is.
     */
    private boolean assignableViaTypeSet(Operand x, Type t, String[] reason) {
        Type v = x.type;
        if (t instanceof TypeParam tp && !Types.isNamed(v)) {
            List<Union.Term> terms = tp.iface().typeSet().terms;
            if (terms == null || terms.isEmpty()) return false;
            for (Union.Term term : terms) {
                if (!assignableTo(x, term.type(), reason)) {
                    if (reason != null) reason[0] = "cannot assign " + c.str(v) + " to " + c.str(term.type()) + " (in " + c.str(t) + ")"
                            + (reason[0] == null || reason[0].isEmpty() ? "" : "\n\t" + reason[0]);
                    return false;
                }
            }
            return true;
        }
        if (v instanceof TypeParam vp && !Types.isNamed(t)) {
            List<Union.Term> terms = vp.iface().typeSet().terms;
            if (terms == null || terms.isEmpty()) return false;
            Operand y = new Operand();
            y.copyFrom(x);
            for (Union.Term term : terms) {
                y.type = term.type();
                if (!assignableTo(y, t, reason)) {
                    if (reason != null) reason[0] = "cannot assign " + c.str(term.type()) + " (in " + c.str(v) + ") to " + c.str(t)
                            + (reason[0] == null || reason[0].isEmpty() ? "" : "\n\t" + reason[0]);
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    Pos pos(Expr e) {
        return ExprString.start(e);
    }

    List<Operand> unused() {
        return new ArrayList<>();
    }
}
