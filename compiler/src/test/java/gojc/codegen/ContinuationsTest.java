package gojc.codegen;

import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The continuation transform on hand-written methods: what it transforms, and that the JVM verifies it. */
class ContinuationsTest implements Opcodes {
    private static final String OWNER = "go/t/t$go";

    /** f(c, x) = x + <-c (x stays on the operand stack across the receive); loop(n); leaf(a); caller(c). */
    private static byte[] sample() {
        ClassWriter cw = PackageCompiler.newClassWriter();
        cw.visit(V11, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, OWNER, null, "java/lang/Object", null);
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, "f", "(Lgojc/rt/sched/Chan;J)J", null, null);
        mv.visitCode();
        mv.visitVarInsn(LLOAD, 1);
        mv.visitMethodInsn(INVOKESTATIC, "gojc/rt/sched/Sched", "getg", "()Lgojc/rt/sched/G;", false);
        mv.visitVarInsn(ALOAD, 0);
        mv.visitMethodInsn(INVOKESTATIC, "gojc/rt/sched/Chan", "recv", "(Lgojc/rt/sched/G;Lgojc/rt/sched/Chan;)Ljava/lang/Object;", false);
        mv.visitTypeInsn(CHECKCAST, "java/lang/Long");
        mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Long", "longValue", "()J", false);
        mv.visitInsn(LADD);
        mv.visitInsn(LRETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();

        mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, "loop", "(J)J", null, null);
        mv.visitCode();
        Label head = new Label();
        Label end = new Label();
        mv.visitLabel(head);
        mv.visitVarInsn(LLOAD, 0);
        mv.visitInsn(LCONST_0);
        mv.visitInsn(LCMP);
        mv.visitJumpInsn(IFLE, end);
        mv.visitVarInsn(LLOAD, 0);
        mv.visitInsn(LCONST_1);
        mv.visitInsn(LSUB);
        mv.visitVarInsn(LSTORE, 0);
        mv.visitJumpInsn(GOTO, head);
        mv.visitLabel(end);
        mv.visitVarInsn(LLOAD, 0);
        mv.visitInsn(LRETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();

        mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, "leaf", "(J)J", null, null);
        mv.visitCode();
        mv.visitVarInsn(LLOAD, 0);
        mv.visitInsn(LCONST_1);
        mv.visitInsn(LADD);
        mv.visitInsn(LRETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();

        mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, "caller", "(Lgojc/rt/sched/Chan;)Ljava/lang/String;", null, null);
        mv.visitCode();
        mv.visitLdcInsn("s");
        mv.visitVarInsn(ALOAD, 0);
        mv.visitLdcInsn(2L);
        mv.visitMethodInsn(INVOKESTATIC, OWNER, "f", "(Lgojc/rt/sched/Chan;J)J", false);
        mv.visitMethodInsn(INVOKESTATIC, OWNER, "leaf", "(J)J", false);
        mv.visitInsn(POP2);
        mv.visitInsn(ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    private static MethodNode method(ClassNode cn, String name) {
        return cn.methods.stream().filter(m -> m.name.equals(name)).findFirst().orElseThrow();
    }

    private static boolean calls(MethodNode m, String owner, String name) {
        for (AbstractInsnNode in : m.instructions) {
            if (in instanceof MethodInsnNode mi && mi.owner.equals(owner) && mi.name.equals(name)) return true;
        }
        return false;
    }

    @Test
    void transformsWhatMayBlockAndTheResultVerifies() throws Exception {
        Map<String, byte[]> classes = new TreeMap<>();
        classes.put(OWNER, sample());
        Continuations.transform(classes);
        ClassNode cn = new ClassNode();
        new ClassReader(classes.get(OWNER)).accept(cn, 0);

        MethodNode f = method(cn, "f");
        assertTrue(calls(f, "gojc/rt/sched/G", "pushFrame"), "f unwinds after its receive");
        assertTrue(calls(f, "gojc/rt/sched/G", "popFrame"), "f rewinds");
        MethodNode loop = method(cn, "loop");
        assertTrue(calls(loop, "gojc/rt/sched/Sched", "preempted"), "a loop polls for preemption");
        MethodNode caller = method(cn, "caller");
        assertTrue(calls(caller, "gojc/rt/sched/G", "pushFrame"), "a caller of a blocking function unwinds too");
        MethodNode leaf = method(cn, "leaf");
        assertFalse(calls(leaf, "gojc/rt/sched/Sched", "getg"), "a leaf is left alone");
        assertNotNull(leaf.invisibleAnnotations);
        assertEquals(Continuations.NON_BLOCKING, leaf.invisibleAnnotations.get(0).desc);
        assertNull(f.invisibleAnnotations);

        // The JVM verifies the rewritten methods when it links the class.
        ClassLoader loader = new ClassLoader(getClass().getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                if (!name.equals(OWNER.replace('/', '.'))) throw new ClassNotFoundException(name);
                byte[] b = classes.get(OWNER);
                return defineClass(name, b, 0, b.length);
            }
        };
        Class<?> c = Class.forName(OWNER.replace('/', '.'), true, loader);
        assertEquals(4, c.getDeclaredMethods().length);
        // not blocking and not on a goroutine: leaf runs as plain Java
        assertEquals(42L, c.getMethod("leaf", long.class).invoke(null, 41L));
    }
    /**
     * nest(c, n): for n > 0 { for k := n; k > 0; k-- {} ; for j := n; j > 0; j-- { <-c } ; n-- }.
     * The pure innermost loop gets no poll; the receive resumes through the loop headers only,
     * so that every loop of the transformed method is entered by its header (reducible).
     */
    @Test
    void nestedLoopsStayReducibleAndEveryLoopPolls() throws Exception {
        ClassWriter cw = PackageCompiler.newClassWriter();
        cw.visit(V11, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, OWNER, null, "java/lang/Object", null);
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, "nest", "(Lgojc/rt/sched/Chan;J)V", null, null);
        mv.visitCode();
        Label outer = new Label(), done = new Label(), pure = new Label(), pureEnd = new Label(), recv = new Label(), recvEnd = new Label();
        mv.visitLabel(outer);
        mv.visitVarInsn(LLOAD, 1);
        mv.visitInsn(LCONST_0);
        mv.visitInsn(LCMP);
        mv.visitJumpInsn(IFLE, done);
        for (int loop = 0; loop < 2; loop++) {
            Label head = loop == 0 ? pure : recv, end = loop == 0 ? pureEnd : recvEnd;
            mv.visitVarInsn(LLOAD, 1);
            mv.visitVarInsn(LSTORE, 3 + 2 * loop);
            mv.visitLabel(head);
            mv.visitVarInsn(LLOAD, 3 + 2 * loop);
            mv.visitInsn(LCONST_0);
            mv.visitInsn(LCMP);
            mv.visitJumpInsn(IFLE, end);
            if (loop == 1) {
                mv.visitMethodInsn(INVOKESTATIC, "gojc/rt/sched/Sched", "getg", "()Lgojc/rt/sched/G;", false);
                mv.visitVarInsn(ALOAD, 0);
                mv.visitMethodInsn(INVOKESTATIC, "gojc/rt/sched/Chan", "recv", "(Lgojc/rt/sched/G;Lgojc/rt/sched/Chan;)Ljava/lang/Object;", false);
                mv.visitInsn(POP);
            }
            mv.visitVarInsn(LLOAD, 3 + 2 * loop);
            mv.visitInsn(LCONST_1);
            mv.visitInsn(LSUB);
            mv.visitVarInsn(LSTORE, 3 + 2 * loop);
            mv.visitJumpInsn(GOTO, head);
            mv.visitLabel(end);
        }
        mv.visitVarInsn(LLOAD, 1);
        mv.visitInsn(LCONST_1);
        mv.visitInsn(LSUB);
        mv.visitVarInsn(LSTORE, 1);
        mv.visitJumpInsn(GOTO, outer);
        mv.visitLabel(done);
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        Map<String, byte[]> classes = new TreeMap<>();
        classes.put(OWNER, cw.toByteArray());
        Continuations.transform(classes);
        ClassNode cn = new ClassNode();
        new ClassReader(classes.get(OWNER)).accept(cn, 0);
        MethodNode m = method(cn, "nest");

        long polls = java.util.stream.StreamSupport.stream(m.instructions.spliterator(), false)
                .filter(in -> in instanceof MethodInsnNode mi && mi.name.equals("preempted")).count();
        // the pure inner loop polls too unless -Dgojc.nestedPolls=false (a long inner loop must be preemptible)
        assertEquals(Continuations.NESTED_POLLS ? 4 : 3, polls,
                "polls at entry, in the outer loop, in the loop that receives and (by default) in the pure one");

        assertTrue(reducible(m), "a retreating edge whose target does not dominate its source: a second loop entry");
        ClassLoader loader = new ClassLoader(getClass().getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                if (!name.equals(OWNER.replace('/', '.'))) throw new ClassNotFoundException(name);
                byte[] b = classes.get(OWNER);
                return defineClass(name, b, 0, b.length);
            }
        };
        Class.forName(OWNER.replace('/', '.'), true, loader); // verifies
    }

    /** Reducible: in a depth-first walk from the entry, every edge to a node on the walk's stack goes to a dominator. */
    private static boolean reducible(MethodNode m) {
        var code = m.instructions;
        int n = code.size();
        java.util.List<java.util.List<Integer>> succ = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            java.util.List<Integer> s = new java.util.ArrayList<>();
            for (var l : LoopNest.targets(code.get(i))) s.add(code.indexOf(l));
            int op = code.get(i).getOpcode();
            boolean falls = op != GOTO && op != ATHROW && !(op >= IRETURN && op <= RETURN)
                    && !(code.get(i) instanceof org.objectweb.asm.tree.TableSwitchInsnNode)
                    && !(code.get(i) instanceof org.objectweb.asm.tree.LookupSwitchInsnNode);
            if (falls && i + 1 < n) s.add(i + 1);
            succ.add(s);
        }
        for (var t : m.tryCatchBlocks) {
            for (int i = code.indexOf(t.start); i < code.indexOf(t.end); i++) succ.get(i).add(code.indexOf(t.handler));
        }
        // dominators, iteratively (small methods)
        java.util.BitSet[] dom = new java.util.BitSet[n];
        java.util.List<java.util.List<Integer>> pred = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) pred.add(new java.util.ArrayList<>());
        for (int i = 0; i < n; i++) for (int s : succ.get(i)) pred.get(s).add(i);
        for (int i = 0; i < n; i++) {
            dom[i] = new java.util.BitSet(n);
            if (i == 0) dom[i].set(0);
            else dom[i].set(0, n);
        }
        for (boolean changed = true; changed; ) {
            changed = false;
            for (int i = 1; i < n; i++) {
                java.util.BitSet d = new java.util.BitSet(n);
                d.set(0, n);
                boolean any = false;
                for (int p : pred.get(i)) {
                    d.and(dom[p]);
                    any = true;
                }
                if (!any) d.clear();
                d.set(i);
                if (!d.equals(dom[i])) {
                    dom[i] = d;
                    changed = true;
                }
            }
        }
        // retreating edges of a depth-first walk
        int[] state = new int[n]; // 0 new, 1 on stack, 2 done
        java.util.Deque<int[]> stack = new java.util.ArrayDeque<>();
        stack.push(new int[] {0, 0});
        state[0] = 1;
        while (!stack.isEmpty()) {
            int[] top = stack.peek();
            if (top[1] < succ.get(top[0]).size()) {
                int s = succ.get(top[0]).get(top[1]++);
                if (state[s] == 1 && !dom[top[0]].get(s)) return false;
                if (state[s] == 0) {
                    state[s] = 1;
                    stack.push(new int[] {s, 0});
                }
            } else {
                state[top[0]] = 2;
                stack.pop();
            }
        }
        return true;
    }

    /** Package a: useLeaf() calls t.leaf, useF(c) calls t.f, both across the package boundary. */
    private static byte[] importer() {
        ClassWriter cw = PackageCompiler.newClassWriter();
        cw.visit(V11, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, "go/a/a$go", null, "java/lang/Object", null);
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, "useLeaf", "()J", null, null);
        mv.visitCode();
        mv.visitLdcInsn(1L);
        mv.visitMethodInsn(INVOKESTATIC, OWNER, "leaf", "(J)J", false);
        mv.visitInsn(LRETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, "useF", "(Lgojc/rt/sched/Chan;)J", null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitLdcInsn(2L);
        mv.visitMethodInsn(INVOKESTATIC, OWNER, "f", "(Lgojc/rt/sched/Chan;J)J", false);
        mv.visitInsn(LRETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    private static ClassNode transformedImporter(BlockingSummary deps) {
        Map<String, byte[]> a = new TreeMap<>();
        a.put("go/a/a$go", importer());
        Continuations.transform(a, deps);
        ClassNode cn = new ClassNode();
        new ClassReader(a.get("go/a/a$go")).accept(cn, 0);
        return cn;
    }

    @Test
    void theAnalysisCrossesPackagesThroughTheirSummaries() {
        Map<String, byte[]> t = new TreeMap<>();
        t.put(OWNER, sample());
        Continuations.transform(t);
        BlockingSummary deps = new BlockingSummary();
        deps.addPackage(t);
        assertTrue(deps.nonBlocking(OWNER, "leaf", "(J)J"));
        assertFalse(deps.nonBlocking(OWNER, "f", "(Lgojc/rt/sched/Chan;J)J"));

        ClassNode a = transformedImporter(deps);
        assertFalse(calls(method(a, "useLeaf"), "gojc/rt/sched/G", "pushFrame"), "a call of another package's leaf needs no unwinding");
        assertNotNull(method(a, "useLeaf").invisibleAnnotations, "and its caller is itself a leaf for its dependants");
        assertTrue(calls(method(a, "useF"), "gojc/rt/sched/G", "pushFrame"), "a call of another package's blocking function unwinds");

        // Without a summary every call into another package counts as blocking (never unsound).
        ClassNode conservative = transformedImporter(BlockingSummary.NONE);
        assertTrue(calls(method(conservative, "useLeaf"), "gojc/rt/sched/G", "pushFrame"));
    }
}
