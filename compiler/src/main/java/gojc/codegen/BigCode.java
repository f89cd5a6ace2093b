package gojc.codegen;

import gojc.constant.ConstValue;
import gojc.ir.FuncRef;
import gojc.ir.IrExpr;
import gojc.ir.IrFunc;
import gojc.ir.IrStmt;
import gojc.ir.IrType;
import gojc.ir.Repr;
import gojc.ir.Variable;
import gojc.syntax.Pos;
import gojc.types.Universe;

import org.objectweb.asm.Opcodes;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Keeps the JVM's method limits away from Go code (a method's bytecode must stay under 64 KB):
 * array literals of numeric constants become packed data decoded by {@code gojc.rt.Data}; a
 * package's init task is split into methods of bounded size, and an array literal too large
 * for one method is filled by helper methods, each taking a range of its elements.
 */
final class BigCode {
    private BigCode() {}

    /** Literals with at least this many constant elements are packed as data. */
    static final int PACK_MIN = 16;
    /** IR nodes per generated method: well under 64 KB of bytecode. */
    static final int NODES_PER_METHOD = 2000;

    /**
     * The class file. A method over 64 KB throws MethodTooLargeException, on which the package
     * compiles again with that function split further (PackageCompiler, Outline); a class over
     * the constant pool's limit stops the build with a clear message.
     */
    static byte[] bytes(org.objectweb.asm.ClassWriter cw, Pos where) {
        try {
            return cw.toByteArray();
        } catch (org.objectweb.asm.ClassTooLargeException e) {
            throw new gojc.ir.NotSupported("file " + e.getClassName() + " with " + e.getConstantPoolCount()
                    + " constants (a JVM class holds at most 65535)", where);
        }
    }

    // ---- Data packing ----

    /**
     * Emits function f into cw (its class), and the helper methods its oversized literals need
     * into part classes of their own.
     */
    static void emitSplit(IrFunc f, org.objectweb.asm.ClassWriter cw, String sourceFile,
                          java.util.Set<String> shapes, java.util.Map<String, byte[]> classes) {
        List<IrFunc> parts = new ArrayList<>(splitLiterals(f));
        parts.addAll(0, Outline.split(parts.remove(0)));
        // the function first: the helpers reuse its temporaries' Variable objects with new slots
        for (IrFunc part : parts) {
            boolean own = part == parts.get(0);
            org.objectweb.asm.ClassWriter pw = own ? cw : PackageCompiler.newClassWriter();
            if (!own) {
                pw.visit(Opcodes.V11, Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_SUPER, part.ref().owner(), null, "java/lang/Object", null);
                pw.visitSource(sourceFile, null);
            }
            org.objectweb.asm.MethodVisitor mv = pw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, part.ref().name(), part.ref().descriptor(), null, null);
            new FuncGen(mv, shapes).emit(part);
            if (!own) {
                pw.visitEnd();
                classes.put(part.ref().owner(), bytes(pw, part.pos()));
            }
        }
    }

    /** A literal as packed data, and the indices of its non-constant elements to store after. */
    record Packed(IrExpr data, List<Integer> rest) {}

    /**
     * The array literal as packed data decoded at run time, or null when it does not qualify:
     * a primitive element type, at least {@link #PACK_MIN} elements, at most a quarter of them
     * not constant (those are stored after decoding, in source order).
     */
    static Packed packed(IrExpr.ArrayLit a) {
        if (a.elems().size() < PACK_MIN) return null;
        char k = CompositeGen.kindOf(a.type().descriptor());
        if (k == 'L') return null;
        int width = switch (k) {
            case 'Z', 'B' -> 1;
            case 'S', 'C' -> 2;
            case 'I', 'F' -> 4;
            default -> 8;
        };
        List<Integer> rest = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream(a.elems().size() * width);
        for (int at = 0; at < a.elems().size(); at++) {
            IrExpr e = a.elems().get(at);
            long bits = 0;
            if (e instanceof IrExpr.Const c) {
                bits = constBits(k, c.value());
            } else if (e != null) {
                rest.add(at);
                if (rest.size() * 4 > a.elems().size()) return null;
            }
            for (int i = 0; i < width; i++) out.write((int) (bits >>> (8 * i)));
        }
        IrType str = IrType.of(Universe.STRING, Pos.NONE);
        IrExpr data = new IrExpr.Const(str, ConstValue.makeString(out.toByteArray()));
        return new Packed(new IrExpr.RtCall("gojc/rt/Data", "unpack" + k, "(L" + IrType.GOSTRING + ";)[" + k, List.of(data), a.type()), rest);
    }

    private static long constBits(char k, ConstValue v) {
        return switch (k) {
            case 'Z' -> ConstValue.boolVal(v) ? 1 : 0;
            case 'F' -> Float.floatToRawIntBits(ConstValue.float32Val(ConstValue.toFloat(v)).value());
            case 'D' -> Double.doubleToRawLongBits(ConstValue.float64Val(ConstValue.toFloat(v)).value());
            default -> {
                ConstValue i = ConstValue.toInt(v);
                ConstValue.ExactLong s = ConstValue.int64Val(i);
                yield s.exact() ? s.value() : ConstValue.uint64Val(i).value();
            }
        };
    }

    // ---- Splitting a package's init task ----

    /**
     * The init task as methods of bounded size: the first is {@code init} itself, calling the
     * others in order. Package init has no user locals, only the lowering's temporaries, each
     * used within one statement, so statements may move to other methods freely.
     */
    static List<IrFunc> splitInit(IrFunc init) {
        // one list shared by every part: fill helpers add their temporaries to it
        List<Variable> locals = new ArrayList<>(init.locals());
        IrFunc base = new IrFunc(init.ref(), init.pos(), init.params(), locals, init.body());
        List<IrFunc> out = new ArrayList<>();
        out.add(null);
        List<IrStmt> main = new ArrayList<>();
        List<IrStmt> chunk = new ArrayList<>();
        int size = 0;
        String owner = init.ref().owner();
        List<IrStmt> stmts = new ArrayList<>(init.body().stmts());
        IrStmt last = stmts.isEmpty() ? null : stmts.get(stmts.size() - 1);
        if (last instanceof IrStmt.Return) stmts.remove(stmts.size() - 1);
        for (IrStmt s : stmts) {
            s = (IrStmt) rewrite(s, n -> fillHelpers(n, base, out, owner, true));
            int n = count(s);
            if (size + n > NODES_PER_METHOD && !chunk.isEmpty()) {
                main.add(callHelper(base, out, chunk));
                chunk = new ArrayList<>();
                size = 0;
            }
            chunk.add(s);
            size += n;
        }
        if (!chunk.isEmpty()) {
            if (out.size() == 1) {
                main.addAll(chunk);
            } else {
                main.add(callHelper(base, out, chunk));
            }
        }
        main.add(new IrStmt.Return(init.pos(), List.of()));
        out.set(0, new IrFunc(init.ref(), init.pos(), init.params(), locals, new IrStmt.Block(init.pos(), main)));
        return out;
    }

    /**
     * Each part is a class of its own: a class's constant pool holds at most 65535 entries, and
     * the constants, fields and methods a large init task names would overflow one.
     */
    private static String partClass(IrFunc init, int n) {
        return init.ref().owner() + "$part" + n;
    }

    private static IrStmt callHelper(IrFunc init, List<IrFunc> out, List<IrStmt> body) {
        FuncRef ref = new FuncRef(partClass(init, out.size()), init.ref().name(), List.of(), IrType.VOID);
        List<IrStmt> b = new ArrayList<>(body);
        b.add(new IrStmt.Return(init.pos(), List.of()));
        out.add(new IrFunc(ref, init.pos(), List.of(), init.locals(), new IrStmt.Block(init.pos(), b)));
        return new IrStmt.Eval(init.pos(), new IrExpr.Call(ref, List.of(), IrType.VOID));
    }

    /**
     * An ordinary function whose array literals are too large for one method: each such literal
     * whose elements use no variable of the function (only temporaries they set themselves) is
     * filled by helper methods in part classes. Returns the function first, then the helpers.
     */
    static List<IrFunc> splitLiterals(IrFunc f) {
        List<IrFunc> out = new ArrayList<>();
        out.add(null);
        if (count(f.body()) <= NODES_PER_METHOD) {
            out.set(0, f);
            return out;
        }
        List<Variable> locals = new ArrayList<>(f.locals());
        IrFunc base = new IrFunc(f.ref(), f.pos(), f.params(), locals, f.body());
        String prefix = f.ref().owner() + "$" + f.ref().name();
        IrStmt.Block body = (IrStmt.Block) rewrite(f.body(), n -> fillHelpers(n, base, out, prefix, false));
        out.set(0, new IrFunc(f.ref(), f.pos(), f.params(), locals, body));
        return out;
    }

    /** An array literal too large for one method: created empty, filled by helper methods. */
    private static Object fillHelpers(Object node, IrFunc fn, List<IrFunc> out, String prefix, boolean init) {
        if (!(node instanceof IrExpr.ArrayLit a) || count(a) <= NODES_PER_METHOD) return node;
        if (!init) {
            for (IrExpr e : a.elems()) {
                if (e != null && !closed(e)) return node;
            }
        }
        IrType at = a.type();
        Variable arr = new Variable("$big", at);
        List<IrExpr> empty = new ArrayList<>();
        for (int i = 0; i < a.elems().size(); i++) empty.add(null);
        List<IrStmt> pre = new ArrayList<>();
        Variable tmp = new Variable("$lit", at);
        // a Go array's zero value fills its elements in a loop; a slice's backing array of
        // reference elements starts as nulls that the helpers overwrite
        IrExpr fresh = at.go() != null ? new IrExpr.Zero(at) : new IrExpr.ArrayLit(empty, at);
        pre.add(new IrStmt.Store(fn.pos(), tmp, fresh));
        List<IrStmt> chunk = new ArrayList<>();
        int size = 0;
        IrType intT = IrType.of(Universe.INT, Pos.NONE);
        for (int i = 0; i < a.elems().size(); i++) {
            IrExpr e = a.elems().get(i);
            if (e == null) continue;
            int n = count(e);
            if (size + n > NODES_PER_METHOD && !chunk.isEmpty()) {
                pre.add(fillCall(fn, out, arr, chunk, tmp, prefix, init));
                chunk = new ArrayList<>();
                size = 0;
            }
            chunk.add(new IrStmt.ArrayStore(fn.pos(), new IrExpr.Load(arr), new IrExpr.Const(intT, ConstValue.makeInt64(i)), e));
            size += n;
        }
        if (!chunk.isEmpty()) pre.add(fillCall(fn, out, arr, chunk, tmp, prefix, init));
        fn.locals().add(tmp);
        return new IrExpr.Let(pre, new IrExpr.Load(tmp), at);
    }

    private static IrStmt fillCall(IrFunc fn, List<IrFunc> out, Variable arr, List<IrStmt> body, Variable tmp,
                                   String prefix, boolean init) {
        FuncRef ref = new FuncRef(prefix + "$part" + out.size(), init ? fn.ref().name() : "fill", List.of(arr.type), IrType.VOID);
        List<IrStmt> b = new ArrayList<>(body);
        b.add(new IrStmt.Return(fn.pos(), List.of()));
        // package init shares its temporaries; a function's helper gets the ones its elements set
        List<Variable> locals = init ? fn.locals() : new ArrayList<>(variables(body));
        out.add(new IrFunc(ref, fn.pos(), List.of(arr), locals, new IrStmt.Block(fn.pos(), b)));
        return new IrStmt.Eval(fn.pos(), new IrExpr.Call(ref, List.of(new IrExpr.Load(tmp)), IrType.VOID));
    }

    /** Whether e uses only variables it stores itself first (temporaries of nested literals). */
    private static boolean closed(IrExpr e) {
        java.util.Set<Variable> stored = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        boolean[] ok = {true};
        walk(e, n -> {
            if (n instanceof IrStmt.Store st) stored.add(st.var());
            if (n instanceof IrExpr.Load ld && (!stored.contains(ld.var()) || ld.var().boxed || ld.var().field != null)) ok[0] = false;
            if (n instanceof IrExpr.Recover || n instanceof IrExpr.ExtraResult || n instanceof IrExpr.MakeClosure
                    || n instanceof IrStmt.NewCell || n instanceof IrStmt.Defer) ok[0] = false;
        });
        return ok[0];
    }

    private static java.util.Set<Variable> variables(Object tree) {
        java.util.Set<Variable> vs = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        walk(tree, n -> {
            if (n instanceof IrStmt.Store st) vs.add(st.var());
        });
        return vs;
    }

    /** Visits the IR nodes of a tree in evaluation order (a store after its value). */
    static void walk(Object node, java.util.function.Consumer<Object> visit) {
        if (node == null) return;
        if (node instanceof List<?> l) {
            for (Object o : l) walk(o, visit);
            return;
        }
        if (!(node instanceof IrExpr || node instanceof IrStmt) || !node.getClass().isRecord()) return;
        try {
            for (RecordComponent rc : node.getClass().getRecordComponents()) walk(rc.getAccessor().invoke(node), visit);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        visit.accept(node);
    }

    // ---- Generic IR walking ----

    /** The number of IR nodes in a tree: a measure of its bytecode size. */
    static int count(Object node) {
        if (node == null) return 0;
        if (node instanceof List<?> l) {
            int n = 0;
            for (Object o : l) n += count(o);
            return n;
        }
        if (!(node instanceof IrExpr || node instanceof IrStmt) || !node.getClass().isRecord()) return 0;
        int n = 1;
        try {
            for (RecordComponent rc : node.getClass().getRecordComponents()) {
                n += count(rc.getAccessor().invoke(node));
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return n;
    }

    /** Rebuilds a tree bottom-up, applying f to every IR node after its children. */
    static Object rewrite(Object node, UnaryOperator<Object> f) {
        if (node == null) return null;
        if (node instanceof List<?> l) {
            List<Object> r = new ArrayList<>(l.size());
            boolean changed = false;
            for (Object o : l) {
                Object x = rewrite(o, f);
                changed |= x != o;
                r.add(x);
            }
            return changed ? r : l;
        }
        if (!(node instanceof IrExpr || node instanceof IrStmt) || !node.getClass().isRecord()) return node;
        try {
            RecordComponent[] rcs = node.getClass().getRecordComponents();
            Object[] args = new Object[rcs.length];
            Class<?>[] types = new Class<?>[rcs.length];
            boolean changed = false;
            for (int i = 0; i < rcs.length; i++) {
                Object v = rcs[i].getAccessor().invoke(node);
                Object x = rewrite(v, f);
                changed |= x != v;
                args[i] = x;
                types[i] = rcs[i].getType();
            }
            Object r = node;
            if (changed) {
                Constructor<?> c = node.getClass().getDeclaredConstructor(types);
                r = c.newInstance(args);
            }
            return f.apply(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
