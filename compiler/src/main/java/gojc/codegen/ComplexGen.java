package gojc.codegen;

import gojc.constant.ConstValue;
import gojc.ir.IrExpr;
import gojc.ir.IrType;
import gojc.ir.NotSupported;
import gojc.syntax.Token;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.util.function.Consumer;

/**
 * Complex values: immutable {@code gojc.rt.Complex128}/{@code Complex64} objects whose static
 * helpers compute gc's exact results (complex64 parts rounded to float32 after each operation,
 * multiplication in float64 then rounded, division as runtime/complex.go).
 */
final class ComplexGen implements Opcodes {
    private final MethodVisitor mv;
    private final Consumer<IrExpr> gen;

    ComplexGen(MethodVisitor mv, Consumer<IrExpr> gen) {
        this.mv = mv;
        this.gen = gen;
    }

    private static String owner(IrType t) {
        return t.descriptor().equals("L" + IrType.COMPLEX64 + ";") ? IrType.COMPLEX64 : IrType.COMPLEX128;
    }

    /** Emits e when it is a complex constant, operation or conversion; false otherwise. */
    boolean expr(IrExpr e) {
        if (!e.type().isComplex()) return false;
        String o = owner(e.type());
        String d = "L" + o + ";";
        if (e instanceof IrExpr.Const c) {
            constant(o, c.value());
        } else if (e instanceof IrExpr.Binary b) {
            gen.accept(b.x());
            gen.accept(b.y());
            String name = switch (b.op()) {
                case ADD -> "add";
                case SUB -> "sub";
                case MUL -> "mul";
                case QUO -> "div";
                default -> throw new NotSupported("complex operator " + b.op(), null);
            };
            mv.visitMethodInsn(INVOKESTATIC, o, name, "(" + d + d + ")" + d, false);
        } else if (e instanceof IrExpr.Unary u && u.op() == Token.SUB) {
            gen.accept(u.x());
            mv.visitMethodInsn(INVOKESTATIC, o, "neg", "(" + d + ")" + d, false);
        } else if (e instanceof IrExpr.Convert c) {
            IrType from = c.x().type();
            if (!from.isComplex() && (from.intKind() != null || from.isFloat())) {
                // a real constant converted to a type parameter whose instance is complex: T(0)
                boolean c64 = o.equals(IrType.COMPLEX64);
                Conversions.emit(mv, c.x(), IrType.of(c64 ? gojc.types.Universe.FLOAT32 : gojc.types.Universe.FLOAT64, null), gen);
                mv.visitInsn(c64 ? FCONST_0 : DCONST_0);
                mv.visitMethodInsn(INVOKESTATIC, o, "of", c64 ? "(FF)" + d : "(DD)" + d, false);
                return true;
            }
            gen.accept(c.x());
            if (!from.isComplex()) throw new NotSupported("conversion from " + from.go() + " to " + e.type().go(), null);
            String fo = owner(from);
            if (fo.equals(o)) return true;
            if (o.equals(IrType.COMPLEX128)) {
                mv.visitMethodInsn(INVOKESTATIC, IrType.COMPLEX64, "toComplex128", "(L" + fo + ";)" + d, false);
            } else {
                mv.visitMethodInsn(INVOKESTATIC, IrType.COMPLEX64, "fromComplex128", "(L" + fo + ";)" + d, false);
            }
        } else {
            return false;
        }
        return true;
    }

    /** A constant: the shared zero, or a new object of its rounded parts. */
    private void constant(String o, ConstValue v) {
        ConstValue c = ConstValue.toComplex(v);
        boolean c64 = o.equals(IrType.COMPLEX64);
        ConstValue re = ConstValue.real(c);
        ConstValue im = ConstValue.imag(c);
        if (ConstValue.sign(re) == 0 && ConstValue.sign(im) == 0) {
            mv.visitFieldInsn(GETSTATIC, o, "ZERO", "L" + o + ";");
            return;
        }
        mv.visitTypeInsn(NEW, o);
        mv.visitInsn(DUP);
        if (c64) {
            mv.visitLdcInsn(ConstValue.float32Val(ConstValue.toFloat(re)).value());
            mv.visitLdcInsn(ConstValue.float32Val(ConstValue.toFloat(im)).value());
            mv.visitMethodInsn(INVOKESPECIAL, o, "<init>", "(FF)V", false);
        } else {
            mv.visitLdcInsn(ConstValue.float64Val(ConstValue.toFloat(re)).value());
            mv.visitLdcInsn(ConstValue.float64Val(ConstValue.toFloat(im)).value());
            mv.visitMethodInsn(INVOKESPECIAL, o, "<init>", "(DD)V", false);
        }
    }

    /** With two complex values on the stack, jumps to target when (x == y) == eq. */
    void compare(IrType t, boolean eq, Label target) {
        String o = owner(t);
        mv.visitMethodInsn(INVOKESTATIC, o, "eq", "(L" + o + ";L" + o + ";)Z", false);
        mv.visitJumpInsn(eq ? IFNE : IFEQ, target);
    }

    /** Prints the complex value on the stack as gc's printcomplex does. */
    void print(IrType t) {
        String o = owner(t);
        String name = o.equals(IrType.COMPLEX64) ? "complex64" : "complex128";
        mv.visitMethodInsn(INVOKESTATIC, "gojc/rt/Print", name, "(L" + o + ";)V", false);
    }
}
