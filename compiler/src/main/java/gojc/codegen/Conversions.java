package gojc.codegen;

import gojc.ir.IntKind;
import gojc.ir.IrExpr;
import gojc.ir.IrType;
import gojc.ir.NotSupported;
import gojc.ir.Repr;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.util.function.Consumer;

/**
 * Conversions between Go's numeric and string types, with gc's amd64 results where the JVM's
 * differ (float to integer out of range, unsigned integers to and from floats).
 */
final class Conversions implements Opcodes {
    private Conversions() {}

    static void emit(MethodVisitor mv, IrExpr x, IrType to, Consumer<IrExpr> gen) {
        IrType from = x.type();
        gen.accept(x);
        if (UnsafeGen.involved(from, to)) {
            UnsafeGen.convert(mv, from, to);
            return;
        }
        if (to.isString()) {
            if (from.isString()) return;
            if (from.intKind() != null) {
                toLong(mv, from);
                mv.visitMethodInsn(INVOKESTATIC, FuncGen.GOSTRING, "fromRune", "(J)L" + FuncGen.GOSTRING + ";", false);
                return;
            }
            throw new NotSupported("conversion from " + from.go() + " to string", null);
        }
        if (to.repr() == Repr.REF && from.repr() == Repr.REF && to.descriptor().equals(from.descriptor())) {
            return; // composite types with one representation (named slices, maps, pointers)
        }
        if (to.intKind() != null && from.intKind() != null) {
            intToInt(mv, from, to);
        } else if (to.intKind() != null && from.isFloat()) {
            floatToInt(mv, from, to);
        } else if (to.isFloat() && from.intKind() != null) {
            intToFloat(mv, from, to);
        } else if (to.isFloat() && from.isFloat()) {
            if (from.repr() == Repr.FLOAT && to.repr() == Repr.DOUBLE) mv.visitInsn(F2D);
            if (from.repr() == Repr.DOUBLE && to.repr() == Repr.FLOAT) mv.visitInsn(D2F);
        } else if (to.repr() == from.repr() && to.repr() == Repr.BOOL) {
            // named bool types: same representation
        } else {
            throw new NotSupported("conversion from " + from.go() + " to " + to.go(), null);
        }
    }

    /** Widens an int-held integer to long, zero-extending unsigned kinds. */
    static void toLong(MethodVisitor mv, IrType from) {
        if (from.repr() == Repr.LONG) return;
        mv.visitInsn(I2L);
        if (from.intKind() == IntKind.UINT32) {
            mv.visitLdcInsn(0xFFFFFFFFL);
            mv.visitInsn(LAND);
        }
    }

    private static void intToInt(MethodVisitor mv, IrType from, IrType to) {
        if (to.repr() == Repr.LONG) {
            toLong(mv, from);
            return;
        }
        if (from.repr() == Repr.LONG) mv.visitInsn(L2I);
        narrow(mv, to.intKind());
    }

    /** Truncates an int to a narrower Go kind. */
    static void narrow(MethodVisitor mv, IntKind k) {
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

    private static void floatToInt(MethodVisitor mv, IrType from, IrType to) {
        if (from.repr() == Repr.FLOAT) mv.visitInsn(F2D);
        IntKind k = to.intKind();
        switch (k) {
            case UINT64 -> mv.visitMethodInsn(INVOKESTATIC, FuncGen.ARITH, "f64ToU64", "(D)J", false);
            case INT64 -> mv.visitMethodInsn(INVOKESTATIC, FuncGen.ARITH, "f64ToI64", "(D)J", false);
            case UINT32 -> mv.visitMethodInsn(INVOKESTATIC, FuncGen.ARITH, "f64ToU32", "(D)I", false);
            default -> {
                mv.visitMethodInsn(INVOKESTATIC, FuncGen.ARITH, "f64ToI32", "(D)I", false);
                narrow(mv, k);
            }
        }
    }

    private static void intToFloat(MethodVisitor mv, IrType from, IrType to) {
        boolean f32 = to.repr() == Repr.FLOAT;
        IntKind k = from.intKind();
        if (k == IntKind.UINT64) {
            mv.visitMethodInsn(INVOKESTATIC, FuncGen.ARITH, f32 ? "u64ToF32" : "u64ToF64", f32 ? "(J)F" : "(J)D", false);
        } else if (k == IntKind.UINT32) {
            mv.visitMethodInsn(INVOKESTATIC, FuncGen.ARITH, f32 ? "u32ToF32" : "u32ToF64", f32 ? "(I)F" : "(I)D", false);
        } else if (from.repr() == Repr.LONG) {
            mv.visitInsn(f32 ? L2F : L2D);
        } else {
            mv.visitInsn(f32 ? I2F : I2D);
        }
    }
}
