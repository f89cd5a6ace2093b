package gojc.codegen;

import gojc.constant.ConstValue;
import gojc.ir.IntKind;
import gojc.ir.IrExpr;
import gojc.ir.IrFunc;
import gojc.ir.IrStmt;
import gojc.ir.IrType;
import gojc.ir.NotSupported;
import gojc.ir.Repr;
import gojc.ir.Variable;
import gojc.syntax.Pos;
import gojc.syntax.Token;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Emits one IR function as a static JVM method. Integers narrower than 32 bits are renormalized
 * after each operation that can leave their range; unsigned operations go through the JDK's
 * unsigned helpers or the runtime's {@code Arith}.
 */
final class FuncGen implements Opcodes {
    static final String GOSTRING = IrType.GOSTRING;
    static final String ARITH = "gojc/rt/Arith";
    static final String PRINT = "gojc/rt/Print";

    final MethodVisitor mv;
    private final Map<IrStmt.LoopId, Label[]> loops = new IdentityHashMap<>();
    private final Map<IrStmt.LabelId, Label> labels = new IdentityHashMap<>();
    private int nextSlot;
    private int lastLine = -1;
    /** Func shapes the code uses; the package compiler generates their classes. */
    final java.util.Set<String> shapes;
    final CallGen calls;

    private final CompositeGen comp;
    private final IfaceGen iface;
    private final ComplexGen complex;

    FuncGen(MethodVisitor mv) {
        this(mv, new java.util.TreeSet<>());
    }

    FuncGen(MethodVisitor mv, java.util.Set<String> shapes) {
        this.mv = mv;
        this.shapes = shapes;
        this.calls = new CallGen(this);
        this.comp = new CompositeGen(mv, this::expr, this::stmt);
        this.iface = new IfaceGen(mv, this::expr);
        this.complex = new ComplexGen(mv, this::expr);
    }

    Label label(IrStmt.LabelId id) {
        return labels.computeIfAbsent(id, k -> new Label());
    }

    /** Emits a static method's body. */
    void emit(IrFunc f) {
        emit(f, false);
    }

    /** Lays out slots for {@code this} (instance methods), parameters then locals, and emits the body. */
    void emit(IrFunc f, boolean instance) {
        emitCode(f, instance);
        try {
            mv.visitMaxs(0, 0);
        } catch (ArrayIndexOutOfBoundsException | NegativeArraySizeException e) {
            // ASM's frame computation fails on inconsistent code: name the function
            if (System.getenv("GOJC_DEBUGFRAMES") != null) DebugFrames.dump(f, shapes);
            throw new IllegalStateException("frames of " + f.ref().owner() + "." + f.ref().name() + " (" + f.pos() + "): " + e, e);
        }
        mv.visitEnd();
    }

    void emitCode(IrFunc f, boolean instance) {
        mv.visitCode();
        if (instance) nextSlot = 1;
        for (Variable p : f.params()) assign(p);
        for (Variable v : f.locals()) assign(v);
        if (instance) {
            // Func-typed parameters arrive erased (see FuncShape): cast them back once.
            for (int i = 0; i < f.params().size(); i++) {
                Variable p = f.params().get(i);
                if (p.type.isFunc() && f.ref().params().get(i).refDescriptor().equals(gojc.ir.FuncShape.ERASED)) {
                    mv.visitVarInsn(ALOAD, p.slot());
                    mv.visitTypeInsn(CHECKCAST, p.type.internalName());
                    mv.visitVarInsn(ASTORE, p.slot());
                }
            }
        }
        stmt(f.body());
        if (f.ref().result().repr() != Repr.VOID) {
            // Unreachable after a terminating body; ASM drops it as dead code.
            mv.visitInsn(ACONST_NULL);
            mv.visitInsn(ATHROW);
        }
    }

    private void assign(Variable v) {
        v.setSlot(nextSlot);
        nextSlot += v.boxed ? 1 : Math.max(1, v.type.repr().slots());
    }

    /** A fresh local slot for code generation's own use. */
    int newSlot(int size) {
        int s = nextSlot;
        nextSlot += size;
        return s;
    }

    void line(Pos pos) {
        if (pos == null || !pos.isKnown()) return;
        int line = LineTable.line(pos);
        if (line != lastLine) {
            Label l = new Label();
            mv.visitLabel(l);
            mv.visitLineNumber(line, l);
            lastLine = line;
        }
    }

    // ---- Statements ----

    void stmt(IrStmt s) {
        line(s.pos());
        if (calls.stmt(s)) {
            return;
        }
        if (s instanceof IrStmt.Block b) {
            b.stmts().forEach(this::stmt);
        } else if (s instanceof IrStmt.Eval e) {
            expr(e.x());
            pop(e.x().type());
        } else if (s instanceof IrStmt.Store st) {
            calls.store(st.var(), st.value());
        } else if (s instanceof IrStmt.StoreGlobal sg) {
            expr(sg.value());
            mv.visitFieldInsn(PUTSTATIC, sg.global().owner(), sg.global().name(), sg.global().type().descriptor());
        } else if (s instanceof IrStmt.Print p) {
            print(p);
        } else if (s instanceof IrStmt.If i && i.els() == null && i.then() instanceof IrStmt.Goto g) {
            branch(i.cond(), label(g.target()), true);
        } else if (s instanceof IrStmt.If i) {
            Label els = new Label();
            Label end = new Label();
            branch(i.cond(), els, false);
            stmt(i.then());
            if (i.els() != null) {
                mv.visitJumpInsn(GOTO, end);
                mv.visitLabel(els);
                stmt(i.els());
                mv.visitLabel(end);
            } else {
                mv.visitLabel(els);
            }
        } else if (s instanceof IrStmt.Loop l) {
            loop(l);
        } else if (s instanceof IrStmt.Break b) {
            mv.visitJumpInsn(GOTO, loops.get(b.loop())[1]);
        } else if (s instanceof IrStmt.Continue c) {
            mv.visitJumpInsn(GOTO, loops.get(c.loop())[0]);
        } else if (s instanceof IrStmt.Return r) {
            if (r.results().isEmpty()) {
                mv.visitInsn(RETURN);
            } else {
                calls.extraResults(r.results());
                IrExpr x = r.results().get(0);
                expr(x);
                mv.visitInsn(returnOp(x.type()));
            }
        } else if (!comp.stmt(s)) {
            throw new IllegalStateException("statement " + s);
        }
    }

    /**
     * The test at the top, as javac places it: every way into the loop (its entry, its back
     * edge, a resumed frame's route) then reaches one header, and so does the JIT's on-stack
     * replacement, which enters a loop where its hot back edge goes. (With the test at the
     * bottom, entered by a jump to it, a replacement entering at the top made the loop
     * irreducible for C2, which then left it unoptimized: spectralnorm's first calls ran 3x
     * slower than its later ones.) C2 rotates the loop itself. Continue goes to the post
     * statement, which jumps back to the test.
     */
    private void loop(IrStmt.Loop l) {
        if (Continuations.POLLS && innermost(l.body())) {
            TripBound b = copiedBodies < MAX_COPIED ? TripBound.of(l) : null;
            if (b != null) {
                copiedBodies += BigCode.count(l.body());
                shortOrLong(l, b);
                return;
            }
            if (l.counted()) {
                stripMined(l);
                return;
            }
        }
        loop(l, false);
    }

    /** IR nodes of loop bodies compiled twice so far (shortOrLong), capped per JVM method. */
    private int copiedBodies;
    private static final int MAX_COPIED = 400;

    /**
     * A loop of at most hi - lo iterations (TripBound): if that is at most CHUNK (an unsigned
     * test, true exactly when lo >= hi or 0 < hi - lo <= CHUNK), a copy with no preemption poll
     * runs, counting as one iteration of the loop around it, without Go's bounds checks on the
     * slice accesses a test of lo and hi on entry proves (ProvenIndexes); otherwise the ordinary
     * loop (strip-mined if counted: a short counted loop, as nbody's over its 5 bodies, would
     * poll on every entry, once per chunk).
     */
    private void shortOrLong(IrStmt.Loop l, TripBound b) {
        Label polled = new Label();
        Label end = new Label();
        boolean wide = b.hi().type().repr() == Repr.LONG;
        expr(b.hi());
        expr(b.lo());
        if (wide) {
            mv.visitInsn(LSUB);
            mv.visitLdcInsn(Long.MIN_VALUE);
            mv.visitInsn(LXOR);
            mv.visitLdcInsn(Long.MIN_VALUE ^ CHUNK);
            mv.visitInsn(LCMP);
            mv.visitJumpInsn(IFGT, polled);
        } else {
            mv.visitInsn(ISUB);
            mv.visitLdcInsn(Integer.MIN_VALUE);
            mv.visitInsn(IXOR);
            mv.visitLdcInsn(Integer.MIN_VALUE ^ CHUNK);
            mv.visitJumpInsn(IF_ICMPGT, polled);
        }
        ProvenIndexes proof = ProvenIndexes.of(l, b);
        if (proof != null) proveOnEntry(proof, b, polled);
        loop(proof == null ? l : proof.rewrite(), true);
        mv.visitJumpInsn(GOTO, end);
        mv.visitLabel(polled);
        if (l.counted()) {
            stripMined(l);
        } else {
            loop(l, false);
        }
        mv.visitLabel(end);
    }

    /** Per slice, {@code lo0 + min >= 0 && hi0 + max < len(s)}, else to polled (min and max are small: no overflow). */
    private void proveOnEntry(ProvenIndexes proof, TripBound b, Label polled) {
        for (var e : proof.bounds().entrySet()) {
            expr(b.lo());
            mv.visitLdcInsn(-e.getValue()[0]);
            mv.visitInsn(LCMP);
            mv.visitJumpInsn(IFLT, polled);
            expr(b.hi());
            expr(new IrExpr.Load(e.getKey()));
            String sc = e.getKey().type.descriptor();
            mv.visitMethodInsn(INVOKESTATIC, sc.substring(1, sc.length() - 1), "len", "(" + sc + ")I", false);
            mv.visitInsn(I2L);
            mv.visitLdcInsn(e.getValue()[1]);
            mv.visitInsn(LSUB);
            mv.visitInsn(LCMP);
            mv.visitJumpInsn(IFGE, polled);
        }
    }

    /** unpolled: the header is marked as a strip-mined chunk's, so the continuation transform puts no poll there. */
    private void loop(IrStmt.Loop l, boolean unpolled) {
        Label top = new Label();
        Label cont = new Label();
        Label end = new Label();
        loops.put(l.id(), new Label[] {cont, end});
        if (l.cond() == null) {
            mv.visitLabel(top);
            stmt(l.body());
            mv.visitLabel(cont);
            if (l.post() != null) stmt(l.post());
            mv.visitJumpInsn(GOTO, top);
        } else {
            mv.visitLabel(top);
            if (unpolled) mv.visitMethodInsn(INVOKESTATIC, Continuations.SCHED, Continuations.CHUNK_INNER, "()V", false);
            branch(l.cond(), end, false);
            stmt(l.body());
            mv.visitLabel(cont);
            if (l.post() != null) stmt(l.post());
            mv.visitJumpInsn(GOTO, top);
        }
        mv.visitLabel(end);
    }

    /**
     * No loop (nor label, which goto may loop to) inside: only innermost loops are strip-mined.
     * An outer loop gains nothing (its inner loops poll and call anyway), and its chunk exit,
     * not taken before the JIT compiles the loop, would make the compiled code deoptimize.
     */
    private static boolean innermost(IrStmt body) {
        boolean[] nested = {false};
        BigCode.walk(body, n -> {
            if (n instanceof IrStmt.Loop || n instanceof IrStmt.Label) nested[0] = true;
        });
        return !nested[0];
    }

    /** Iterations of a strip-mined loop between two preemption polls. */
    static final int CHUNK = Integer.getInteger("gojc.chunk", 1024);

    /**
     * A counted loop strip-mined as C2 does for its safepoints: an inner loop of at most CHUNK
     * iterations with no preemption poll, so the JIT sees a loop free of calls (it hoists the
     * slice header's loads and the array checks, and unrolls), inside an outer loop whose
     * header polls on every chunk. Marker calls tell the continuation transform which header
     * is which (Continuations.chunkMarks).
     */
    private void stripMined(IrStmt.Loop l) {
        IrExpr.Compare c = (IrExpr.Compare) l.cond();
        Label outer = new Label();
        Label inner = new Label();
        Label cont = new Label();
        Label end = new Label();
        loops.put(l.id(), new Label[] {cont, end});
        int lim = newSlot(1);
        mv.visitLabel(outer);
        mv.visitMethodInsn(INVOKESTATIC, Continuations.SCHED, Continuations.CHUNK_POLL, "()V", false);
        branch(c, end, false);
        // lim = n - i > CHUNK ? i + CHUNK : n   (0 <= i < n, so nothing overflows)
        Label whole = new Label();
        Label set = new Label();
        expr(c.y());
        expr(c.x());
        mv.visitInsn(ISUB);
        mv.visitLdcInsn(CHUNK);
        mv.visitJumpInsn(IF_ICMPLE, whole);
        expr(c.x());
        mv.visitLdcInsn(CHUNK);
        mv.visitInsn(IADD);
        mv.visitJumpInsn(GOTO, set);
        mv.visitLabel(whole);
        expr(c.y());
        mv.visitLabel(set);
        mv.visitVarInsn(ISTORE, lim);
        // The inner loop tests at the top too and leaves through a goto back to the outer
        // header, as javac's code does. As a do-while (i < lim holds on entry), or with its
        // exit test jumping to the outer header itself (a back edge of both loops), C2 often
        // left the loops unoptimized in full compiles and always in on-stack replacements
        // (3x slower than javac's shape; measured on spectralnorm's products).
        Label chunkDone = new Label();
        mv.visitLabel(inner);
        mv.visitMethodInsn(INVOKESTATIC, Continuations.SCHED, Continuations.CHUNK_INNER, "()V", false);
        expr(c.x());
        mv.visitVarInsn(ILOAD, lim);
        mv.visitJumpInsn(IF_ICMPGE, chunkDone);
        stmt(l.body());
        mv.visitLabel(cont);
        stmt(l.post());
        mv.visitJumpInsn(GOTO, inner);
        mv.visitLabel(chunkDone);
        mv.visitJumpInsn(GOTO, outer);
        mv.visitLabel(end);
    }

    private void print(IrStmt.Print p) {
        mv.visitMethodInsn(INVOKESTATIC, PRINT, "begin", "()V", false);
        boolean first = true;
        for (IrExpr a : p.args()) {
            if (p.newline() && !first) mv.visitMethodInsn(INVOKESTATIC, PRINT, "sp", "()V", false);
            first = false;
            expr(a);
            IrType t = a.type();
            switch (t.repr()) {
                case BOOL -> printCall("bool", "(Z)V");
                case INT -> {
                    mv.visitInsn(t.isUnsigned() ? I2L : I2L);
                    if (t.isUnsigned()) {
                        mv.visitLdcInsn(0xFFFFFFFFL);
                        mv.visitInsn(LAND);
                    }
                    printCall(t.isUnsigned() ? "uint64" : "int64", "(J)V");
                }
                case LONG -> printCall(t.isUnsigned() ? "uint64" : "int64", "(J)V");
                case FLOAT -> {
                    mv.visitInsn(F2D);
                    printCall("float64", "(D)V");
                }
                case DOUBLE -> printCall("float64", "(D)V");
                case REF -> {
                    if (t.isString()) {
                        printCall("string", "(L" + GOSTRING + ";)V");
                    } else if (t.go() != null && t.go().underlying() instanceof gojc.types.Interface) {
                        iface.print();
                    } else if (t.isComplex()) {
                        complex.print(t);
                    } else {
                        comp.print(t, p.pos());
                    }
                }
                case VOID -> throw new IllegalStateException("print of no value");
            }
        }
        if (p.newline()) mv.visitMethodInsn(INVOKESTATIC, PRINT, "nl", "()V", false);
        mv.visitMethodInsn(INVOKESTATIC, PRINT, "end", "()V", false);
    }

    private void printCall(String name, String desc) {
        mv.visitMethodInsn(INVOKESTATIC, PRINT, name, desc, false);
    }

    // ---- Expressions ----

    void expr(IrExpr e) {
        if (calls.expr(e) || complex.expr(e)) {
            return;
        }
        if (e instanceof IrExpr.Const c) {
            constant(c.type(), c.value());
        } else if (e instanceof IrExpr.Load l) {
            calls.load(l.var());
        } else if (e instanceof IrExpr.CellOf c) {
            calls.loadRaw(c.var());
        } else if (e instanceof IrExpr.LoadGlobal g) {
            mv.visitFieldInsn(GETSTATIC, g.global().owner(), g.global().name(), g.global().type().descriptor());
        } else if (e instanceof IrExpr.Binary b) {
            binary(b);
        } else if (e instanceof IrExpr.Unary u) {
            unary(u);
        } else if (e instanceof IrExpr.Compare || e instanceof IrExpr.Logical) {
            boolValue(e);
        } else if (e instanceof IrExpr.Convert c) {
            Conversions.emit(mv, c.x(), c.type(), this::expr);
        } else if (e instanceof IrExpr.Call c) {
            for (IrExpr a : c.args()) expr(a);
            mv.visitMethodInsn(INVOKESTATIC, c.fn().owner(), c.fn().name(), c.fn().descriptor(), false);
        } else if (e instanceof IrExpr.Concat c) {
            concat(c);
        } else if (!comp.expr(e) && !iface.expr(e)) {
            throw new IllegalStateException("expression " + e);
        }
    }

    private void concat(IrExpr.Concat c) {
        String gs = "L" + GOSTRING + ";";
        if (c.parts().size() == 2) {
            expr(c.parts().get(0));
            expr(c.parts().get(1));
            mv.visitMethodInsn(INVOKESTATIC, GOSTRING, "concat", "(" + gs + gs + ")" + gs, false);
            return;
        }
        mv.visitLdcInsn(c.parts().size());
        mv.visitTypeInsn(ANEWARRAY, GOSTRING);
        for (int i = 0; i < c.parts().size(); i++) {
            mv.visitInsn(DUP);
            mv.visitLdcInsn(i);
            expr(c.parts().get(i));
            mv.visitInsn(AASTORE);
        }
        mv.visitMethodInsn(INVOKESTATIC, GOSTRING, "concat", "([" + gs + ")" + gs, false);
    }

    private void constant(IrType t, ConstValue v) {
        switch (t.repr()) {
            case BOOL -> mv.visitLdcInsn(ConstValue.boolVal(v) ? 1 : 0);
            case INT -> mv.visitLdcInsn((int) intBits(v));
            case LONG -> mv.visitLdcInsn(intBits(v));
            case FLOAT -> mv.visitLdcInsn(ConstValue.float32Val(ConstValue.toFloat(v)).value());
            case DOUBLE -> mv.visitLdcInsn(ConstValue.float64Val(ConstValue.toFloat(v)).value());
            case REF -> {
                if (!t.isString()) throw new NotSupported("constant of type " + t.go(), null);
                Strings.constant(mv, v.bytes());
            }
            case VOID -> throw new IllegalStateException("void constant");
        }
    }

    /** The two's-complement bits of an integer constant that the checker proved representable. */
    private static long intBits(ConstValue v) {
        ConstValue i = ConstValue.toInt(v);
        ConstValue.ExactLong s = ConstValue.int64Val(i);
        return s.exact() ? s.value() : ConstValue.uint64Val(i).value();
    }

    private void binary(IrExpr.Binary b) {
        IrType t = b.type();
        expr(b.x());
        if (b.op() == Token.SHL || b.op() == Token.SHR) {
            shift(b);
            return;
        }
        if ((b.op() == Token.QUO || b.op() == Token.REM) && !t.isFloat() && constantDivision(b)) {
            normalize(t);
            return;
        }
        expr(b.y());
        if (t.isString()) throw new NotSupported("string operator " + b.op(), null);
        Repr r = t.repr();
        boolean unsigned = t.isUnsigned();
        switch (b.op()) {
            case ADD -> mv.visitInsn(op(r, IADD, LADD, FADD, DADD));
            case SUB -> mv.visitInsn(op(r, ISUB, LSUB, FSUB, DSUB));
            case MUL -> mv.visitInsn(op(r, IMUL, LMUL, FMUL, DMUL));
            case QUO -> {
                if (t.isFloat()) {
                    mv.visitInsn(r == Repr.FLOAT ? FDIV : DDIV);
                } else {
                    arith(r, unsigned ? "divU" : "div");
                }
            }
            case REM -> arith(r, unsigned ? "remU" : "rem");
            case AND -> mv.visitInsn(r == Repr.LONG ? LAND : IAND);
            case OR -> mv.visitInsn(r == Repr.LONG ? LOR : IOR);
            case XOR -> mv.visitInsn(r == Repr.LONG ? LXOR : IXOR);
            case AND_NOT -> {
                if (r == Repr.LONG) {
                    mv.visitLdcInsn(-1L);
                    mv.visitInsn(LXOR);
                    mv.visitInsn(LAND);
                } else {
                    mv.visitInsn(ICONST_M1);
                    mv.visitInsn(IXOR);
                    mv.visitInsn(IAND);
                }
            }
            default -> throw new NotSupported("operator " + b.op(), null);
        }
        normalize(t);
    }

    /**
     * x / c and x % c for a constant c other than 0: no divide-by-zero check, so the JVM's own
     * instruction (Go's and the JVM's truncated division agree, MinInt / -1 included), or for
     * unsigned operands a shift or a mask when c is a power of two. x is on the stack; false
     * (nothing emitted) when the helpers must do it.
     */
    private boolean constantDivision(IrExpr.Binary b) {
        if (!(b.y() instanceof IrExpr.Const c)) return false;
        IrType t = b.type();
        boolean wide = t.repr() == Repr.LONG;
        if (!wide && t.repr() != Repr.INT) return false;
        long d = intBits(c.value());
        if (!wide) d = t.isUnsigned() ? d & 0xFFFFFFFFL : (int) d;
        if (d == 0) return false;
        boolean quo = b.op() == Token.QUO;
        if (t.isUnsigned()) {
            if (Long.bitCount(d) == 1) {
                if (quo) {
                    mv.visitLdcInsn(Long.numberOfTrailingZeros(d));
                    mv.visitInsn(wide ? LUSHR : IUSHR);
                } else if (wide) {
                    mv.visitLdcInsn(d - 1);
                    mv.visitInsn(LAND);
                } else {
                    mv.visitLdcInsn((int) (d - 1));
                    mv.visitInsn(IAND);
                }
                return true;
            }
            // uint8 and uint16 values are non-negative JVM ints: signed division is theirs
            if (wide || t.intKind() == IntKind.UINT32) {
                mv.visitLdcInsn(wide ? (Object) d : (Object) (int) d);
                arith(t.repr(), quo ? "divU" : "remU");
                return true;
            }
        }
        mv.visitLdcInsn(wide ? (Object) d : (Object) (int) d);
        mv.visitInsn(wide ? (quo ? LDIV : LREM) : (quo ? IDIV : IREM));
        return true;
    }

    private void arith(Repr r, String name) {
        if (r == Repr.LONG) {
            mv.visitMethodInsn(INVOKESTATIC, ARITH, name + "64", "(JJ)J", false);
        } else {
            mv.visitMethodInsn(INVOKESTATIC, ARITH, name + "32", "(II)I", false);
        }
    }

    /** Go shifts: any count; counts at or beyond the width give 0 or the sign; negative ones panic. */
    private void shift(IrExpr.Binary b) {
        IrType t = b.type();
        IrExpr count = b.y();
        boolean wide = t.repr() == Repr.LONG;
        if (count instanceof IrExpr.Const c && (wide || t.repr() == Repr.INT)) {
            // a constant count below the JVM word's width is the JVM's own shift (which masks
            // the count, so larger ones keep the helpers' Go semantics)
            ConstValue.ExactLong n = ConstValue.int64Val(ConstValue.toInt(c.value()));
            if (n.exact() && n.value() >= 0 && n.value() < (wide ? 64 : 32)) {
                mv.visitLdcInsn((int) n.value());
                boolean left = b.op() == Token.SHL;
                if (wide) mv.visitInsn(left ? LSHL : t.isUnsigned() ? LUSHR : LSHR);
                else mv.visitInsn(left ? ISHL : t.isUnsigned() ? IUSHR : ISHR);
                normalize(t);
                return;
            }
        }
        expr(count);
        // The runtime helpers take the count as a long; an unsigned count is zero-extended.
        switch (count.type().repr()) {
            case INT -> {
                mv.visitInsn(I2L);
                if (count.type().isUnsigned()) {
                    mv.visitLdcInsn(0xFFFFFFFFL);
                    mv.visitInsn(LAND);
                }
            }
            case LONG -> {
            }
            default -> throw new NotSupported("shift count of type " + count.type().go(), null);
        }
        if (!count.type().isUnsigned()) {
            mv.visitMethodInsn(INVOKESTATIC, ARITH, "checkShift", "(J)J", false);
        }
        boolean unsigned = t.isUnsigned();
        String name = b.op() == Token.SHL ? "shl" : unsigned ? "shrU" : "shr";
        if (t.repr() == Repr.LONG) {
            mv.visitMethodInsn(INVOKESTATIC, ARITH, name + "64", "(JJ)J", false);
        } else {
            mv.visitMethodInsn(INVOKESTATIC, ARITH, name + "32", "(IJ)I", false);
        }
        normalize(t);
    }

    private void unary(IrExpr.Unary u) {
        IrType t = u.type();
        expr(u.x());
        switch (u.op()) {
            case SUB -> mv.visitInsn(op(t.repr(), INEG, LNEG, FNEG, DNEG));
            case XOR -> {
                if (t.repr() == Repr.LONG) {
                    mv.visitLdcInsn(-1L);
                    mv.visitInsn(LXOR);
                } else {
                    mv.visitInsn(ICONST_M1);
                    mv.visitInsn(IXOR);
                }
            }
            case NOT -> {
                mv.visitInsn(ICONST_1);
                mv.visitInsn(IXOR);
            }
            default -> throw new NotSupported("unary " + u.op(), null);
        }
        normalize(t);
    }

    /** Brings an int-held integer back into its Go range after wrapping arithmetic. */
    private void normalize(IrType t) {
        IntKind k = t.intKind();
        if (k == null) return;
        switch (k) {
            case INT8 -> mv.visitInsn(I2B);
            case INT16 -> mv.visitInsn(I2S);
            case UINT8 -> {
                mv.visitIntInsn(SIPUSH, 0xFF);
                mv.visitInsn(IAND);
            }
            case UINT16 -> mv.visitInsn(I2C);
            default -> {
            }
        }
    }

    private void boolValue(IrExpr cond) {
        Label f = new Label();
        Label end = new Label();
        branch(cond, f, false);
        mv.visitInsn(ICONST_1);
        mv.visitJumpInsn(GOTO, end);
        mv.visitLabel(f);
        mv.visitInsn(ICONST_0);
        mv.visitLabel(end);
    }

    /** Jumps to {@code target} when cond evaluates to {@code when}; falls through otherwise. */
    void branch(IrExpr cond, Label target, boolean when) {
        if (cond instanceof IrExpr.Logical l) {
            boolean and = l.op() == Token.LAND;
            if (and != when) {
                // (x && y) false: x false or y false; (x || y) true: x true or y true.
                branch(l.x(), target, when);
                branch(l.y(), target, when);
            } else {
                Label skip = new Label();
                branch(l.x(), skip, !when);
                branch(l.y(), target, when);
                mv.visitLabel(skip);
            }
        } else if (cond instanceof IrExpr.Unary u && u.op() == Token.NOT) {
            branch(u.x(), target, !when);
        } else if (cond instanceof IrExpr.Compare c) {
            compare(c, target, when);
        } else {
            expr(cond);
            mv.visitJumpInsn(when ? IFNE : IFEQ, target);
        }
    }

    private void compare(IrExpr.Compare c, Label target, boolean when) {
        IrType t = c.x().type();
        Token op = when ? c.op() : negate(c.op());
        expr(c.x());
        expr(c.y());
        switch (t.repr()) {
            case BOOL, INT -> {
                if (t.isUnsigned() && t.intKind() == IntKind.UINT32 && op != Token.EQL && op != Token.NEQ) {
                    mv.visitMethodInsn(INVOKESTATIC, "java/lang/Integer", "compareUnsigned", "(II)I", false);
                    mv.visitJumpInsn(ifOp(op), target);
                } else {
                    mv.visitJumpInsn(ifIcmpOp(op), target);
                }
            }
            case LONG -> {
                if (t.isUnsigned() && op != Token.EQL && op != Token.NEQ) {
                    mv.visitMethodInsn(INVOKESTATIC, "java/lang/Long", "compareUnsigned", "(JJ)I", false);
                } else {
                    mv.visitInsn(LCMP);
                }
                mv.visitJumpInsn(ifOp(op), target);
            }
            // NaN: every ordered comparison is false and != is true. fcmpg makes NaN compare
            // greater, which fails < and <=; fcmpl makes it less, which fails > and >=.
            case FLOAT, DOUBLE -> {
                boolean dbl = t.repr() == Repr.DOUBLE;
                // The variant follows the source operator, so the negated jump also takes NaN.
                boolean g = c.op() == Token.LSS || c.op() == Token.LEQ;
                mv.visitInsn(dbl ? (g ? DCMPG : DCMPL) : (g ? FCMPG : FCMPL));
                mv.visitJumpInsn(ifOp(op), target);
            }
            case REF -> {
                if (c.x() instanceof IrExpr.Nil || c.y() instanceof IrExpr.Nil) {
                    mv.visitJumpInsn(op == Token.EQL ? IF_ACMPEQ : IF_ACMPNE, target);
                    return;
                }
                if (t.isComplex()) {
                    complex.compare(t, op == Token.EQL, target);
                    return;
                }
                if (!t.isString()) {
                    comp.compare(c, op == Token.EQL, target);
                    return;
                }
                if (op == Token.EQL || op == Token.NEQ) {
                    mv.visitMethodInsn(INVOKESTATIC, GOSTRING, "eq", "(L" + GOSTRING + ";L" + GOSTRING + ";)Z", false);
                    mv.visitJumpInsn(op == Token.EQL ? IFNE : IFEQ, target);
                } else {
                    mv.visitMethodInsn(INVOKESTATIC, GOSTRING, "compare", "(L" + GOSTRING + ";L" + GOSTRING + ";)I", false);
                    mv.visitJumpInsn(ifOp(op), target);
                }
            }
            case VOID -> throw new IllegalStateException("compare void");
        }
    }

    private static Token negate(Token op) {
        return switch (op) {
            case EQL -> Token.NEQ;
            case NEQ -> Token.EQL;
            case LSS -> Token.GEQ;
            case LEQ -> Token.GTR;
            case GTR -> Token.LEQ;
            case GEQ -> Token.LSS;
            default -> throw new IllegalArgumentException(op.text);
        };
    }

    private static int ifOp(Token op) {
        return switch (op) {
            case EQL -> IFEQ;
            case NEQ -> IFNE;
            case LSS -> IFLT;
            case LEQ -> IFLE;
            case GTR -> IFGT;
            case GEQ -> IFGE;
            default -> throw new IllegalArgumentException(op.text);
        };
    }

    private static int ifIcmpOp(Token op) {
        return switch (op) {
            case EQL -> IF_ICMPEQ;
            case NEQ -> IF_ICMPNE;
            case LSS -> IF_ICMPLT;
            case LEQ -> IF_ICMPLE;
            case GTR -> IF_ICMPGT;
            case GEQ -> IF_ICMPGE;
            default -> throw new IllegalArgumentException(op.text);
        };
    }

    private static int op(Repr r, int i, int l, int f, int d) {
        return switch (r) {
            case LONG -> l;
            case FLOAT -> f;
            case DOUBLE -> d;
            default -> i;
        };
    }

    void pop(IrType t) {
        switch (t.repr().slots()) {
            case 0 -> {
            }
            case 2 -> mv.visitInsn(POP2);
            default -> mv.visitInsn(POP);
        }
    }

    static int loadOp(IrType t) {
        return switch (t.repr()) {
            case LONG -> LLOAD;
            case FLOAT -> FLOAD;
            case DOUBLE -> DLOAD;
            case REF -> ALOAD;
            default -> ILOAD;
        };
    }

    static int storeOp(IrType t) {
        return switch (t.repr()) {
            case LONG -> LSTORE;
            case FLOAT -> FSTORE;
            case DOUBLE -> DSTORE;
            case REF -> ASTORE;
            default -> ISTORE;
        };
    }

    static int returnOp(IrType t) {
        return switch (t.repr()) {
            case LONG -> LRETURN;
            case FLOAT -> FRETURN;
            case DOUBLE -> DRETURN;
            case REF -> ARETURN;
            default -> IRETURN;
        };
    }
}
