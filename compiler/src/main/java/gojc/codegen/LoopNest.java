package gojc.codegen;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The loops of a method's bytecode, for the continuation transform: the body of the loop of
 * each given header (the instructions that reach one of its back edges without passing the
 * header: the natural loop), and for an instruction the headers of the loops holding it,
 * outermost first. A resumed frame enters the loops of its call site through these headers,
 * so that the control flow stays reducible and the JITs optimize the loops.
 */
final class LoopNest implements Opcodes {
    private final Map<LabelNode, BitSet> bodies = new HashMap<>();

    /** Instruction indexes are those of {@code m.instructions} as it is now. */
    LoopNest(MethodNode m, Collection<LabelNode> headers) {
        InsnList code = m.instructions;
        int n = code.size();
        List<List<Integer>> preds = new ArrayList<>(n);
        for (int i = 0; i < n; i++) preds.add(new ArrayList<>());
        for (int i = 0; i < n; i++) {
            AbstractInsnNode in = code.get(i);
            for (LabelNode l : targets(in)) preds.get(code.indexOf(l)).add(i);
            if (fallsThrough(in) && i + 1 < n) preds.get(i + 1).add(i);
        }
        for (TryCatchBlockNode t : m.tryCatchBlocks) {
            int h = code.indexOf(t.handler);
            for (int i = code.indexOf(t.start); i < code.indexOf(t.end); i++) preds.get(h).add(i);
        }
        for (LabelNode h : headers) {
            int hi = code.indexOf(h);
            BitSet body = new BitSet(n);
            body.set(hi);
            List<Integer> work = new ArrayList<>();
            for (int p : preds.get(hi)) {
                if (p >= hi && !body.get(p)) { // a back edge
                    body.set(p);
                    work.add(p);
                }
            }
            while (!work.isEmpty()) {
                int i = work.remove(work.size() - 1);
                for (int p : preds.get(i)) {
                    if (!body.get(p)) {
                        body.set(p);
                        work.add(p);
                    }
                }
            }
            bodies.put(h, body);
        }
    }

    /** The headers of the loops holding instruction i, outermost (largest) first. */
    List<LabelNode> enclosing(int i) {
        List<LabelNode> out = new ArrayList<>();
        for (var e : bodies.entrySet()) if (e.getValue().get(i)) out.add(e.getKey());
        out.sort(Comparator.comparingInt((LabelNode h) -> bodies.get(h).cardinality()).reversed());
        return out;
    }

    /** Whether the loop of header h holds instruction i. */
    boolean holds(LabelNode h, int i) {
        return bodies.get(h).get(i);
    }

    static List<LabelNode> targets(AbstractInsnNode in) {
        List<LabelNode> out = new ArrayList<>();
        if (in instanceof JumpInsnNode j) out.add(j.label);
        if (in instanceof TableSwitchInsnNode t) {
            out.add(t.dflt);
            out.addAll(t.labels);
        }
        if (in instanceof LookupSwitchInsnNode t) {
            out.add(t.dflt);
            out.addAll(t.labels);
        }
        return out;
    }

    private static boolean fallsThrough(AbstractInsnNode in) {
        int op = in.getOpcode();
        if (in instanceof TableSwitchInsnNode || in instanceof LookupSwitchInsnNode) return false;
        return op != GOTO && op != ATHROW && !(op >= IRETURN && op <= RETURN);
    }
}
