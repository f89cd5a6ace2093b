package gojc.codegen;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The "may block" results of the packages compiled so far, for their dependants: the methods
 * the continuation transform proved non-blocking ({@code @gojc/NonBlocking} in their class
 * files, so a package taken from the std cache carries its summary with it). A call into
 * another package is non-blocking only when its callee is listed here; anything else (a
 * package compiled without the transform, a callee not found) counts as blocking.
 */
public final class BlockingSummary {
    /** Nothing is known: every call into another package may block. */
    public static final BlockingSummary NONE = new BlockingSummary();

    private final Set<String> nonBlocking = new HashSet<>();

    /**
     * Records the non-blocking methods of a compiled package's classes. A warm build reads the
     * summary of every cached dependency, so this visits method annotations only, building no tree.
     */
    public void addPackage(Map<String, byte[]> classes) {
        for (byte[] b : classes.values()) {
            new ClassReader(b).accept(new AnnotationScan(), ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        }
    }

    private final class AnnotationScan extends ClassVisitor {
        private String owner;

        AnnotationScan() {
            super(Opcodes.ASM9);
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
            owner = name;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String desc, String signature, String[] exceptions) {
            return new MethodVisitor(Opcodes.ASM9) {
                @Override
                public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                    if (!visible && annotation.equals(Continuations.NON_BLOCKING)) nonBlocking.add(key(owner, name, desc));
                    return null;
                }
            };
        }
    }

    public boolean nonBlocking(String owner, String name, String desc) {
        return this != NONE && nonBlocking.contains(key(owner, name, desc));
    }

    static String key(String owner, String name, String desc) {
        return owner + "." + name + desc;
    }
}
