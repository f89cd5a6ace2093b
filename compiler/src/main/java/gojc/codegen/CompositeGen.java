package gojc.codegen;

import gojc.ir.CompositeTypes;
import gojc.ir.IntKind;
import gojc.ir.IrExpr;
import gojc.ir.IrStmt;
import gojc.ir.IrType;
import gojc.ir.NotSupported;
import gojc.ir.Repr;
import gojc.syntax.Pos;
import gojc.types.Pointer;
import gojc.types.Struct;
import gojc.types.Type;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.util.List;
import java.util.function.Consumer;

/** Emits the IR nodes of composite values (see {@code gojc.ir.LowerComposite}). */
final class CompositeGen implements Opcodes {
    private final MethodVisitor mv;
    private final Consumer<IrExpr> gen;
    private final Consumer<IrStmt> stmtGen;

    CompositeGen(MethodVisitor mv, Consumer<IrExpr> gen, Consumer<IrStmt> stmtGen) {
        this.mv = mv;
        this.gen = gen;
        this.stmtGen = stmtGen;
    }

    boolean expr(IrExpr e) {
        if (e instanceof IrExpr.Zero z) {
            zero(z.type());
        } else if (e instanceof IrExpr.Copy c) {
            gen.accept(c.x());
            copy(c.type().go());
        } else if (e instanceof IrExpr.RtCall c) {
            rtCall(c);
        } else if (e instanceof IrExpr.NilCheck n) {
            gen.accept(n.x());
            nilCheck();
        } else if (e instanceof IrExpr.ArrayLoad a) {
            gen.accept(a.array());
            char k = kindOf(a.array().type().descriptor());
            mv.visitInsn(DUP);
            mv.visitInsn(ARRAYLENGTH);
            index(a.index());
            mv.visitInsn(arrayLoadOp(k));
            fromSlot(String.valueOf(k == 'L' ? 'A' : k), a.type());
        } else if (e instanceof IrExpr.ElemAt a) {
            elemAt(a);
        } else if (e instanceof IrExpr.ArrayLit a) {
            arrayLit(a);
        } else if (e instanceof IrExpr.StructLit s) {
            structLit(s);
        } else if (e instanceof IrExpr.GetField g) {
            gen.accept(g.obj());
            Field f = field(g.obj().type(), g.index());
            mv.visitFieldInsn(GETFIELD, f.owner, f.name, f.desc);
            fromSlot(f.desc, g.type());
        } else if (e instanceof IrExpr.Let l) {
            l.stmts().forEach(stmtGen);
            gen.accept(l.value());
        } else {
            return false;
        }
        return true;
    }

    boolean stmt(IrStmt s) {
        if (s instanceof IrStmt.ArrayStore a) {
            gen.accept(a.array());
            char k = kindOf(a.array().type().descriptor());
            mv.visitInsn(DUP);
            mv.visitInsn(ARRAYLENGTH);
            index(a.index());
            gen.accept(a.value());
            mv.visitInsn(arrayStoreOp(k));
        } else if (s instanceof IrStmt.SetField f) {
            gen.accept(f.obj());
            Field fd = field(f.obj().type(), f.index());
            gen.accept(f.value());
            mv.visitFieldInsn(PUTFIELD, fd.owner, fd.name, fd.desc);
        } else if (s instanceof IrStmt.SetValue v) {
            Type t = v.dst().type().go();
            gen.accept(v.dst());
            gen.accept(v.src());
            if (CompositeTypes.isStruct(t)) {
                mv.visitMethodInsn(INVOKEVIRTUAL, CompositeTypes.structClass(t), "$set", "(Lgojc/rt/GoStruct;)V", false);
            } else {
                StructGen.arrayShape(mv, t, true);
                mv.visitMethodInsn(INVOKESTATIC, "gojc/rt/Values", "setArray", "(Ljava/lang/Object;Ljava/lang/Object;IZ)V", false);
            }
        } else {
            return false;
        }
        return true;
    }

    private record Field(String owner, String name, String desc) {}

    private static Field field(IrType holder, int index) {
        Type t = holder.go();
        if (t.underlying() instanceof Pointer p) t = p.elem();
        Struct st = (Struct) t.underlying();
        return new Field(CompositeTypes.structClass(t), CompositeTypes.fieldName(st, index), StructGen.fieldDesc(st.fields().get(index).type()));
    }

    /** An element known to be in bounds: array[i], slice.array[slice.off + i], or a string's byte. */
    private void elemAt(IrExpr.ElemAt a) {
        String d = a.seq().type().descriptor();
        gen.accept(a.seq());
        char k;
        if (d.startsWith("[")) {
            k = kindOf(d);
            gen.accept(a.index());
        } else {
            // gojc/rt/SliceX (array, off) or gojc/rt/GoString (bytes, offset)
            String owner = d.substring(1, d.length() - 1);
            boolean str = owner.equals("gojc/rt/GoString");
            k = str ? 'B' : owner.charAt(owner.length() - 1);
            mv.visitInsn(DUP);
            mv.visitFieldInsn(GETFIELD, owner, str ? "bytes" : "array", k == 'L' ? "[Ljava/lang/Object;" : "[" + k);
            mv.visitInsn(SWAP);
            mv.visitFieldInsn(GETFIELD, owner, str ? "offset" : "off", "I");
            gen.accept(a.index());
            mv.visitInsn(IADD);
        }
        mv.visitInsn(arrayLoadOp(k));
        fromSlot(String.valueOf(k == 'L' ? 'A' : k), a.type());
    }

    /** [array, len] then the index: leaves [array, int index] after gc's bounds check. */
    private void index(IrExpr i) {
        gen.accept(i);
        if (i.type().repr() == Repr.INT && !i.type().isUnsigned()) { // a JVM int already (LowerComposite.jvmIndex)
            mv.visitMethodInsn(INVOKESTATIC, "gojc/rt/Values", "checkIndex", "(II)I", false);
            return;
        }
        toLong(i.type());
        mv.visitMethodInsn(INVOKESTATIC, "gojc/rt/Values", "checkIndex", "(IJ)I", false);
    }

    private void toLong(IrType t) {
        if (t.repr() == Repr.INT) Conversions.toLong(mv, t);
    }

    private void nilCheck() {
        Label ok = new Label();
        mv.visitInsn(DUP);
        mv.visitJumpInsn(IFNONNULL, ok);
        mv.visitMethodInsn(INVOKESTATIC, "gojc/rt/Panics", "nilDereference", "()Lgojc/rt/GoPanic;", false);
        mv.visitInsn(ATHROW);
        mv.visitLabel(ok);
    }

    static char kindOf(String arrayDesc) {
        char c = arrayDesc.charAt(1);
        return c == 'L' || c == '[' ? 'L' : c;
    }

    private static int arrayLoadOp(char k) {
        return switch (k) {
            case 'Z', 'B' -> BALOAD;
            case 'S' -> SALOAD;
            case 'C' -> CALOAD;
            case 'I' -> IALOAD;
            case 'J' -> LALOAD;
            case 'F' -> FALOAD;
            case 'D' -> DALOAD;
            default -> AALOAD;
        };
    }

    private static int arrayStoreOp(char k) {
        return switch (k) {
            case 'Z', 'B' -> BASTORE;
            case 'S' -> SASTORE;
            case 'C' -> CASTORE;
            case 'I' -> IASTORE;
            case 'J' -> LASTORE;
            case 'F' -> FASTORE;
            case 'D' -> DASTORE;
            default -> AASTORE;
        };
    }

    /** A value just read from a slot of descriptor d becomes the IR representation of t. */
    private void fromSlot(String d, IrType t) {
        char c = d.charAt(0);
        if (c == 'B' && t.intKind() == IntKind.UINT8) {
            mv.visitIntInsn(SIPUSH, 0xFF);
            mv.visitInsn(IAND);
        } else if ((c == 'A' || d.equals("Ljava/lang/Object;")) && t.repr() != Repr.VOID) {
            unbox(t);
        }
    }

    /** Object on the stack to t's representation. */
    private void unbox(IrType t) {
        switch (t.repr()) {
            case INT -> {
                mv.visitTypeInsn(CHECKCAST, "java/lang/Integer");
                mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Integer", "intValue", "()I", false);
            }
            case LONG -> {
                mv.visitTypeInsn(CHECKCAST, "java/lang/Long");
                mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Long", "longValue", "()J", false);
            }
            case FLOAT -> {
                mv.visitTypeInsn(CHECKCAST, "java/lang/Float");
                mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Float", "floatValue", "()F", false);
            }
            case DOUBLE -> {
                mv.visitTypeInsn(CHECKCAST, "java/lang/Double");
                mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Double", "doubleValue", "()D", false);
            }
            case BOOL -> {
                mv.visitTypeInsn(CHECKCAST, "java/lang/Boolean");
                mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Boolean", "booleanValue", "()Z", false);
            }
            case REF -> {
                if (!t.descriptor().equals("Ljava/lang/Object;")) mv.visitTypeInsn(CHECKCAST, StructGen.owner(t.descriptor()));
            }
            case VOID -> {
            }
        }
    }

    private void box(IrType t) {
        switch (t.repr()) {
            case INT -> mv.visitMethodInsn(INVOKESTATIC, "java/lang/Integer", "valueOf", "(I)Ljava/lang/Integer;", false);
            case LONG -> mv.visitMethodInsn(INVOKESTATIC, "java/lang/Long", "valueOf", "(J)Ljava/lang/Long;", false);
            case FLOAT -> mv.visitMethodInsn(INVOKESTATIC, "java/lang/Float", "valueOf", "(F)Ljava/lang/Float;", false);
            case DOUBLE -> mv.visitMethodInsn(INVOKESTATIC, "java/lang/Double", "valueOf", "(D)Ljava/lang/Double;", false);
            case BOOL -> mv.visitMethodInsn(INVOKESTATIC, "java/lang/Boolean", "valueOf", "(Z)Ljava/lang/Boolean;", false);
            default -> {
            }
        }
    }

    private void rtCall(IrExpr.RtCall c) {
        org.objectweb.asm.Type m = org.objectweb.asm.Type.getMethodType(c.desc());
        org.objectweb.asm.Type[] ps = m.getArgumentTypes();
        for (int i = 0; i < ps.length; i++) {
            IrExpr a = c.args().get(i);
            if (a instanceof IrExpr.Const k && ps[i].getDescriptor().equals("Ljava/lang/String;")) {
                mv.visitLdcInsn(new String(k.value().bytes(), java.nio.charset.StandardCharsets.ISO_8859_1));
                continue;
            }
            gen.accept(a);
            argTo(a.type(), ps[i].getDescriptor());
        }
        mv.visitMethodInsn(INVOKESTATIC, c.owner(), c.name(), c.desc(), false);
        String r = m.getReturnType().getDescriptor();
        IrType t = c.type();
        switch (r.charAt(0)) {
            case 'V' -> {
            }
            case 'B' -> fromSlot("B", t);
            case 'I' -> {
                if (t.repr() == Repr.LONG) mv.visitInsn(I2L);
            }
            case 'J' -> {
                if (t.repr() == Repr.INT) {
                    mv.visitInsn(L2I);
                    Conversions.narrow(mv, t.intKind());
                }
            }
            case 'L', '[' -> {
                if (t.repr() != Repr.REF) {
                    unbox(t);
                } else if (!t.descriptor().equals(r)) {
                    // also Cell/ElemPtr/FieldPtr to Ptr: frames merge by the declared type
                    mv.visitTypeInsn(CHECKCAST, StructGen.owner(t.descriptor()));
                }
            }
            default -> {
            }
        }
    }

    private void argTo(IrType from, String p) {
        switch (p.charAt(0)) {
            case 'J' -> toLong(from);
            case 'I' -> {
                if (from.repr() == Repr.LONG) mv.visitInsn(L2I);
            }
            case 'L', '[' -> {
                if (from.repr() != Repr.REF) {
                    box(from);
                } else if (from.descriptor().equals("Ljava/lang/Object;") && !p.equals(from.descriptor())) {
                    mv.visitTypeInsn(CHECKCAST, StructGen.owner(p));
                }
            }
            default -> {
            }
        }
    }

    private void zero(IrType t) {
        Type g = t.go();
        if (t.isString()) {
            mv.visitFieldInsn(GETSTATIC, IrType.GOSTRING, "EMPTY", "L" + IrType.GOSTRING + ";");
        } else if (g != null && StructGen.needsZeroObject(g)) {
            StructGen.zeroValue(mv, g);
        } else {
            mv.visitInsn(ACONST_NULL);
        }
    }

    private void copy(Type t) {
        if (CompositeTypes.isStruct(t)) {
            String cls = CompositeTypes.structClass(t);
            mv.visitMethodInsn(INVOKEVIRTUAL, cls, "$copy", "()Lgojc/rt/GoStruct;", false);
            mv.visitTypeInsn(CHECKCAST, cls);
        } else {
            StructGen.arrayShape(mv, t, true);
            mv.visitMethodInsn(INVOKESTATIC, "gojc/rt/Values", "copyArray", "(Ljava/lang/Object;IZ)Ljava/lang/Object;", false);
            mv.visitTypeInsn(CHECKCAST, IrType.of(t, Pos.NONE).descriptor());
        }
    }

    private void arrayLit(IrExpr.ArrayLit a) {
        BigCode.Packed packed = BigCode.packed(a);
        if (packed != null) {
            gen.accept(packed.data());
            char pk = kindOf(a.type().descriptor());
            for (int i : packed.rest()) {
                mv.visitInsn(DUP);
                mv.visitLdcInsn(i);
                gen.accept(a.elems().get(i));
                mv.visitInsn(arrayStoreOp(pk));
            }
            return;
        }
        String d = a.type().descriptor();
        char k = kindOf(d);
        List<IrExpr> elems = a.elems();
        mv.visitLdcInsn(elems.size());
        StructGen.newArray(mv, k);
        Type elemGo = a.type().go() != null && a.type().go().underlying() instanceof gojc.types.Array ar ? ar.elem() : null;
        for (int i = 0; i < elems.size(); i++) {
            IrExpr e = elems.get(i);
            if (e == null && (k != 'L' || elemGo == null || !StructGen.needsZeroObject(elemGo))) continue;
            mv.visitInsn(DUP);
            mv.visitLdcInsn(i);
            if (e == null) {
                StructGen.zeroValue(mv, elemGo);
            } else {
                gen.accept(e);
            }
            mv.visitInsn(arrayStoreOp(k));
        }
    }

    private void structLit(IrExpr.StructLit s) {
        String cls = CompositeTypes.structClass(s.type().go());
        mv.visitTypeInsn(NEW, cls);
        mv.visitInsn(DUP);
        mv.visitMethodInsn(INVOKESPECIAL, cls, "<init>", "()V", false);
        for (int i = 0; i < s.fields().size(); i++) {
            IrExpr f = s.fields().get(i);
            if (f == null) continue;
            Field fd = field(s.type(), i);
            mv.visitInsn(DUP);
            gen.accept(f);
            mv.visitFieldInsn(PUTFIELD, fd.owner, fd.name, fd.desc);
        }
    }

    /** Compares two references on the stack (== or !=), jumping to target when op holds. */
    void compare(IrExpr.Compare c, boolean eq, Label target) {
        IrType t = c.x().type();
        Type g = t.go();
        boolean nilSide = c.x() instanceof IrExpr.Zero || c.y() instanceof IrExpr.Zero;
        if (!nilSide && g != null && g.underlying() instanceof Pointer p && gojc.ir.Sizes.sizeof(p.elem()) == 0) {
            // like gc's zerobase: all non-nil pointers to zero-size values are equal
            Label xNull = new Label();
            Label done = new Label();
            mv.visitInsn(SWAP);
            mv.visitJumpInsn(IFNULL, xNull);
            mv.visitJumpInsn(eq ? IFNONNULL : IFNULL, target);
            mv.visitJumpInsn(GOTO, done);
            mv.visitLabel(xNull);
            mv.visitJumpInsn(eq ? IFNULL : IFNONNULL, target);
            mv.visitLabel(done);
            return;
        }
        if (!nilSide && g != null && (CompositeTypes.isValueObject(g) || CompositeTypes.isPtrCell(g)
                || g.underlying() instanceof gojc.types.Interface || gojc.types.Types.isUnsafePointer(g))) {
            StructGen.refEqual(mv, g, t.descriptor());
            mv.visitJumpInsn(eq ? IFNE : IFEQ, target);
        } else {
            mv.visitJumpInsn(eq ? IF_ACMPEQ : IF_ACMPNE, target);
        }
    }

    /** print/println of a pointer, map, chan, func or slice. */
    void print(IrType t, Pos pos) {
        if (t.go() != null && t.go().underlying() instanceof gojc.types.Slice) {
            mv.visitMethodInsn(INVOKESTATIC, "gojc/rt/Values", "printSlice", "(Ljava/lang/Object;)V", false);
        } else if (t.go() != null && !CompositeTypes.isValueObject(t.go())) {
            mv.visitMethodInsn(INVOKESTATIC, "gojc/rt/Print", "pointer", "(Ljava/lang/Object;)V", false);
        } else {
            throw new NotSupported("print of " + t.go(), pos);
        }
    }
}
