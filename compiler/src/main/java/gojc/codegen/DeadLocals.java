package gojc.codegen;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicInterpreter;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Clears reference locals once they are dead (null stored after the last read, and where a
 * branch leaves a variable's live range), so that what they point to can be collected while the
 * method is still running. gc's stack maps are precise and Go programs rely on it through
 * finalizers (runtime.KeepAlive marks the last use); HotSpot's compiled code is precise too, but
 * its interpreter keeps every local slot reachable until the method returns.
 */
final class DeadLocals {
    private DeadLocals() {}

    /** Methods with more instructions are left alone (analysis time; the 64 KB code limit). */
    private static final int MAX_INSNS = 6000;

    /** The control flow, frames and liveness of one method's instructions (indexes as in toArray). */
    record Liveness(Frame<BasicValue>[] frames, List<List<Integer>> succ, BitSet[] liveIn) {
        /** The local slots some path from instruction i reads before writing them. */
        BitSet liveOut(int i) {
            return DeadLocals.liveOut(i, succ, liveIn);
        }
    }

    /** The method's liveness, or null when it is too big or does not analyze. */
    static Liveness analyze(String owner, MethodNode m) {
        int n = m.instructions.size();
        if (n == 0 || (long) n * m.maxLocals > 4_000_000L) return null;
        // earlier passes leave the sizes to the class writer (COMPUTE_MAXS): give the analyzer room
        int locals = m.maxLocals;
        for (AbstractInsnNode x = m.instructions.getFirst(); x != null; x = x.getNext()) {
            if (x instanceof VarInsnNode v) locals = Math.max(locals, v.var + 2);
            else if (x instanceof org.objectweb.asm.tree.IincInsnNode inc) locals = Math.max(locals, inc.var + 1);
        }
        m.maxLocals = locals;
        m.maxStack = Math.max(m.maxStack, 16) * 2 + 32;
        List<List<Integer>> succ = new ArrayList<>(n);
        for (int i = 0; i < n; i++) succ.add(new ArrayList<>(2));
        Analyzer<BasicValue> a = new Analyzer<>(new BasicInterpreter()) {
            @Override
            protected void newControlFlowEdge(int from, int to) {
                succ.get(from).add(to);
            }

            @Override
            protected boolean newControlFlowExceptionEdge(int from, int to) {
                succ.get(from).add(to);
                return true;
            }
        };
        Frame<BasicValue>[] frames;
        try {
            frames = a.analyze(owner, m);
        } catch (AnalyzerException e) {
            return null; // the class writer reports broken code better than this pass could
        }
        return new Liveness(frames, succ, liveness(m.instructions.toArray(), succ));
    }

    static void clear(String owner, MethodNode m) {
        int n = m.instructions.size();
        if (n > MAX_INSNS || m.name.equals("<init>")) return;
        Liveness lv = analyze(owner, m);
        if (lv == null) return;
        Frame<BasicValue>[] frames = lv.frames();
        List<List<Integer>> succ = lv.succ();
        BitSet[] liveIn = lv.liveIn();
        AbstractInsnNode[] insns = m.instructions.toArray();

        List<AbstractInsnNode> after = new ArrayList<>();
        List<Integer> afterSlot = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (frames[i] == null) continue;
            AbstractInsnNode x = insns[i];
            BitSet out = liveOut(i, succ, liveIn);
            // the last read of a reference, or a reference stored and never read
            if (x instanceof VarInsnNode v && (v.getOpcode() == Opcodes.ALOAD || v.getOpcode() == Opcodes.ASTORE)
                    && !out.get(v.var) && !succ.get(i).isEmpty()) {
                after.add(x);
                afterSlot.add(v.var);
            }
        }
        // variables a branch (or the entry) leaves dead: cleared where the path enters
        List<AbstractInsnNode> at = new ArrayList<>();
        List<BitSet> atSlots = new ArrayList<>();
        BitSet[] diedOnEntry = new BitSet[n];
        for (int p = 0; p < n; p++) {
            if (frames[p] == null) continue;
            BitSet out = liveOut(p, succ, liveIn);
            for (int j : succ.get(p)) {
                BitSet d = (BitSet) out.clone();
                d.andNot(liveIn[j]);
                if (d.isEmpty()) continue;
                if (diedOnEntry[j] == null) diedOnEntry[j] = new BitSet();
                diedOnEntry[j].or(d);
            }
        }
        BitSet entry = new BitSet();
        for (int k = 0; k < frames[0].getLocals(); k++) {
            if (frames[0].getLocal(k) == BasicValue.REFERENCE_VALUE && !liveIn[0].get(k)) entry.set(k);
        }
        if (!entry.isEmpty()) {
            diedOnEntry[0] = diedOnEntry[0] == null ? entry : or(diedOnEntry[0], entry);
        }
        for (int j = 0; j < n; j++) {
            if (diedOnEntry[j] == null || frames[j] == null) continue;
            BitSet refs = new BitSet();
            for (int k = diedOnEntry[j].nextSetBit(0); k >= 0; k = diedOnEntry[j].nextSetBit(k + 1)) {
                if (k < frames[j].getLocals() && frames[j].getLocal(k) == BasicValue.REFERENCE_VALUE) refs.set(k);
            }
            if (!refs.isEmpty()) {
                at.add(insns[j]);
                atSlots.add(refs);
            }
        }
        for (int i = 0; i < after.size(); i++) {
            m.instructions.insert(after.get(i), nulls(afterSlot.get(i)));
        }
        for (int i = 0; i < at.size(); i++) {
            InsnList code = new InsnList();
            BitSet s = atSlots.get(i);
            for (int k = s.nextSetBit(0); k >= 0; k = s.nextSetBit(k + 1)) code.add(nulls(k));
            AbstractInsnNode x = at.get(i);
            // keep a jump target's label in front so that the jumps run the stores too
            if (x instanceof LabelNode) m.instructions.insert(x, code);
            else m.instructions.insertBefore(x, code);
        }
    }

    private static BitSet or(BitSet a, BitSet b) {
        BitSet r = (BitSet) a.clone();
        r.or(b);
        return r;
    }

    private static InsnList nulls(int slot) {
        InsnList l = new InsnList();
        l.add(new InsnNode(Opcodes.ACONST_NULL));
        l.add(new VarInsnNode(Opcodes.ASTORE, slot));
        return l;
    }

    private static BitSet liveOut(int i, List<List<Integer>> succ, BitSet[] liveIn) {
        BitSet out = new BitSet();
        for (int j : succ.get(i)) out.or(liveIn[j]);
        return out;
    }

    /** Backward liveness of local slots (any type) at each instruction's entry. */
    private static BitSet[] liveness(AbstractInsnNode[] insns, List<List<Integer>> succ) {
        int n = insns.length;
        List<List<Integer>> pred = new ArrayList<>(n);
        for (int i = 0; i < n; i++) pred.add(new ArrayList<>(2));
        for (int i = 0; i < n; i++) for (int j : succ.get(i)) pred.get(j).add(i);
        BitSet[] in = new BitSet[n];
        for (int i = 0; i < n; i++) in[i] = new BitSet();
        ArrayDeque<Integer> work = new ArrayDeque<>();
        boolean[] queued = new boolean[n];
        for (int i = n - 1; i >= 0; i--) {
            work.add(i);
            queued[i] = true;
        }
        while (!work.isEmpty()) {
            int i = work.poll();
            queued[i] = false;
            BitSet s = liveOut(i, succ, in);
            AbstractInsnNode x = insns[i];
            if (x instanceof VarInsnNode v) {
                int op = v.getOpcode();
                if (op >= Opcodes.ISTORE && op <= Opcodes.ASTORE) {
                    s.clear(v.var);
                    if (op == Opcodes.LSTORE || op == Opcodes.DSTORE) s.clear(v.var + 1);
                } else {
                    s.set(v.var);
                }
            } else if (x instanceof org.objectweb.asm.tree.IincInsnNode inc) {
                s.set(inc.var);
            }
            if (!s.equals(in[i])) {
                in[i] = s;
                for (int p : pred.get(i)) {
                    if (!queued[p]) {
                        queued[p] = true;
                        work.add(p);
                    }
                }
            }
        }
        return in;
    }
}
