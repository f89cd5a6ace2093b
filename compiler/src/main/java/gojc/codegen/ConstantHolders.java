package gojc.codegen;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Moves the dynamic constants (Go strings, type descriptors) out of the methods of generated
 * classes: each {@code ldc} of a CONSTANT_Dynamic becomes a {@code getstatic} of a static final
 * field of a holder class ({@code Owner$$const}, {@code Owner$$const1}, ...) whose class
 * initializer loads all of them.
 *
 * <p>Why: neither HotSpot JIT compiles a method holding an {@code ldc} of a dynamic constant
 * that has not been resolved yet (C1: "could not resolve a constant", C2: "cannot parse
 * method"), so a hot loop in a method whose fmt.Printf call (and its constants) comes after
 * the loop ran interpreted to the end. A {@code getstatic} of a class not yet initialized is
 * compiled (C1 patches it, C2 traps to the interpreter on that cold path), and once the holder is
 * initialized its static final fields fold to constants as the dynamic constants did.
 */
final class ConstantHolders implements Opcodes {
    private ConstantHolders() {}

    /** Constants per holder: its class initializer (6 bytes each) stays far below 64 KB. */
    static final int PER_HOLDER = 4000;

    /** Rewrites every class of the map that loads dynamic constants, and adds its holders. */
    static void hoist(Map<String, byte[]> classes) {
        for (String name : new ArrayList<>(classes.keySet())) {
            byte[] b = classes.get(name);
            Map<ConstantDynamic, Integer> consts = new LinkedHashMap<>();
            ClassReader cr = new ClassReader(b);
            ClassWriter cw = new ClassWriter(cr, 0); // same stack shapes: frames and maxs stay valid
            cr.accept(new Rewriter(cw, name, consts), 0);
            if (consts.isEmpty()) continue;
            classes.put(name, cw.toByteArray());
            List<ConstantDynamic> list = new ArrayList<>(consts.keySet());
            for (int h = 0; h * PER_HOLDER < list.size(); h++) {
                List<ConstantDynamic> part = list.subList(h * PER_HOLDER, Math.min(list.size(), (h + 1) * PER_HOLDER));
                classes.put(holder(name, h), holderClass(holder(name, h), part, h * PER_HOLDER));
            }
        }
    }

    static String holder(String owner, int index) {
        return owner + "$$const" + (index == 0 ? "" : String.valueOf(index));
    }

    private static String field(int i) {
        return "c" + i;
    }

    private static byte[] holderClass(String name, List<ConstantDynamic> consts, int first) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(V11, ACC_PUBLIC | ACC_FINAL | ACC_SUPER | ACC_SYNTHETIC, name, null, "java/lang/Object", null);
        MethodVisitor mv = cw.visitMethod(ACC_STATIC, "<clinit>", "()V", null, null);
        mv.visitCode();
        for (int i = 0; i < consts.size(); i++) {
            ConstantDynamic c = consts.get(i);
            cw.visitField(ACC_PUBLIC | ACC_STATIC | ACC_FINAL, field(first + i), c.getDescriptor(), null, null).visitEnd();
            mv.visitLdcInsn(c);
            mv.visitFieldInsn(PUTSTATIC, name, field(first + i), c.getDescriptor());
        }
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    private static final class Rewriter extends ClassVisitor {
        private final String owner;
        private final Map<ConstantDynamic, Integer> consts;

        Rewriter(ClassVisitor cv, String owner, Map<ConstantDynamic, Integer> consts) {
            super(ASM9, cv);
            this.owner = owner;
            this.consts = consts;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String desc, String sig, String[] exceptions) {
            return new MethodVisitor(ASM9, super.visitMethod(access, name, desc, sig, exceptions)) {
                @Override
                public void visitLdcInsn(Object value) {
                    if (!(value instanceof ConstantDynamic c)) {
                        super.visitLdcInsn(value);
                        return;
                    }
                    int i = consts.computeIfAbsent(c, k -> consts.size());
                    super.visitFieldInsn(GETSTATIC, holder(owner, i / PER_HOLDER), field(i), c.getDescriptor());
                }
            };
        }
    }
}
