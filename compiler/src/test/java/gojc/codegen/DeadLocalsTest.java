package gojc.codegen;

import org.junit.jupiter.api.Test;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeadLocalsTest {
    private static MethodInsnNode call(String name, String desc) {
        return new MethodInsnNode(Opcodes.INVOKESTATIC, "T", name, desc, false);
    }

    private static List<String> code(MethodNode m) {
        List<String> out = new ArrayList<>();
        for (AbstractInsnNode x : m.instructions) {
            if (x instanceof VarInsnNode v) out.add(v.getOpcode() == Opcodes.ALOAD ? "aload " + v.var
                    : v.getOpcode() == Opcodes.ASTORE ? "astore " + v.var : "var " + v.var);
            else if (x instanceof MethodInsnNode mi) out.add(mi.name);
            else if (x.getOpcode() == Opcodes.ACONST_NULL) out.add("null");
            else if (x instanceof LabelNode) out.add("L");
            else if (x instanceof JumpInsnNode) out.add("jump");
            else if (x.getOpcode() >= 0) out.add("op" + x.getOpcode());
        }
        return out;
    }

    @Test
    void clearsAfterLastRead() {
        MethodNode m = new MethodNode(Opcodes.ACC_STATIC, "f", "(Ljava/lang/Object;)V", null, null);
        m.maxLocals = 1;
        m.maxStack = 1;
        m.instructions.add(new VarInsnNode(Opcodes.ALOAD, 0));
        m.instructions.add(call("use", "(Ljava/lang/Object;)V"));
        m.instructions.add(call("gc", "()V"));
        m.instructions.add(new InsnNode(Opcodes.RETURN));
        DeadLocals.clear("T", m);
        assertEquals(List.of("aload 0", "null", "astore 0", "use", "gc", "op177"), code(m));
    }

    @Test
    void keepsWhatALoopReadsAgain() {
        MethodNode m = new MethodNode(Opcodes.ACC_STATIC, "f", "(Ljava/lang/Object;)V", null, null);
        m.maxLocals = 1;
        m.maxStack = 1;
        LabelNode top = new LabelNode();
        m.instructions.add(top);
        m.instructions.add(new VarInsnNode(Opcodes.ALOAD, 0));
        m.instructions.add(call("use", "(Ljava/lang/Object;)V"));
        m.instructions.add(new JumpInsnNode(Opcodes.GOTO, top));
        DeadLocals.clear("T", m);
        assertEquals(List.of("L", "aload 0", "use", "jump"), code(m));
    }

    @Test
    void clearsWhereABranchLeavesTheLiveRange() {
        // if b { use(x) }; gc(): on the path that skips use, x dies at the join
        MethodNode m = new MethodNode(Opcodes.ACC_STATIC, "f", "(Ljava/lang/Object;Z)V", null, null);
        m.maxLocals = 2;
        m.maxStack = 1;
        LabelNode join = new LabelNode();
        m.instructions.add(new VarInsnNode(Opcodes.ILOAD, 1));
        m.instructions.add(new JumpInsnNode(Opcodes.IFEQ, join));
        m.instructions.add(new VarInsnNode(Opcodes.ALOAD, 0));
        m.instructions.add(call("use", "(Ljava/lang/Object;)V"));
        m.instructions.add(join);
        m.instructions.add(call("gc", "()V"));
        m.instructions.add(new InsnNode(Opcodes.RETURN));
        DeadLocals.clear("T", m);
        List<String> c = code(m);
        int at = c.indexOf("gc");
        assertTrue(at >= 3 && c.subList(at - 3, at).equals(List.of("L", "null", "astore 0")), c.toString());
    }
}
