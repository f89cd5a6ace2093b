package gojc.codegen;

import gojc.ir.FuncShape;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The reflect.MakeFunc adapter of a func shape: a final subclass {@code <shape>$MakeFunc} of the
 * shape class whose {@code call} boxes its arguments into an {@code Object[]}, hands them to a
 * {@code gojc.rt.reflect.MadeFunc} (which calls the Go function behind the value and writes
 * results 2..n into the result area) and unboxes the first result. Every package that emits a
 * shape emits its adapter too, with identical bytes, so the run time finds the adapter of any
 * func type the program can hold (docs/architecture.md, "reflect").
 */
final class MakeFuncGen implements Opcodes {
    private MakeFuncGen() {}

    static final String HANDLER = "gojc/rt/reflect/MadeFunc";
    static final String SUFFIX = "$MakeFunc";

    static String className(String descriptor) {
        return FuncShape.className(descriptor) + SUFFIX;
    }

    static byte[] adapter(String descriptor) {
        String shape = FuncShape.className(descriptor);
        String name = shape + SUFFIX;
        ClassWriter cw = PackageCompiler.newClassWriter();
        cw.visit(V11, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, name, null, shape, null);
        cw.visitField(ACC_PRIVATE | ACC_FINAL, "h", "L" + HANDLER + ";", null, null).visitEnd();

        MethodVisitor init = cw.visitMethod(ACC_PUBLIC, "<init>", "(L" + HANDLER + ";)V", null, null);
        init.visitCode();
        init.visitVarInsn(ALOAD, 0);
        init.visitMethodInsn(INVOKESPECIAL, shape, "<init>", "()V", false);
        init.visitVarInsn(ALOAD, 0);
        init.visitVarInsn(ALOAD, 1);
        init.visitFieldInsn(PUTFIELD, name, "h", "L" + HANDLER + ";");
        init.visitInsn(RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();

        // the handler, so that reflect can call a made func without a round trip through call
        MethodVisitor get = cw.visitMethod(ACC_PUBLIC, "handler", "()L" + HANDLER + ";", null, null);
        get.visitCode();
        get.visitVarInsn(ALOAD, 0);
        get.visitFieldInsn(GETFIELD, name, "h", "L" + HANDLER + ";");
        get.visitInsn(ARETURN);
        get.visitMaxs(0, 0);
        get.visitEnd();

        // a deferred made func takes the recover token when the function it ends in calls recover
        MethodVisitor ur = cw.visitMethod(ACC_PUBLIC, "usesRecover", "()Z", null, null);
        ur.visitCode();
        ur.visitVarInsn(ALOAD, 0);
        ur.visitFieldInsn(GETFIELD, name, "h", "L" + HANDLER + ";");
        ur.visitMethodInsn(INVOKEVIRTUAL, HANDLER, "usesRecover", "()Z", false);
        ur.visitInsn(IRETURN);
        ur.visitMaxs(0, 0);
        ur.visitEnd();

        Type[] params = Type.getArgumentTypes(descriptor);
        Type ret = Type.getReturnType(descriptor);
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "call", descriptor, null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitFieldInsn(GETFIELD, name, "h", "L" + HANDLER + ";");
        mv.visitLdcInsn(params.length);
        mv.visitTypeInsn(ANEWARRAY, "java/lang/Object");
        int slot = 1;
        for (int i = 0; i < params.length; i++) {
            mv.visitInsn(DUP);
            mv.visitLdcInsn(i);
            mv.visitVarInsn(params[i].getOpcode(ILOAD), slot);
            box(mv, params[i]);
            mv.visitInsn(AASTORE);
            slot += params[i].getSize();
        }
        mv.visitMethodInsn(INVOKEVIRTUAL, HANDLER, "call", "([Ljava/lang/Object;)Ljava/lang/Object;", false);
        unbox(mv, ret);
        mv.visitInsn(ret.getOpcode(IRETURN));
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    private static void box(MethodVisitor mv, Type t) {
        String w = wrapper(t);
        if (w != null) {
            mv.visitMethodInsn(INVOKESTATIC, w, "valueOf", "(" + t.getDescriptor() + ")L" + w + ";", false);
        }
    }

    /** The first result in value form (Integer for the kinds held in an int) to the JVM return type. */
    private static void unbox(MethodVisitor mv, Type t) {
        if (t.getSort() == Type.VOID) {
            mv.visitInsn(POP);
            return;
        }
        String w = wrapper(t);
        if (w == null) {
            mv.visitTypeInsn(CHECKCAST, t.getInternalName());
            return;
        }
        mv.visitTypeInsn(CHECKCAST, w);
        mv.visitMethodInsn(INVOKEVIRTUAL, w, t.getClassName() + "Value", "()" + t.getDescriptor(), false);
    }

    private static String wrapper(Type t) {
        switch (t.getSort()) {
            case Type.BOOLEAN: return "java/lang/Boolean";
            case Type.BYTE: return "java/lang/Byte";
            case Type.SHORT: return "java/lang/Short";
            case Type.CHAR: return "java/lang/Character";
            case Type.INT: return "java/lang/Integer";
            case Type.LONG: return "java/lang/Long";
            case Type.FLOAT: return "java/lang/Float";
            case Type.DOUBLE: return "java/lang/Double";
            default: return null;
        }
    }
}
