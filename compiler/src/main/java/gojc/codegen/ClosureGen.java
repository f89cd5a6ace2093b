package gojc.codegen;

import gojc.ir.Closures;
import gojc.ir.FuncShape;
import gojc.ir.IrClosure;
import gojc.ir.Variable;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.util.Map;
import java.util.Set;

/**
 * Generates func-value classes: the abstract class of each func shape (one {@code call} method),
 * and the closure classes of a package (fields for captured variables or bound values, a
 * constructor taking them, {@code call} holding the body).
 */
final class ClosureGen implements Opcodes {
    private ClosureGen() {}

    static void closures(Closures cs, String sourceFile, Set<String> shapes, Map<String, byte[]> out) {
        for (IrClosure c : cs.classes.values()) {
            out.put(c.className(), closure(c, sourceFile, shapes));
        }
    }

    /**
     * Forwarders of top-level functions and methods used as values ($fv, $pfv) are generated
     * identically by every package that uses them (the linker keeps one copy): they carry no
     * source file and no line numbers of the use site.
     */
    private static boolean forwarder(IrClosure c) {
        return c.className().endsWith("$fv") || c.className().endsWith("$pfv");
    }

    private static byte[] withoutLines(byte[] b) {
        org.objectweb.asm.ClassReader r = new org.objectweb.asm.ClassReader(b);
        ClassWriter w = new ClassWriter(0);
        r.accept(new org.objectweb.asm.ClassVisitor(ASM9, w) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String desc, String sig, String[] exc) {
                return new MethodVisitor(ASM9, super.visitMethod(access, name, desc, sig, exc)) {
                    @Override
                    public void visitLineNumber(int line, org.objectweb.asm.Label start) {}
                };
            }
        }, 0);
        return w.toByteArray();
    }

    static byte[] closure(IrClosure c, String sourceFile, Set<String> shapes) {
        FuncShape shape = c.shape();
        String sup = shape.className();
        if (!shape.descriptor().equals("()V")) shapes.add(shape.descriptor());
        ClassWriter cw = PackageCompiler.newClassWriter();
        cw.visit(V11, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, c.className(), null, sup, null);
        // Forwarders of top-level functions and methods ($fv, $pfv) are generated identically by
        // every package that uses the function as a value: they name no source file of their own.
        if (!forwarder(c)) cw.visitSource(sourceFile, null);
        StringBuilder d = new StringBuilder("(");
        for (Variable f : c.fields()) {
            String fd = CallGen.rawDescriptor(f);
            cw.visitField(ACC_FINAL, f.field, fd, null, null).visitEnd();
            d.append(fd);
        }
        MethodVisitor init = cw.visitMethod(ACC_PUBLIC, "<init>", d.append(")V").toString(), null, null);
        init.visitCode();
        init.visitVarInsn(ALOAD, 0);
        init.visitMethodInsn(INVOKESPECIAL, sup, "<init>", "()V", false);
        int slot = 1;
        for (Variable f : c.fields()) {
            init.visitVarInsn(ALOAD, 0);
            init.visitVarInsn(f.boxed ? ALOAD : FuncGen.loadOp(f.type), slot);
            init.visitFieldInsn(PUTFIELD, c.className(), f.field, CallGen.rawDescriptor(f));
            slot += f.boxed ? 1 : Math.max(1, f.type.repr().slots());
        }
        init.visitInsn(RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();
        MethodVisitor call = cw.visitMethod(ACC_PUBLIC, "call", shape.descriptor(), null, null);
        new FuncGen(call, shapes).emit(c.body(), true);
        if (c.usesRecover()) {
            MethodVisitor ur = cw.visitMethod(ACC_PUBLIC, "usesRecover", "()Z", null, null);
            ur.visitCode();
            ur.visitInsn(ICONST_1);
            ur.visitInsn(IRETURN);
            ur.visitMaxs(0, 0);
            ur.visitEnd();
        }
        cw.visitEnd();
        return forwarder(c) ? withoutLines(cw.toByteArray()) : cw.toByteArray();
    }

    /** The abstract class of the func values of one shape (identical in every package). */
    static byte[] shape(String descriptor) {
        String name = FuncShape.className(descriptor);
        ClassWriter cw = PackageCompiler.newClassWriter();
        cw.visit(V11, ACC_PUBLIC | ACC_ABSTRACT | ACC_SUPER, name, null, "gojc/rt/Func", null);
        MethodVisitor init = cw.visitMethod(ACC_PROTECTED, "<init>", "()V", null, null);
        init.visitCode();
        init.visitVarInsn(ALOAD, 0);
        init.visitMethodInsn(INVOKESPECIAL, "gojc/rt/Func", "<init>", "()V", false);
        init.visitInsn(RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();
        cw.visitMethod(ACC_PUBLIC | ACC_ABSTRACT, "call", descriptor, null, null).visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }
}
