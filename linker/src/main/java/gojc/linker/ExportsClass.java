package gojc.linker;

import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import java.util.List;

/**
 * The public face of a library jar: one public static method per exported Go function, which
 * starts the runtime on first use, converts Java arguments to Go values and back, and turns a
 * Go panic into a {@code gojc.rt.GoPanicException}.
 */
final class ExportsClass implements Opcodes {
    private static final String LIBRARY = "gojc/rt/Library";

    private ExportsClass() {}

    static byte[] generate(String name, String programClass, List<Export> exports) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
        cw.visit(V11, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, name, null, "java/lang/Object", null);
        cw.visitSource("<exports>", null);
        cw.visitField(ACC_PRIVATE | ACC_STATIC | ACC_FINAL, "PROGRAM", "L" + EntryClass.PROGRAM + ";", null, null).visitEnd();

        MethodVisitor clinit = cw.visitMethod(ACC_STATIC, "<clinit>", "()V", null, null);
        clinit.visitCode();
        clinit.visitTypeInsn(NEW, programClass);
        clinit.visitInsn(DUP);
        clinit.visitMethodInsn(INVOKESPECIAL, programClass, "<init>", "()V", false);
        clinit.visitFieldInsn(PUTSTATIC, name, "PROGRAM", "L" + EntryClass.PROGRAM + ";");
        clinit.visitInsn(RETURN);
        clinit.visitMaxs(0, 0);
        clinit.visitEnd();

        MethodVisitor ctor = cw.visitMethod(ACC_PRIVATE, "<init>", "()V", null, null);
        ctor.visitCode();
        ctor.visitVarInsn(ALOAD, 0);
        ctor.visitMethodInsn(INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        ctor.visitInsn(RETURN);
        ctor.visitMaxs(0, 0);
        ctor.visitEnd();

        for (Export e : exports) {
            method(cw, name, e);
        }
        cw.visitEnd();
        return cw.toByteArray();
    }

    private static void method(ClassWriter cw, String owner, Export e) {
        StringBuilder desc = new StringBuilder("(");
        for (Export.JavaType p : e.params()) desc.append(p.javaDesc);
        desc.append(')').append(e.result().javaDesc);
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, e.javaName(), desc.toString(), null, null);
        mv.visitCode();
        Label start = new Label();
        Label end = new Label();
        Label handler = new Label();
        mv.visitTryCatchBlock(start, end, handler, "java/lang/Throwable");
        mv.visitFieldInsn(GETSTATIC, owner, "PROGRAM", "L" + EntryClass.PROGRAM + ";");
        mv.visitMethodInsn(INVOKESTATIC, LIBRARY, "ensureStarted", "(L" + EntryClass.PROGRAM + ";)V", false);
        mv.visitLabel(start);
        int slot = 0;
        for (Export.JavaType p : e.params()) {
            mv.visitVarInsn(Type.getType(p.javaDesc).getOpcode(ILOAD), slot);
            slot += Type.getType(p.javaDesc).getSize();
            if (p == Export.JavaType.STRING) {
                mv.visitMethodInsn(INVOKESTATIC, LIBRARY, "fromJavaString", "(Ljava/lang/String;)Lgojc/rt/GoString;", false);
            } else if (p == Export.JavaType.BYTES) {
                mv.visitMethodInsn(INVOKESTATIC, LIBRARY, "fromJavaBytes", "([B)Lgojc/rt/SliceB;", false);
            }
        }
        mv.visitMethodInsn(INVOKESTATIC, e.owner(), e.goMethod(), e.goDesc(), false);
        if (e.result() == Export.JavaType.STRING) {
            mv.visitMethodInsn(INVOKESTATIC, LIBRARY, "toJavaString", "(Lgojc/rt/GoString;)Ljava/lang/String;", false);
        } else if (e.result() == Export.JavaType.BYTES) {
            mv.visitMethodInsn(INVOKESTATIC, LIBRARY, "toJavaBytes", "(Lgojc/rt/SliceB;)[B", false);
        }
        mv.visitLabel(end);
        mv.visitInsn(Type.getType(e.result().javaDesc).getOpcode(IRETURN));
        mv.visitLabel(handler);
        mv.visitMethodInsn(INVOKESTATIC, LIBRARY, "toJava", "(Ljava/lang/Throwable;)Ljava/lang/RuntimeException;", false);
        mv.visitInsn(ATHROW);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }
}
