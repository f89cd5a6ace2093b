package gojc.codegen;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FrameNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The continuation transform (docs/goroutines.md): a bytecode post-pass over a package's
 * generated classes that makes every method that may block resumable.
 *
 * <p>A method may block when it calls a blocking runtime operation, calls through a func value,
 * calls a Go function of another package that its package's {@link BlockingSummary} does not list, contains a loop (its
 * preemption poll blocks) or calls a method of this package that may block (a fixpoint).
 * Methods proven non-blocking are left untouched and marked {@code @gojc/NonBlocking} (an
 * invisible annotation, for dependants). In a transformed method:
 *
 * <ul>
 * <li>the current goroutine is fetched once at entry ({@code Sched.curg()} into a local, which
 *     also replaces the method's own getg/curg calls);
 * <li>after each call that may block, {@code g.unwinding} is tested; the out-of-line unwind
 *     block spills the operand stack and the live locals into a {@code gojc.rt.sched.Frame}
 *     (pc = the call site's index), pushes it and returns a dummy value;
 * <li>at entry, {@code g.rewinding} sends control to a dispatch on the popped frame's pc whose
 *     resume blocks restore locals and stack, push the saved receiver and dummy arguments, and
 *     jump to the call instruction to re-issue it;
 * <li>{@code g.preempt} is polled at entry and at each loop header.
 * </ul>
 *
 * The receiver of an instance call is stored into a local before the call so that the re-issued
 * call reaches the same callee. A call site that cannot unwind (an uninitialized object on the
 * operand stack) raises {@code g.noUnwind} around the call instead: correct, but it blocks its
 * thread.
 */
public final class Continuations implements Opcodes {
    private Continuations() {}

    static final String G = "gojc/rt/sched/G";
    static final String G_D = "L" + G + ";";
    static final String SCHED = "gojc/rt/sched/Sched";
    static final String FRAME = "gojc/rt/sched/Frame";
    static final String NON_BLOCKING = "Lgojc/NonBlocking;";
    /**
     * Marker calls after the outer and the inner header of a strip-mined loop (FuncGen.stripMined).
     * No such methods exist: transform removes every marker, and one left over would fail loudly.
     */
    static final String CHUNK_POLL = "chunkPoll";
    static final String CHUNK_INNER = "chunkInner";
    /** Loop-header preemption polls; -Dgojc.preemptPolls=false turns them off to measure their cost. */
    static final boolean POLLS = !"false".equals(System.getProperty("gojc.preemptPolls"));
    /** Loop iterations between two polls of g.preempt (measured: docs/goroutines.md). */
    static final int POLL_EVERY = Integer.getInteger("gojc.pollEvery", 256);
    /**
     * Polls in innermost non-blocking nested loops too (the default: an inner loop may run for
     * seconds, and gc preempts it); -Dgojc.nestedPolls=false measures their cost (see outerLoops).
     */
    static final boolean NESTED_POLLS = !"false".equals(System.getProperty("gojc.nestedPolls"));
    /** Back edges count down in latches of their own (Method.latches); -Dgojc.latches=false: at the header. */
    static final boolean LATCHES = !"false".equals(System.getProperty("gojc.latches"));
    /** Instructions times frame slots above which a method is not analyzed (memory, time). */
    static final long ANALYSIS_LIMIT = 4_000_000;

    /** Dead reference locals are cleared (DeadLocals); -Dgojc.clearDeadLocals=false turns it off. */
    static final boolean CLEAR_DEAD_LOCALS = !"false".equals(System.getProperty("gojc.clearDeadLocals"));

    /** Runtime operations that block (unwind when they must wait). */
    private static final Set<String> BLOCKING = Set.of(
            "gojc/rt/sched/Chan.send", "gojc/rt/sched/Chan.recv", "gojc/rt/sched/Chan.recv2",
            "gojc/rt/sched/Lang.select", "gojc/rt/sched/Select.select",
            "gojc/rt/sched/Sched.Gosched", "gojc/rt/sched/Sched.Sleep", "gojc/rt/sched/Sched.preempted",
            "gojc/rt/sched/Sema.acquire", "gojc/rt/sched/AddrSema.acquire", "gojc/rt/sched/NotifyList.waitFor",
            // natives of std overlays that block as the runtime operations above do
            "gojc/rt/std/time/Natives.Sleep", "gojc/rt/std/internal/poll/Natives.runtime_Semacquire",
            "gojc/rt/std/internal/poll/Natives.runtime_pollWait",
            "gojc/rt/std/sync/Natives.runtime_Semacquire", "gojc/rt/std/sync/Natives.runtime_SemacquireMutex",
            "gojc/rt/std/sync/Natives.notifyListWait");

    /** Transforms the classes of one package in place. */
    public static void transform(Map<String, byte[]> classes) {
        transform(classes, BlockingSummary.NONE);
    }

    /** Transforms one package's classes; deps tells which functions of its imports never block. */
    public static void transform(Map<String, byte[]> classes, BlockingSummary deps) {
        Map<String, ClassNode> nodes = new HashMap<>();
        for (var e : classes.entrySet()) {
            ClassNode cn = new ClassNode();
            new ClassReader(e.getValue()).accept(cn, ClassReader.SKIP_FRAMES);
            nodes.put(e.getKey(), cn);
        }
        Map<String, MethodNode> methods = new HashMap<>();
        for (ClassNode cn : nodes.values()) {
            for (MethodNode m : cn.methods) methods.put(key(cn.name, m.name, m.desc), m);
        }
        Set<MethodNode> mayBlock = mayBlock(nodes, methods, deps);
        for (var e : nodes.entrySet()) {
            ClassNode cn = e.getValue();
            boolean changed = false;
            for (MethodNode m : cn.methods) {
                Map<LabelNode, String> marks = chunkMarks(m);
                if (!marks.isEmpty()) changed = true;
                if (runtimeSupport(cn) || !candidate(m)) continue;
                if (mayBlock.contains(m)) {
                    new Method(cn, m, methods, mayBlock, deps, marks).transform();
                } else {
                    if (m.invisibleAnnotations == null) m.invisibleAnnotations = new ArrayList<>();
                    m.invisibleAnnotations.add(new AnnotationNode(NON_BLOCKING));
                }
                StackOverflowGuard.guard(m);
                LineTable.dropShadowed(m);
                if (CLEAR_DEAD_LOCALS) DeadLocals.clear(cn.name, m);
                changed = true;
            }
            if (changed) {
                ClassWriter cw = PackageCompiler.newClassWriter();
                cn.accept(cw);
                classes.put(e.getKey(), cw.toByteArray());
            }
        }
    }

    private static String key(String owner, String name, String desc) {
        return owner + "." + name + desc;
    }

    /** Generated support classes (struct values, zero factories): never Go code. */
    private static boolean runtimeSupport(ClassNode cn) {
        return cn.interfaces.contains("gojc/rt/GoStruct") || cn.interfaces.contains("gojc/rt/ZeroFactory");
    }

    /** Methods of Go code: functions, methods and func-value bodies (not constructors, clinit, init tasks). */
    private static boolean candidate(MethodNode m) {
        if ((m.access & (ACC_ABSTRACT | ACC_NATIVE)) != 0) return false;
        // $init: package initialization runs with g.noUnwind raised; $-names are support code
        return !m.name.startsWith("<") && !m.name.startsWith("$") && !(m.name.equals("usesRecover") && m.desc.equals("()Z"));
    }

    /** The may-block fixpoint over the package's methods. */
    private static Set<MethodNode> mayBlock(Map<String, ClassNode> nodes, Map<String, MethodNode> methods, BlockingSummary deps) {
        Set<MethodNode> blocking = new HashSet<>();
        Map<MethodNode, List<MethodNode>> callers = new HashMap<>();
        List<MethodNode> work = new ArrayList<>();
        for (ClassNode cn : nodes.values()) {
            if (runtimeSupport(cn)) continue;
            for (MethodNode m : cn.methods) {
                if (!candidate(m)) continue;
                boolean b = false;
                for (AbstractInsnNode in : m.instructions) {
                    if (in instanceof MethodInsnNode mi) {
                        MethodNode callee = methods.get(key(mi.owner, mi.name, mi.desc));
                        if (callee != null && mi.getOpcode() == INVOKESTATIC) {
                            callers.computeIfAbsent(callee, k -> new ArrayList<>()).add(m);
                        } else if (blockingCall(mi, methods, deps)) {
                            b = true;
                        }
                    } else if (isBackEdge(m, in)) {
                        b = true;
                    }
                }
                if (b) {
                    blocking.add(m);
                    work.add(m);
                }
            }
        }
        while (!work.isEmpty()) {
            MethodNode m = work.remove(work.size() - 1);
            for (MethodNode c : callers.getOrDefault(m, List.of())) {
                if (candidate(c) && blocking.add(c)) work.add(c);
            }
        }
        return blocking;
    }

    /**
     * Removes the marker calls of strip-mined loops; returns the loop headers they marked
     * (the labels right before each marker) with the marker's name.
     */
    static Map<LabelNode, String> chunkMarks(MethodNode m) {
        Map<LabelNode, String> marks = new HashMap<>();
        for (AbstractInsnNode in : m.instructions.toArray()) {
            if (in instanceof MethodInsnNode mi && mi.owner.equals(SCHED)
                    && (mi.name.equals(CHUNK_POLL) || mi.name.equals(CHUNK_INNER))) {
                for (AbstractInsnNode p = in.getPrevious(); p instanceof LabelNode || p instanceof LineNumberNode
                        || p instanceof FrameNode; p = p.getPrevious()) {
                    if (p instanceof LabelNode l) marks.put(l, mi.name);
                }
                m.instructions.remove(in);
            }
        }
        return marks;
    }

    /** A call that may block, other than to a method of this package (those go through the fixpoint). */
    static boolean blockingCall(MethodInsnNode mi, Map<String, MethodNode> methods, BlockingSummary deps) {
        if (BLOCKING.contains(mi.owner + "." + mi.name)) return true;
        if (mi.getOpcode() == INVOKEVIRTUAL && mi.name.equals("call")
                && (mi.owner.startsWith("gojc/fn/") || mi.owner.equals("gojc/rt/FuncV"))) {
            return true; // a func value: any function of its shape
        }
        if (mi.getOpcode() == INVOKEINTERFACE && (mi.owner.startsWith("go/$m/")
                || mi.owner.equals("gojc/rt/GoError") && mi.name.equals("error")
                || mi.owner.equals("gojc/rt/GoStringer") && mi.name.equals("string"))) {
            return true; // an interface method call: any method of that identity
        }
        // a Go function of another package: blocking unless that package's summary says otherwise
        return mi.getOpcode() == INVOKESTATIC && mi.owner.startsWith("go/") && !methods.containsKey(key(mi.owner, mi.name, mi.desc))
                && !mi.name.equals("$zf") && !deps.nonBlocking(mi.owner, mi.name, mi.desc);
    }

    private static boolean isBackEdge(MethodNode m, AbstractInsnNode in) {
        int at = m.instructions.indexOf(in);
        for (LabelNode l : LoopNest.targets(in)) if (m.instructions.indexOf(l) <= at) return true;
        return false;
    }

    /** The transform of one method. */
    private static final class Method {
        final ClassNode cn;
        final MethodNode m;
        final Map<String, MethodNode> methods;
        final Set<MethodNode> mayBlock;
        final boolean instance;
        int gSlot, fSlot, ctrSlot = -1;
        /**
         * 1 while the code runs, 0 while a resumed frame finds its way back to its call: the
         * loop headers' route checks test it with ifeq, a test the JIT, when it has too few
         * counts (an on-stack replacement early in a first call), guesses rarely taken. (It
         * guesses ifnonnull on the frame often taken, and then treated the loops as cold and
         * left them unoptimized: 3x slower first calls.)
         */
        int rSlot;
        /** The headers of strip-mined loops (chunkMarks). */
        final Map<LabelNode, String> chunkMarks;
        /** Polled loop headers and the route blocks a resumed frame passes through them by. */
        final Map<LabelNode, LabelNode> routes = new java.util.LinkedHashMap<>(); // in code order: deterministic classes
        /** Per polled header: resume pc -> where its route goes on from that header. */
        final Map<LabelNode, java.util.TreeMap<Integer, LabelNode>> routeTargets = new HashMap<>();
        /** The analyzer's frame at each polled header (before the call sites were instrumented). */
        final Map<LabelNode, Frame<BasicValue>> headerFrames = new HashMap<>();
        /** Per route block: the poll's countdown test its check goes after (inserted once analyzed). */
        final Map<LabelNode, AbstractInsnNode> routeChecks = new java.util.LinkedHashMap<>();
        final BlockingSummary deps;

        Method(ClassNode cn, MethodNode m, Map<String, MethodNode> methods, Set<MethodNode> mayBlock, BlockingSummary deps,
                Map<LabelNode, String> chunkMarks) {
            this.deps = deps;
            this.chunkMarks = chunkMarks;
            this.cn = cn;
            this.m = m;
            this.methods = methods;
            this.mayBlock = mayBlock;
            this.instance = (m.access & ACC_STATIC) == 0;
        }

        int newLocal(int size) {
            int s = m.maxLocals;
            m.maxLocals += size;
            return s;
        }

        boolean isSite(AbstractInsnNode in) {
            if (!(in instanceof MethodInsnNode mi)) return false;
            MethodNode callee = methods.get(key(mi.owner, mi.name, mi.desc));
            if (callee != null && mi.getOpcode() == INVOKESTATIC) return mayBlock.contains(callee);
            return blockingCall(mi, methods, deps);
        }

        void transform() {
            InsnList code = m.instructions;
            gSlot = newLocal(1);
            fSlot = newLocal(1);
            // 1. the goroutine in a local, fetched once; the entry poll
            for (AbstractInsnNode in : code.toArray()) {
                if (in instanceof MethodInsnNode mi && mi.owner.equals(SCHED) && (mi.name.equals("getg") || mi.name.equals("curg"))) {
                    code.set(in, new VarInsnNode(ALOAD, gSlot));
                }
            }
            InsnList prologue = new InsnList();
            prologue.add(new MethodInsnNode(INVOKESTATIC, SCHED, "curg", "()" + G_D, false));
            prologue.add(new VarInsnNode(ASTORE, gSlot));
            if ((long) code.size() * (m.maxLocals + m.maxStack) > ANALYSIS_LIMIT) {
                // too big to analyze cheaply (and far above what C2 compiles): its blocking
                // calls park the thread instead of unwinding
                code.insert(prologue);
                for (AbstractInsnNode in : code.toArray()) {
                    if (isSite(in)) wrapNoUnwind((MethodInsnNode) in);
                }
                return;
            }
            // the frame being resumed, null when not rewinding (see route)
            prologue.add(new InsnNode(ACONST_NULL));
            prologue.add(new VarInsnNode(ASTORE, fSlot));
            rSlot = newLocal(1);
            prologue.add(new InsnNode(ICONST_1));
            prologue.add(new VarInsnNode(ISTORE, rSlot));
            LabelNode afterG = new LabelNode();
            prologue.add(afterG);
            prologue.add(poll());
            code.insert(prologue);
            // 2. preemption polls at loop headers (where the operand stack is empty)
            Frame<BasicValue>[] frames = analyze();
            Set<LabelNode> headers = new HashSet<>();
            for (AbstractInsnNode in : code.toArray()) {
                if (!isBackEdge(m, in)) continue;
                int at = code.indexOf(in);
                for (LabelNode l : LoopNest.targets(in)) {
                    Frame<BasicValue> f = frames[code.indexOf(l)];
                    if (code.indexOf(l) <= at && f != null && f.getStackSize() == 0) headers.add(l);
                }
            }
            for (var e : chunkMarks.entrySet()) {
                if (e.getValue().equals(CHUNK_INNER)) headers.remove(e.getKey()); // its outer loop polls
            }
            if (!NESTED_POLLS) headers = outerLoops(headers);
            if (POLLS && !headers.isEmpty()) {
                int ctr = ctrSlot = newLocal(1);
                InsnList init = new InsnList();
                init.add(new LdcInsnNode(POLL_EVERY));
                init.add(new VarInsnNode(ISTORE, ctr));
                code.insert(afterG, init);
                List<LabelNode> ordered = new ArrayList<>(headers);
                ordered.sort(java.util.Comparator.comparingInt(code::indexOf)); // the same class bytes every build
                for (LabelNode l : ordered) {
                    routes.put(l, new LabelNode());
                    routeTargets.put(l, new java.util.TreeMap<>());
                    boolean chunked = CHUNK_POLL.equals(chunkMarks.get(l));
                    if (!chunked && LATCHES) {
                        routeChecks.put(routes.get(l), l);
                        latches(l, ctr);
                    } else {
                        code.insert(l, loopPoll(ctr, routes.get(l), chunked));
                    }
                }
            }
            // 3. the call sites (the polls included)
            frames = analyze();
            DeadLocals.Liveness liveness = CLEAR_DEAD_LOCALS ? DeadLocals.analyze(cn.name, m) : null;
            LoopNest loops = new LoopNest(m, routes.keySet());
            for (LabelNode h : routes.keySet()) headerFrames.put(h, frames[code.indexOf(h)]);
            List<MethodInsnNode> sites = new ArrayList<>();
            List<Frame<BasicValue>> siteFrames = new ArrayList<>();
            List<java.util.BitSet> siteLive = new ArrayList<>();
            List<List<LabelNode>> siteLoops = new ArrayList<>();
            Set<AbstractInsnNode> underConstruction = underConstruction();
            List<MethodInsnNode> noUnwind = new ArrayList<>();
            AbstractInsnNode[] insns = code.toArray();
            for (int i = 0; i < insns.length; i++) {
                AbstractInsnNode in = insns[i];
                if (!isSite(in)) continue;
                Frame<BasicValue> f = frames[i];
                if (f == null) continue; // unreachable
                if (underConstruction.contains(in)) {
                    noUnwind.add((MethodInsnNode) in);
                    continue;
                }
                sites.add((MethodInsnNode) in);
                siteFrames.add(f);
                siteLive.add(liveness == null ? null : liveness.liveOut(i));
                siteLoops.add(loops.enclosing(i));
            }
            // wrapped only now: wrapping inserts code, which would shift the frames' indexes
            for (MethodInsnNode in : noUnwind) wrapNoUnwind(in);
            for (var e : routeChecks.entrySet()) {
                // a resumed frame enters the loop here (the countdown is 0 then): see site()
                InsnList c = new InsnList();
                c.add(new VarInsnNode(ILOAD, rSlot));
                c.add(new JumpInsnNode(IFEQ, e.getKey()));
                code.insert(e.getValue(), c);
            }
            // 4. the rewind dispatch, right after g is fetched; unwind and resume blocks at the end
            InsnList tail = new InsnList();
            InsnList check = new InsnList();
            LabelNode dispatch = new LabelNode();
            check.add(new VarInsnNode(ALOAD, gSlot));
            check.add(new FieldInsnNode(GETFIELD, G, "rewinding", "Z"));
            check.add(new JumpInsnNode(IFNE, dispatch));
            code.insert(afterG, check);
            tail.add(dispatch);
            tail.add(new VarInsnNode(ALOAD, gSlot));
            tail.add(new MethodInsnNode(INVOKEVIRTUAL, G, "popFrame", "()L" + FRAME + ";", false));
            tail.add(new VarInsnNode(ASTORE, fSlot));
            tail.add(new InsnNode(ICONST_0));
            tail.add(new VarInsnNode(ISTORE, rSlot));
            tail.add(new VarInsnNode(ALOAD, fSlot));
            tail.add(new FieldInsnNode(GETFIELD, FRAME, "pc", "I"));
            LabelNode[] resumes = new LabelNode[sites.size()];
            for (int i = 0; i < resumes.length; i++) resumes[i] = new LabelNode();
            tail.add(new TableSwitchInsnNode(0, resumes.length - 1, resumes[0], resumes));
            InsnList routeTail = new InsnList();
            for (int i = 0; i < sites.size(); i++) {
                site(i, sites.get(i), siteFrames.get(i), siteLive.get(i), siteLoops.get(i), resumes[i], tail, routeTail);
            }
            for (LabelNode h : routes.keySet()) routeBlock(h, tail);
            tail.add(routeTail);
            code.add(tail);
        }

        /**
         * With -Dgojc.nestedPolls=false, the loop headers left to poll: all but those of
         * innermost loops with no blocking call, nested in another loop. Their poll (a second
         * induction variable and a branch) cost 40-70% of CPU time on nested numeric loops
         * (fannkuch, spectralnorm) and kept C2 from unrolling them; but without it a long inner
         * loop (seconds of work, or one that never ends) is never preempted, where gc's
         * asynchronous preemption stops any loop, so it is off by default.
         */
        private Set<LabelNode> outerLoops(Set<LabelNode> headers) {
            LoopNest nest = new LoopNest(m, headers);
            InsnList code = m.instructions;
            Set<LabelNode> out = new HashSet<>();
            for (LabelNode h : headers) {
                List<LabelNode> enclosing = nest.enclosing(code.indexOf(h));
                boolean nested = enclosing.size() > 1; // h's own loop, and one around it
                boolean innermost = true, blocks = false;
                for (LabelNode o : headers) if (o != h && nest.holds(h, code.indexOf(o))) innermost = false;
                for (int i = 0; i < code.size() && innermost && !blocks; i++) {
                    if (nest.holds(h, i) && isSite(code.get(i))) blocks = true;
                }
                if (!nested || !innermost || blocks) out.add(h);
            }
            return out;
        }

        /** {@code switch (f.pc)} to the targets, otherwise to dflt. */
        private InsnList switchOnPc(java.util.SortedMap<Integer, LabelNode> targets, LabelNode dflt) {
            int[] keys = new int[targets.size()];
            LabelNode[] labels = new LabelNode[targets.size()];
            int k = 0;
            for (var e : targets.entrySet()) {
                keys[k] = e.getKey();
                labels[k++] = e.getValue();
            }
            InsnList out = new InsnList();
            out.add(new VarInsnNode(ALOAD, fSlot));
            out.add(new FieldInsnNode(GETFIELD, FRAME, "pc", "I"));
            out.add(new LookupSwitchInsnNode(dflt, keys, labels));
            return out;
        }

        /**
         * The route block of loop header h, reached from its poll while a frame is being
         * resumed: a switch on the resume pc to the code that goes on to the next header
         * inward, or to the call site.
         */
        private void routeBlock(LabelNode h, InsnList tail) {
            LabelNode bad = new LabelNode();
            tail.add(routes.get(h));
            tail.add(switchOnPc(routeTargets.get(h), bad));
            tail.add(bad); // never: every resumed pc routed through h has its target
            tail.add(new TypeInsnNode(NEW, "java/lang/IllegalStateException"));
            tail.add(new InsnNode(DUP));
            tail.add(new LdcInsnNode("gojc: resume route of " + cn.name + "." + m.name + " lost"));
            tail.add(new MethodInsnNode(INVOKESPECIAL, "java/lang/IllegalStateException", "<init>", "(Ljava/lang/String;)V", false));
            tail.add(new InsnNode(ATHROW));
        }

        /**
         * Stores a dummy value into each local defined in frame f that the site did not save
         * (dead after the call: DeadLocals), so that the resume path merges into the loop
         * headers and the code after the call with the local types the verifier expects there.
         */
        private void fillDead(Frame<BasicValue> f, List<Saved> saved, InsnList out) {
            if (f == null) return;
            for (int i = instance ? 1 : 0; i < f.getLocals(); i++) {
                if (machinery(i) || !defined(f, i)) continue;
                boolean isSaved = false;
                for (Saved x : saved) if (x.local == i) isSaved = true;
                if (isSaved) continue;
                Type t = f.getLocal(i).getType();
                out.add(dummy(t));
                out.add(new VarInsnNode(t.getOpcode(ISTORE), i));
            }
        }

        /** Whether local i holds a value at frame f. */
        private static boolean defined(Frame<BasicValue> f, int i) {
            if (i >= f.getLocals()) return false;
            BasicValue v = f.getLocal(i);
            return v != null && v.getType() != null && v != BasicValue.UNINITIALIZED_VALUE;
        }

        /**
         * Whether a resumed frame of a call site that saved these values can pass loop header
         * h: every local defined there on the normal paths must be restored with the very
         * same type, so that the frame merged at h stays what it was (else the verifier would
         * see a local become unusable in the loop).
         */
        private boolean routable(LabelNode h, List<Saved> saved) {
            Frame<BasicValue> f = headerFrames.get(h);
            if (f == null) return false;
            for (int i = instance ? 1 : 0; i < f.getLocals(); i++) {
                if (machinery(i) || i == ctrSlot || !defined(f, i)) continue;
                Saved s = null;
                for (Saved x : saved) if (x.local == i) s = x;
                if (s != null && !s.type.equals(f.getLocal(i).getType())) return false; // unsaved: fillDead
            }
            return true;
        }

        /**
         * A loop header's poll: every {@link #POLL_EVERY} iterations (a local countdown, so
         * the loop itself reads no shared memory) it polls {@code g.preempt}. Its slow path is
         * also where a resumed frame enters the loop (route).
         */
        private InsnList loopPoll(int ctr, LabelNode route, boolean everyTime) {
            InsnList p = new InsnList();
            LabelNode skip = new LabelNode();
            // a strip-mined loop's outer header: a chunk counts as POLL_EVERY iterations
            p.add(new org.objectweb.asm.tree.IincInsnNode(ctr, everyTime ? -POLL_EVERY : -1));
            p.add(new VarInsnNode(ILOAD, ctr));
            JumpInsnNode slow = new JumpInsnNode(IFGT, skip);
            p.add(slow);
            routeChecks.put(route, slow);
            p.add(new LdcInsnNode(POLL_EVERY));
            p.add(new VarInsnNode(ISTORE, ctr));
            p.add(poll());
            p.add(skip);
            return p;
        }

        /**
         * The back edges to header h count down in a latch of their own, appended to the method,
         * and go back to h while the count lasts; only when it runs out do they go through the
         * poll, also appended, which then jumps to h. So h is the one way into the loop (for its
         * entry, for a resumed frame, whose route check sits right at h, and for the JIT's
         * on-stack replacement, which enters where the hot back edge goes) and the JIT, seeing a
         * hot and a cold back edge, splits it into two loops: a hot inner one without the poll's
         * volatile read and call, in which it hoists loads (a slice's header) and checks out of
         * the loop, and a cold outer one through the poll.
         */
        private void latches(LabelNode h, int ctr) {
            InsnList code = m.instructions;
            int at = code.indexOf(h);
            LabelNode pollBlock = new LabelNode();
            for (AbstractInsnNode in : code.toArray()) {
                if (!(in instanceof JumpInsnNode j) || j.label != h || code.indexOf(j) < at) continue;
                LabelNode latch = new LabelNode();
                j.label = latch;
                InsnList l = new InsnList();
                l.add(latch);
                l.add(new org.objectweb.asm.tree.IincInsnNode(ctr, -1));
                l.add(new VarInsnNode(ILOAD, ctr));
                l.add(new JumpInsnNode(IFGT, h));
                l.add(new JumpInsnNode(GOTO, pollBlock));
                code.add(l);
            }
            InsnList p = new InsnList();
            p.add(pollBlock);
            p.add(new LdcInsnNode(POLL_EVERY));
            p.add(new VarInsnNode(ISTORE, ctr));
            p.add(poll());
            p.add(new JumpInsnNode(GOTO, h));
            code.add(p);
        }

        /** {@code if (g.preempt) Sched.preempted(g)}: a call site like any other. */
        private InsnList poll() {
            InsnList p = new InsnList();
            LabelNode skip = new LabelNode();
            p.add(new VarInsnNode(ALOAD, gSlot));
            p.add(new FieldInsnNode(GETFIELD, G, "preempt", "Z"));
            p.add(new JumpInsnNode(IFEQ, skip));
            p.add(new VarInsnNode(ALOAD, gSlot));
            p.add(new MethodInsnNode(INVOKESTATIC, SCHED, "preempted", "(" + G_D + ")V", false));
            p.add(skip);
            return p;
        }

        @SuppressWarnings("unchecked")
        private Frame<BasicValue>[] analyze() {
            // Initialize g's slot on every path the analysis sees: the real entry code is
            // inserted at the end, so analyze a copy with the getg prologue.
            MethodNode copy = new MethodNode(m.access, m.name, m.desc, null, null);
            copy.maxLocals = m.maxLocals;
            copy.maxStack = Math.max(m.maxStack, 16) + 8;
            copy.tryCatchBlocks = m.tryCatchBlocks;
            copy.instructions = m.instructions;
            try {
                return new Analyzer<>(new Verifier(cn)).analyze(cn.name, copy);
            } catch (AnalyzerException e) {
                throw new IllegalStateException("continuation transform of " + cn.name + "." + m.name + ": " + e.getMessage(), e);
            }
        }

        /** Call sites between a NEW and its constructor call: their stack holds an uninitialized object. */
        private Set<AbstractInsnNode> underConstruction() {
            Set<AbstractInsnNode> out = new HashSet<>();
            int depth = 0;
            for (AbstractInsnNode in : m.instructions) {
                if (in.getOpcode() == NEW) depth++;
                else if (in instanceof MethodInsnNode mi && mi.getOpcode() == INVOKESPECIAL && mi.name.equals("<init>") && depth > 0) depth--;
                else if (depth > 0 && in instanceof MethodInsnNode) out.add(in);
            }
            return out;
        }

        private void wrapNoUnwind(MethodInsnNode call) {
            InsnList before = new InsnList();
            before.add(new VarInsnNode(ALOAD, gSlot));
            before.add(new InsnNode(DUP));
            before.add(new FieldInsnNode(GETFIELD, G, "noUnwind", "I"));
            before.add(new InsnNode(ICONST_1));
            before.add(new InsnNode(IADD));
            before.add(new FieldInsnNode(PUTFIELD, G, "noUnwind", "I"));
            InsnList after = new InsnList();
            after.add(new VarInsnNode(ALOAD, gSlot));
            after.add(new InsnNode(DUP));
            after.add(new FieldInsnNode(GETFIELD, G, "noUnwind", "I"));
            after.add(new InsnNode(ICONST_M1));
            after.add(new InsnNode(IADD));
            after.add(new FieldInsnNode(PUTFIELD, G, "noUnwind", "I"));
            m.instructions.insertBefore(call, before);
            m.instructions.insert(call, after);
        }

        /** A value saved in the frame: where it lives in the method and which frame slot holds it. */
        private record Saved(int local, Type type, String field, int index) {}

        /**
         * Call site i: stores an instance call's receiver first, tests unwinding after the
         * call, and emits its unwind and resume blocks into tail.
         */
        private void site(int pc, MethodInsnNode call, Frame<BasicValue> f, java.util.BitSet live, List<LabelNode> loops,
                          LabelNode resume, InsnList tail, InsnList routeTail) {
            InsnList code = m.instructions;
            Type[] args = Type.getArgumentTypes(call.desc);
            boolean hasRecv = call.getOpcode() != INVOKESTATIC;
            int below = f.getStackSize() - args.length - (hasRecv ? 1 : 0);
            // the receiver into a local, so that the resumed call reaches the same callee
            int recvSlot = -1;
            Type recvType = null;
            if (hasRecv) {
                recvType = f.getStack(below).getType();
                recvSlot = newLocal(1);
                int[] argSlots = new int[args.length];
                InsnList pre = new InsnList();
                for (int i = args.length - 1; i >= 0; i--) {
                    argSlots[i] = newLocal(args[i].getSize());
                    pre.add(new VarInsnNode(args[i].getOpcode(ISTORE), argSlots[i]));
                }
                pre.add(new VarInsnNode(ASTORE, recvSlot));
                pre.add(new VarInsnNode(ALOAD, recvSlot));
                for (int i = 0; i < args.length; i++) pre.add(new VarInsnNode(args[i].getOpcode(ILOAD), argSlots[i]));
                code.insertBefore(call, pre);
            }
            LabelNode callLabel = new LabelNode();
            code.insertBefore(call, callLabel);
            LabelNode unwind = new LabelNode();
            InsnList test = new InsnList();
            test.add(new VarInsnNode(ALOAD, gSlot));
            test.add(new FieldInsnNode(GETFIELD, G, "unwinding", "Z"));
            test.add(new JumpInsnNode(IFNE, unwind));
            code.insert(call, test);

            // what to save: the live locals (with no liveness, all defined ones; dead ones are not
            // kept reachable: DeadLocals), the receiver, the stack below the call
            List<Saved> saved = new ArrayList<>();
            int[] counts = new int[3];
            int first = instance ? 1 : 0;
            for (int i = first; i < f.getLocals(); i++) {
                BasicValue v = f.getLocal(i);
                if (machinery(i) || v == null || v.getType() == null || v == BasicValue.UNINITIALIZED_VALUE) continue;
                if (live != null && !live.get(i)) continue;
                saved.add(slotFor(i, v.getType(), counts));
            }
            if (hasRecv) saved.add(slotFor(recvSlot, recvType, counts));
            int[] stackSlots = new int[below];
            Type[] stackTypes = new Type[below];
            for (int k = 0; k < below; k++) {
                stackTypes[k] = f.getStack(k).getType();
                stackSlots[k] = newLocal(stackTypes[k].getSize());
                saved.add(slotFor(stackSlots[k], stackTypes[k], counts));
            }

            // unwind: drop the dummy result, spill the stack, fill and push the frame, return
            tail.add(unwind);
            Type ret = Type.getReturnType(call.desc);
            if (ret.getSize() == 2) tail.add(new InsnNode(POP2));
            else if (ret.getSize() == 1) tail.add(new InsnNode(POP));
            for (int k = below - 1; k >= 0; k--) tail.add(new VarInsnNode(stackTypes[k].getOpcode(ISTORE), stackSlots[k]));
            boolean overflow = counts[0] > 4 || counts[1] > 2 || counts[2] > 4;
            // G.newFrame reuses the frame popped at this depth when the goroutine last rewound
            tail.add(new VarInsnNode(ALOAD, gSlot));
            tail.add(new LdcInsnNode(pc));
            if (overflow) {
                tail.add(new LdcInsnNode(Math.max(0, counts[0] - 4)));
                tail.add(new LdcInsnNode(Math.max(0, counts[1] - 2)));
                tail.add(new LdcInsnNode(Math.max(0, counts[2] - 4)));
                tail.add(new MethodInsnNode(INVOKEVIRTUAL, G, "newFrame", "(IIII)L" + FRAME + ";", false));
            } else {
                tail.add(new MethodInsnNode(INVOKEVIRTUAL, G, "newFrame", "(I)L" + FRAME + ";", false));
            }
            tail.add(new VarInsnNode(ASTORE, fSlot));
            for (Saved s : saved) save(s, tail);
            tail.add(new VarInsnNode(ALOAD, gSlot));
            tail.add(new VarInsnNode(ALOAD, fSlot));
            tail.add(new MethodInsnNode(INVOKEVIRTUAL, G, "pushFrame", "(L" + FRAME + ";)V", false));
            Type mret = Type.getReturnType(m.desc);
            tail.add(dummy(mret));
            tail.add(new InsnNode(mret.getOpcode(IRETURN)));

            // resume: restore, push the stack, the receiver and dummy arguments, re-issue the call
            tail.add(resume);
            boolean routed = !loops.isEmpty();
            for (LabelNode h : loops) routed &= routable(h, saved);
            if (!routed) {
                // straight to the call (irreducible when the call is in a loop whose route the
                // verifier would not accept)
                fillDead(f, saved, tail);
                for (Saved s : saved) restore(s, tail);
                reissue(call, callLabel, below, stackTypes, stackSlots, recvSlot, args, tail);
                return;
            }
            // Through the headers of the enclosing loops, outermost first, so that every loop is
            // entered by its header only: the locals defined at the outermost header now, at
            // each header those it leaves undefined (defined further in), the rest at the call.
            Frame<BasicValue> outer = headerFrames.get(loops.get(0));
            fillDead(outer, saved, tail);
            for (Saved s : saved) if (defined(outer, s.local)) restore(s, tail);
            tail.add(new InsnNode(ICONST_0)); // a countdown at the header takes its slow path, where its route check is
            tail.add(new VarInsnNode(ISTORE, ctrSlot));
            tail.add(new JumpInsnNode(GOTO, loops.get(0)));
            for (int k = 0; k < loops.size(); k++) {
                LabelNode h = loops.get(k);
                LabelNode on = new LabelNode();
                routeTargets.get(h).put(pc, on);
                routeTail.add(on);
                for (Saved s : saved) {
                    if (!defined(headerFrames.get(h), s.local) || s.local == ctrSlot && k == loops.size() - 1) restore(s, routeTail);
                }
                if (k < loops.size() - 1) {
                    fillDead(headerFrames.get(loops.get(k + 1)), saved, routeTail);
                    routeTail.add(new JumpInsnNode(GOTO, loops.get(k + 1)));
                } else {
                    fillDead(f, saved, routeTail);
                    reissue(call, callLabel, below, stackTypes, stackSlots, recvSlot, args, routeTail);
                }
            }
        }

        /** The transform's own locals: g, the frame being resumed, the resuming flag. */
        private boolean machinery(int i) {
            return i == gSlot || i == fSlot || i == rSlot;
        }

        /** The end of a resume: no frame being resumed any more; the operand stack, the receiver, dummy arguments; the call. */
        private void reissue(MethodInsnNode call, LabelNode callLabel, int below, Type[] stackTypes, int[] stackSlots,
                             int recvSlot, Type[] args, InsnList out) {
            out.add(new InsnNode(ACONST_NULL));
            out.add(new VarInsnNode(ASTORE, fSlot));
            out.add(new InsnNode(ICONST_1));
            out.add(new VarInsnNode(ISTORE, rSlot));
            for (int k = 0; k < below; k++) out.add(new VarInsnNode(stackTypes[k].getOpcode(ILOAD), stackSlots[k]));
            if (recvSlot >= 0) out.add(new VarInsnNode(ALOAD, recvSlot));
            for (Type a : args) {
                // a runtime operation finds its goroutine in its G argument; others are ignored
                out.add(a.getDescriptor().equals(G_D) ? new VarInsnNode(ALOAD, gSlot) : dummy(a));
            }
            out.add(new JumpInsnNode(GOTO, callLabel));
        }

        /** Frame slot kinds: 0 integers (j), 1 floats (d), 2 references (l). */
        private static Saved slotFor(int local, Type t, int[] counts) {
            int kind = switch (t.getSort()) {
                case Type.FLOAT, Type.DOUBLE -> 1;
                case Type.OBJECT, Type.ARRAY -> 2;
                default -> 0;
            };
            int index = counts[kind]++;
            String field = switch (kind) {
                case 0 -> "j";
                case 1 -> "d";
                default -> "l";
            };
            return new Saved(local, t, field, index);
        }

        private static int inline(String field) {
            return field.equals("d") ? 2 : 4;
        }

        private void save(Saved s, InsnList out) {
            out.add(new VarInsnNode(ALOAD, fSlot));
            boolean inl = s.index < inline(s.field);
            if (!inl) {
                out.add(new FieldInsnNode(GETFIELD, FRAME, s.field, "[" + fieldDesc(s.field)));
                out.add(new LdcInsnNode(s.index - inline(s.field)));
            }
            out.add(new VarInsnNode(s.type.getOpcode(ILOAD), s.local));
            switch (s.type.getSort()) {
                case Type.BOOLEAN, Type.BYTE, Type.CHAR, Type.SHORT, Type.INT -> out.add(new InsnNode(I2L));
                case Type.FLOAT -> out.add(new InsnNode(F2D));
                default -> {
                }
            }
            if (inl) {
                out.add(new FieldInsnNode(PUTFIELD, FRAME, s.field + s.index, fieldDesc(s.field)));
            } else {
                out.add(new InsnNode(s.field.equals("j") ? LASTORE : s.field.equals("d") ? DASTORE : AASTORE));
            }
        }

        private void restore(Saved s, InsnList out) {
            if (s.type.getSort() == Type.OBJECT && s.type.getInternalName().equals("null")) {
                out.add(new InsnNode(ACONST_NULL));
                out.add(new VarInsnNode(ASTORE, s.local));
                return;
            }
            out.add(new VarInsnNode(ALOAD, fSlot));
            boolean inl = s.index < inline(s.field);
            if (inl) {
                out.add(new FieldInsnNode(GETFIELD, FRAME, s.field + s.index, fieldDesc(s.field)));
            } else {
                out.add(new FieldInsnNode(GETFIELD, FRAME, s.field, "[" + fieldDesc(s.field)));
                out.add(new LdcInsnNode(s.index - inline(s.field)));
                out.add(new InsnNode(s.field.equals("j") ? LALOAD : s.field.equals("d") ? DALOAD : AALOAD));
            }
            switch (s.type.getSort()) {
                case Type.BOOLEAN, Type.BYTE, Type.CHAR, Type.SHORT, Type.INT -> out.add(new InsnNode(L2I));
                case Type.FLOAT -> out.add(new InsnNode(D2F));
                case Type.OBJECT, Type.ARRAY -> {
                    if (!s.type.getDescriptor().equals("Ljava/lang/Object;")) out.add(new TypeInsnNode(CHECKCAST, s.type.getInternalName()));
                }
                default -> {
                }
            }
            out.add(new VarInsnNode(s.type.getOpcode(ISTORE), s.local));
        }

        private static String fieldDesc(String field) {
            return switch (field) {
                case "j" -> "J";
                case "d" -> "D";
                default -> "Ljava/lang/Object;";
            };
        }

        private static AbstractInsnNode dummy(Type t) {
            return switch (t.getSort()) {
                case Type.VOID -> new InsnNode(NOP);
                case Type.LONG -> new InsnNode(LCONST_0);
                case Type.FLOAT -> new InsnNode(FCONST_0);
                case Type.DOUBLE -> new InsnNode(DCONST_0);
                case Type.OBJECT, Type.ARRAY -> new InsnNode(ACONST_NULL);
                default -> new InsnNode(ICONST_0);
            };
        }
    }

    /**
     * Types of locals and stack entries without loading classes: references of different
     * classes merge to Object, as the class writer's frames do (PackageCompiler).
     */
    private static final class Verifier extends org.objectweb.asm.tree.analysis.SimpleVerifier {
        Verifier(ClassNode cn) {
            super(ASM9, Type.getObjectType(cn.name), Type.getObjectType(cn.superName), List.of(), false);
        }

        @Override
        protected boolean isAssignableFrom(Type t, Type u) {
            return true;
        }

        @Override
        public BasicValue merge(BasicValue v, BasicValue w) {
            if (v.equals(w)) return v;
            Type a = v.getType();
            Type b = w.getType();
            if (a == null || b == null) return BasicValue.UNINITIALIZED_VALUE;
            boolean ra = a.getSort() == Type.OBJECT || a.getSort() == Type.ARRAY;
            boolean rb = b.getSort() == Type.OBJECT || b.getSort() == Type.ARRAY;
            if (ra && rb) {
                if (a.getInternalName().equals("null")) return w;
                if (b.getInternalName().equals("null")) return v;
                return newValue(Type.getObjectType("java/lang/Object"));
            }
            return BasicValue.UNINITIALIZED_VALUE;
        }
    }
}
