package gojc.codegen;

import gojc.ir.FuncShape;
import gojc.ir.IrExpr;
import gojc.ir.IrStmt;
import gojc.ir.IrType;
import gojc.ir.Repr;
import gojc.ir.Variable;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.util.List;

/**
 * Code for the function-related IR of a {@link FuncGen}: variables in heap cells and closure
 * fields, func values and calls through them, the result area of multi-result functions,
 * labels and goto, defer/panic/recover.
 */
final class CallGen implements Opcodes {
    static final String RESULTS = "gojc/rt/Results";
    static final String DEFER_FRAME = "gojc/rt/DeferFrame";

    private final FuncGen g;
    private final MethodVisitor mv;

    CallGen(FuncGen g) {
        this.g = g;
        this.mv = g.mv;
    }

    // ---- Variables ----

    static String cellClass(IrType t) {
        return "gojc/rt/Cell" + switch (t.repr()) {
            case BOOL -> "Z";
            case INT -> "I";
            case LONG -> "J";
            case FLOAT -> "F";
            case DOUBLE -> "D";
            case REF -> "L";
            case VOID -> throw new IllegalStateException("void variable");
        };
    }

    private static String cellValueDesc(IrType t) {
        return t.repr() == Repr.REF ? "Ljava/lang/Object;" : t.descriptor();
    }

    /** What the variable's slot or field holds: its cell, or the value itself. */
    static String rawDescriptor(Variable v) {
        return v.boxed ? "L" + cellClass(v.type) + ";" : v.type.descriptor();
    }

    void loadRaw(Variable v) {
        if (v.field != null) {
            mv.visitVarInsn(ALOAD, 0);
            mv.visitFieldInsn(GETFIELD, v.fieldOwner, v.field, rawDescriptor(v));
        } else {
            mv.visitVarInsn(v.boxed ? ALOAD : FuncGen.loadOp(v.type), v.slot());
        }
    }

    void load(Variable v) {
        loadRaw(v);
        if (v.boxed) {
            mv.visitFieldInsn(GETFIELD, cellClass(v.type), "v", cellValueDesc(v.type));
            checkcast(v.type);
        }
    }

    void store(Variable v, IrExpr value) {
        if (v.boxed) {
            loadRaw(v);
            g.expr(value);
            mv.visitFieldInsn(PUTFIELD, cellClass(v.type), "v", cellValueDesc(v.type));
        } else if (v.field != null) {
            throw new IllegalStateException("store to bound value " + v);
        } else {
            g.expr(value);
            mv.visitVarInsn(FuncGen.storeOp(v.type), v.slot());
        }
    }

    /** After an Object slot: the value's own class (nothing for interfaces). */
    private void checkcast(IrType t) {
        if (t.repr() == Repr.REF && !t.refDescriptor().equals("Ljava/lang/Object;")) {
            mv.visitTypeInsn(CHECKCAST, t.internalName());
        }
    }

    // ---- Statements ----

    boolean stmt(IrStmt s) {
        if (s instanceof IrStmt.Label l) {
            mv.visitLabel(g.label(l.id()));
        } else if (s instanceof IrStmt.Goto gt) {
            mv.visitJumpInsn(GOTO, g.label(gt.target()));
        } else if (s instanceof IrStmt.NewCell nc) {
            String cell = cellClass(nc.var().type);
            mv.visitTypeInsn(NEW, cell);
            mv.visitInsn(DUP);
            mv.visitMethodInsn(INVOKESPECIAL, cell, "<init>", "()V", false);
            mv.visitVarInsn(ASTORE, nc.var().slot());
        } else if (s instanceof IrStmt.Panic p) {
            g.expr(p.value());
            mv.visitMethodInsn(INVOKESTATIC, "gojc/rt/Panics", "panic", "(Ljava/lang/Object;)Lgojc/rt/GoPanic;", false);
            mv.visitInsn(ATHROW);
        } else if (s instanceof IrStmt.Defer d) {
            load(d.frame());
            g.expr(d.fn());
            g.expr(d.usesRecover());
            mv.visitMethodInsn(INVOKEVIRTUAL, DEFER_FRAME, "push", "(Lgojc/rt/FuncV;Z)V", false);
        } else if (s instanceof IrStmt.DeferScope ds) {
            deferScope(ds);
        } else {
            return false;
        }
        return true;
    }

    /**
     * try { body } catch (Throwable t) { frame.exit(t) } — exit runs the deferred calls and
     * rethrows unless a deferred call recovered; returns in the body jump to exit, which runs
     * them with no panic. Both paths end at the final return of the results.
     */
    private void deferScope(IrStmt.DeferScope ds) {
        mv.visitTypeInsn(NEW, DEFER_FRAME);
        mv.visitInsn(DUP);
        mv.visitMethodInsn(INVOKESPECIAL, DEFER_FRAME, "<init>", "()V", false);
        mv.visitVarInsn(ASTORE, ds.frame().slot());
        Label start = new Label();
        Label end = new Label();
        Label handler = new Label();
        Label done = new Label();
        mv.visitTryCatchBlock(start, end, handler, "java/lang/Throwable");
        mv.visitLabel(start);
        g.stmt(ds.body());
        mv.visitLabel(end);
        mv.visitLabel(handler);
        int t = g.newSlot(1);
        mv.visitVarInsn(ASTORE, t);
        mv.visitVarInsn(ALOAD, ds.frame().slot());
        mv.visitVarInsn(ALOAD, t);
        mv.visitMethodInsn(INVOKEVIRTUAL, DEFER_FRAME, "exit", "(Ljava/lang/Throwable;)V", false);
        mv.visitJumpInsn(GOTO, done);
        mv.visitLabel(g.label(ds.exit()));
        mv.visitVarInsn(ALOAD, ds.frame().slot());
        mv.visitInsn(ACONST_NULL);
        mv.visitMethodInsn(INVOKEVIRTUAL, DEFER_FRAME, "exit", "(Ljava/lang/Throwable;)V", false);
        mv.visitLabel(done);
        g.stmt(ds.ret());
    }

    /** Writes results 1..n-1 of a return to the result area (the lowering made them simple). */
    void extraResults(List<IrExpr> results) {
        for (int i = 1; i < results.size(); i++) {
            IrExpr x = results.get(i);
            mv.visitMethodInsn(INVOKESTATIC, RESULTS, "get", "()L" + RESULTS + ";", false);
            Repr r = x.type().repr();
            switch (r) {
                case BOOL, INT, LONG -> mv.visitFieldInsn(GETFIELD, RESULTS, "j", "[J");
                case FLOAT, DOUBLE -> mv.visitFieldInsn(GETFIELD, RESULTS, "d", "[D");
                default -> mv.visitFieldInsn(GETFIELD, RESULTS, "l", "[Ljava/lang/Object;");
            }
            mv.visitLdcInsn(i - 1);
            g.expr(x);
            switch (r) {
                case BOOL, INT -> {
                    mv.visitInsn(I2L);
                    mv.visitInsn(LASTORE);
                }
                case LONG -> mv.visitInsn(LASTORE);
                case FLOAT -> {
                    mv.visitInsn(F2D);
                    mv.visitInsn(DASTORE);
                }
                case DOUBLE -> mv.visitInsn(DASTORE);
                default -> mv.visitInsn(AASTORE);
            }
        }
    }

    // ---- Expressions ----

    boolean expr(IrExpr e) {
        if (e instanceof IrExpr.Nil) {
            mv.visitInsn(ACONST_NULL);
        } else if (e instanceof IrExpr.Convert c && c.type().isFunc() && c.x().type().isFunc()) {
            // Func types with identical underlying types share their shape class.
            g.expr(c.x());
        } else if (e instanceof IrExpr.Seq s) {
            s.pre().forEach(g::stmt);
            g.expr(s.value());
        } else if (e instanceof IrExpr.CallValue c) {
            String shape = shape(c.shape());
            g.expr(c.fn());
            for (IrExpr a : c.args()) g.expr(a);
            mv.visitMethodInsn(INVOKEVIRTUAL, shape, "call", c.shape().descriptor(), false);
            unerase(c.shape().result0());
        } else if (e instanceof IrExpr.ExtraResult r) {
            extraResult(r);
        } else if (e instanceof IrExpr.MakeClosure m) {
            String cls = m.closure().className();
            mv.visitTypeInsn(NEW, cls);
            mv.visitInsn(DUP);
            StringBuilder d = new StringBuilder("(");
            for (Variable v : m.captures()) {
                loadRaw(v);
                d.append(rawDescriptor(v));
            }
            mv.visitMethodInsn(INVOKESPECIAL, cls, "<init>", d.append(")V").toString(), false);
            // The verifier merges closure classes only through their declared shape.
            mv.visitTypeInsn(CHECKCAST, shape(m.closure().shape()));
        } else if (e instanceof IrExpr.Recover r) {
            load(r.token());
            mv.visitMethodInsn(INVOKESTATIC, "gojc/rt/Defers", "recover", "(Ljava/lang/Object;)Ljava/lang/Object;", false);
        } else {
            return false;
        }
        return true;
    }

    /** Casts a func value that came through an erased shape member back to its own shape. */
    void unerase(IrType t) {
        if (t.repr() == Repr.REF && t.refDescriptor().equals(FuncShape.ERASED) && t.go() != null) {
            mv.visitTypeInsn(CHECKCAST, IrType.of(t.go(), null).internalName());
        }
    }

    private String shape(FuncShape s) {
        String d = s.descriptor();
        if (!d.equals("()V")) g.shapes.add(d);
        return s.className();
    }

    private void extraResult(IrExpr.ExtraResult r) {
        mv.visitMethodInsn(INVOKESTATIC, RESULTS, "get", "()L" + RESULTS + ";", false);
        int slot = r.index() - 1;
        switch (r.type().repr()) {
            case BOOL, INT, LONG -> {
                mv.visitFieldInsn(GETFIELD, RESULTS, "j", "[J");
                mv.visitLdcInsn(slot);
                mv.visitInsn(LALOAD);
                if (r.type().repr() != Repr.LONG) mv.visitInsn(L2I);
            }
            case FLOAT, DOUBLE -> {
                mv.visitFieldInsn(GETFIELD, RESULTS, "d", "[D");
                mv.visitLdcInsn(slot);
                mv.visitInsn(DALOAD);
                if (r.type().repr() == Repr.FLOAT) mv.visitInsn(D2F);
            }
            default -> {
                mv.visitLdcInsn(slot);
                mv.visitMethodInsn(INVOKEVIRTUAL, RESULTS, "takeL", "(I)Ljava/lang/Object;", false);
                checkcast(r.type());
            }
        }
    }

    /**
     * A value converted to interface{} (panic's argument) in the Java boxes gojc.rt.Type.of
     * reads: bool, int, int32, float32, float64 and string values. Other types need the
     * interfaces' type descriptors (gojc.rt.Box) and come with the interfaces issue.
     */
}
