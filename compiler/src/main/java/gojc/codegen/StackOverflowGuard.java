package gojc.codegen;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TryCatchBlockNode;

/**
 * gc's "fatal error: stack overflow" at the frame that overflowed: every Go method gets an
 * outermost handler for StackOverflowError that ends the process at once. Without it the
 * error would unwind millions of frames first (HotSpot takes about 2 us per frame: minutes for
 * a 1 GB stack). The handler lies outside its own range, so an overflow while reporting moves
 * one frame out, where there is more room, and reports from there. An exception handler costs
 * nothing until it is used.
 */
final class StackOverflowGuard implements Opcodes {
    private StackOverflowGuard() {}

    static void guard(MethodNode m) {
        InsnList code = m.instructions;
        if (code.size() == 0 || !calls(m)) return;
        LabelNode start = new LabelNode();
        LabelNode end = new LabelNode();
        LabelNode handler = new LabelNode();
        code.insert(start);
        code.add(end);
        code.add(handler);
        code.add(new MethodInsnNode(INVOKESTATIC, "gojc/rt/Fatal", "stackOverflow",
                "(Ljava/lang/StackOverflowError;)Ljava/lang/Error;", false));
        code.add(new InsnNode(ATHROW));
        // Appended last: the method's own handlers (deferred calls) see the error first.
        m.tryCatchBlocks.add(new TryCatchBlockNode(start, end, handler, "java/lang/StackOverflowError"));
    }

    /**
     * A method that calls nothing needs no handler: HotSpot raises a stack overflow on entry to
     * a method, before its frame exists, so its caller's handler reports it. Small leaf
     * functions stay small enough for C1 to inline them.
     */
    private static boolean calls(MethodNode m) {
        for (var in : m.instructions) {
            if (in instanceof MethodInsnNode || in instanceof org.objectweb.asm.tree.InvokeDynamicInsnNode) return true;
        }
        return false;
    }
}
