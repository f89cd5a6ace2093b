package gojc.linker;

import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.util.List;

/**
 * Synthesizes the program's entry class: a {@code gojc.rt.Program} whose table lists the
 * packages with init work in initialization order, and whose {@code main(String[])} hands it to
 * the runtime's {@code runtime.main}.
 */
final class EntryClass implements Opcodes {
    static final String PROGRAM = "gojc/rt/Program";
    static final String RUNTIME_MAIN = "gojc/rt/RuntimeMain";

    private EntryClass() {}

    /**
     * @param name      internal name of the class to write
     * @param inits     units with an init task, in initialization order
     * @param mainOwner class holding the static {@code main()V} of package main, or null for a library
     * @param modinfo   the build information runtime/debug reads, or "" for none
     */
    static byte[] generate(String name, List<LinkUnit> inits, String mainOwner, String modinfo) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
        cw.visit(V11, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, name, null, PROGRAM, null);
        cw.visitSource("<runtime.main>", null);

        MethodVisitor init = cw.visitMethod(ACC_PUBLIC, "<init>", "()V", null, null);
        init.visitCode();
        init.visitVarInsn(ALOAD, 0);
        init.visitMethodInsn(INVOKESPECIAL, PROGRAM, "<init>", "()V", false);
        init.visitInsn(RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();

        packages(cw, inits);
        initPackage(cw, inits);
        mainMain(cw, mainOwner);
        if (!modinfo.isEmpty()) {
            MethodVisitor mv = cw.visitMethod(ACC_PROTECTED, "modinfo", "()Ljava/lang/String;", null, null);
            mv.visitCode();
            mv.visitLdcInsn(modinfo);
            mv.visitInsn(ARETURN);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
        }
        if (mainOwner != null) {
            entryPoint(cw, name);
        }
        cw.visitEnd();
        return cw.toByteArray();
    }

    private static void packages(ClassWriter cw, List<LinkUnit> inits) {
        MethodVisitor mv = cw.visitMethod(ACC_PROTECTED, "packages", "()[Ljava/lang/String;", null, null);
        mv.visitCode();
        mv.visitLdcInsn(inits.size());
        mv.visitTypeInsn(ANEWARRAY, "java/lang/String");
        for (int i = 0; i < inits.size(); i++) {
            mv.visitInsn(DUP);
            mv.visitLdcInsn(i);
            mv.visitLdcInsn(inits.get(i).importPath());
            mv.visitInsn(AASTORE);
        }
        mv.visitInsn(ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** A tableswitch over the task index; each case calls one package's {@code $init}. */
    private static void initPackage(ClassWriter cw, List<LinkUnit> inits) {
        MethodVisitor mv = cw.visitMethod(ACC_PROTECTED, "initPackage", "(I)V", null, null);
        mv.visitCode();
        if (!inits.isEmpty()) {
            Label dflt = new Label();
            Label[] cases = new Label[inits.size()];
            for (int i = 0; i < cases.length; i++) cases[i] = new Label();
            mv.visitVarInsn(ILOAD, 1);
            mv.visitTableSwitchInsn(0, cases.length - 1, dflt, cases);
            for (int i = 0; i < cases.length; i++) {
                mv.visitLabel(cases[i]);
                mv.visitMethodInsn(INVOKESTATIC, inits.get(i).initOwner(), LinkUnit.INIT_METHOD, "()V", false);
                mv.visitInsn(RETURN);
            }
            mv.visitLabel(dflt);
        }
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private static void mainMain(ClassWriter cw, String mainOwner) {
        MethodVisitor mv = cw.visitMethod(ACC_PROTECTED, "mainMain", "()V", null, null);
        mv.visitCode();
        if (mainOwner != null) {
            mv.visitMethodInsn(INVOKESTATIC, mainOwner, "main", "()V", false);
        }
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private static void entryPoint(ClassWriter cw, String name) {
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, "main", "([Ljava/lang/String;)V", null, null);
        mv.visitCode();
        mv.visitTypeInsn(NEW, name);
        mv.visitInsn(DUP);
        mv.visitMethodInsn(INVOKESPECIAL, name, "<init>", "()V", false);
        mv.visitVarInsn(ALOAD, 0);
        mv.visitMethodInsn(INVOKESTATIC, RUNTIME_MAIN, "run", "(L" + PROGRAM + ";[Ljava/lang/String;)V", false);
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }
}
