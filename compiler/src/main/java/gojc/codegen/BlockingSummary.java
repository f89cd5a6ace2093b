package gojc.codegen;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

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

    /** Records the non-blocking methods of a compiled package's classes. */
    public void addPackage(Map<String, byte[]> classes) {
        for (byte[] b : classes.values()) {
            ClassNode cn = new ClassNode();
            new ClassReader(b).accept(cn, ClassReader.SKIP_CODE);
            for (MethodNode m : cn.methods) {
                if (m.invisibleAnnotations == null) continue;
                for (AnnotationNode a : m.invisibleAnnotations) {
                    if (a.desc.equals(Continuations.NON_BLOCKING)) nonBlocking.add(key(cn.name, m.name, m.desc));
                }
            }
        }
    }

    public boolean nonBlocking(String owner, String name, String desc) {
        return this != NONE && nonBlocking.contains(key(owner, name, desc));
    }

    static String key(String owner, String name, String desc) {
        return owner + "." + name + desc;
    }
}
