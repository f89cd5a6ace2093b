package gojc.codegen;

import gojc.ir.CompositeTypes;
import gojc.ir.IrType;
import gojc.ir.Repr;
import gojc.types.Pointer;
import gojc.types.Types;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Conversions to and from unsafe.Pointer (docs/architecture.md, "unsafe.Pointer"): the pointer
 * object itself travels as an Object, so *T to unsafe.Pointer is free, the way back is a checked
 * cast, and uintptr only names a variable (0 for nil).
 */
final class UnsafeGen implements Opcodes {
    private static final String RT = "gojc/rt/UnsafePointer";

    private UnsafeGen() {}

    static boolean involved(IrType from, IrType to) {
        return isUnsafe(from) != isUnsafe(to);
    }

    static boolean isUnsafe(IrType t) {
        return t.go() != null && Types.isUnsafePointer(t.go());
    }

    /** The conversion of the value on the stack, one of from and to being unsafe.Pointer. */
    static void convert(MethodVisitor mv, IrType from, IrType to) {
        if (isUnsafe(to)) {
            if (from.intKind() != null) {
                Conversions.toLong(mv, from);
                mv.visitMethodInsn(INVOKESTATIC, RT, "fromUintptr", "(J)Ljava/lang/Object;", false);
            }
            return; // a pointer object is already an Object
        }
        if (to.intKind() != null) {
            mv.visitMethodInsn(INVOKESTATIC, RT, "toUintptr", "(Ljava/lang/Object;)J", false);
            return; // only uintptr (named or not) converts from unsafe.Pointer: both are long
        }
        mv.visitLdcInsn(Type.getType(to.descriptor()));
        String box = variableBox(to);
        if (box == null) {
            mv.visitInsn(ACONST_NULL);
        } else {
            mv.visitLdcInsn(Type.getObjectType(box));
        }
        mv.visitLdcInsn(to.go().toString());
        mv.visitMethodInsn(INVOKESTATIC, RT, "cast",
                "(Ljava/lang/Object;Ljava/lang/Class;Ljava/lang/Class;Ljava/lang/String;)Ljava/lang/Object;", false);
        mv.visitTypeInsn(CHECKCAST, to.internalName());
    }

    /**
     * For a pointer held as a gojc.rt.Ptr, the box class its variable's value has (Ptr.get widens
     * narrow integers to Integer): checking it catches *int64 read as *float64. Null when the
     * value's class says nothing (interfaces, funcs, nil-able references).
     */
    private static String variableBox(IrType to) {
        if (!(to.go().underlying() instanceof Pointer p) || CompositeTypes.isValueObject(p.elem())) return null;
        IrType e = IrType.of(p.elem(), null);
        if (e.repr() != Repr.REF) {
            return switch (e.repr()) {
                case INT -> "java/lang/Integer";
                case LONG -> "java/lang/Long";
                case FLOAT -> "java/lang/Float";
                case DOUBLE -> "java/lang/Double";
                case BOOL -> "java/lang/Boolean";
                default -> null;
            };
        }
        if (e.isFunc() || e.descriptor().equals("Ljava/lang/Object;")) return null;
        return e.internalName();
    }
}
