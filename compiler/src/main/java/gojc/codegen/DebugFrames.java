package gojc.codegen;

import gojc.ir.IrFunc;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.*;
import org.objectweb.asm.tree.analysis.*;

/**
 * A debugging aid for the code generator (GOJC_DEBUGFRAMES=1): when ASM cannot compute a
 * method's stack map frames, re-emits the function into a tree and runs ASM's verifier over it,
 * printing the failing instruction and the code before it on stderr.
 */
final class DebugFrames {
    private DebugFrames() {}

    static void dump(IrFunc f, java.util.Set<String> shapes) {
        MethodNode mn = new MethodNode(Opcodes.ACC_STATIC | Opcodes.ACC_PUBLIC, f.ref().name(), f.ref().descriptor(), null, null);
        new FuncGen(mn, shapes).emitCode(f, false);
        mn.maxLocals = 500; mn.maxStack = 100;
        try {
            new Analyzer<>(new BasicVerifier()).analyze(f.ref().owner(), mn);
            System.err.println("analyzer: ok");
        } catch (AnalyzerException e) {
            int at = mn.instructions.indexOf(e.node);
            System.err.println("analyzer: " + e.getMessage() + " at " + at);
            AbstractInsnNode[] a = mn.instructions.toArray();
            for (int i = Math.max(0, at - 60); i < Math.min(a.length, at + 10); i++) {
                AbstractInsnNode n = a[i];
                String s = n.getOpcode() + " " + n.getClass().getSimpleName();
                if (n instanceof MethodInsnNode m) s += " " + m.owner + "." + m.name + m.desc;
                if (n instanceof VarInsnNode v) s += " " + v.var;
                if (n instanceof JumpInsnNode j) s += " -> " + mn.instructions.indexOf(j.label);
                if (n instanceof LineNumberNode l) s += " line " + l.line;
                if (n instanceof TypeInsnNode t) s += " " + t.desc;
                if (n instanceof FieldInsnNode fi) s += " " + fi.owner + "." + fi.name;
                System.err.println(i + ": " + s);
            }
        }
    }
}
