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
     * The class file; a function body still beyond the JVM's limits stops the build with a
     * clear message rather than an internal error (splitting ordinary functions is not done yet).
     */
    static byte[] bytes(org.objectweb.asm.ClassWriter cw, Pos where) {
        try {
            return cw.toByteArray();
        } catch (org.objectweb.asm.MethodTooLargeException e) {
            throw new gojc.ir.NotSupported("function " + e.getMethodName() + " of " + e.getCodeSize()
                    + " bytes of bytecode (a JVM method holds at most 65535)", where);
        } catch (org.objectweb.asm.ClassTooLargeException e) {
            throw new gojc.ir.NotSupported("file " + e.getClassName() + " with " + e.getConstantPoolCount()
                    + " constants (a JVM class holds at most 65535)", where);
        }
    }

    // ---- Data packing ----

    /** The array literal as packed data decoded at run time, or null when it does not qualify. */
    static IrExpr packed(IrExpr.ArrayLit a) {
        if (a.elems().size() < PACK_MIN) return null;
        char k = CompositeGen.kindOf(a.type().descriptor());
        if (k == 'L') return null;
        int width = switch (k) {
            case 'Z', 'B' -> 1;
            case 'S', 'C' -> 2;
            case 'I', 'F' -> 4;
            default -> 8;
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream(a.elems().size() * width);
        for (IrExpr e : a.elems()) {
            long bits;
            if (e == null) {
                bits = 0;
            } else if (e instanceof IrExpr.Const c) {
                bits = constBits(k, c.value());
            } else {
                return null;
            }
            for (int i = 0; i < width; i++) out.write((int) (bits >>> (8 * i)));
        }
        IrType str = IrType.of(Universe.STRING, Pos.NONE);
        IrExpr data = new IrExpr.Const(str, ConstValue.makeString(out.toByteArray()));
        return new IrExpr.RtCall("gojc/rt/Data", "unpack" + k, "(L" + IrType.GOSTRING + ";)[" + k, List.of(data), a.type());
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
            s = (IrStmt) rewrite(s, n -> fillHelpers(n, base, out));
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

    /** An array literal too large for one method: created empty, filled by helper methods. */
    private static Object fillHelpers(Object node, IrFunc init, List<IrFunc> out) {
        if (!(node instanceof IrExpr.ArrayLit a) || count(a) <= NODES_PER_METHOD) return node;
        IrType at = a.type();
        Variable arr = new Variable("$big", at);
        List<IrExpr> empty = new ArrayList<>();
        for (int i = 0; i < a.elems().size(); i++) empty.add(null);
        List<IrStmt> pre = new ArrayList<>();
        Variable tmp = new Variable("$lit", at);
        // a Go array's zero value fills its elements in a loop; a slice's backing array of
        // reference elements starts as nulls that the helpers overwrite
        IrExpr fresh = at.go() != null ? new IrExpr.Zero(at) : new IrExpr.ArrayLit(empty, at);
        pre.add(new IrStmt.Store(init.pos(), tmp, fresh));
        List<IrStmt> chunk = new ArrayList<>();
        int size = 0;
        IrType intT = IrType.of(Universe.INT, Pos.NONE);
        for (int i = 0; i < a.elems().size(); i++) {
            IrExpr e = a.elems().get(i);
            if (e == null) continue;
            int n = count(e);
            if (size + n > NODES_PER_METHOD && !chunk.isEmpty()) {
                pre.add(fillCall(init, out, arr, chunk, tmp));
                chunk = new ArrayList<>();
                size = 0;
            }
            chunk.add(new IrStmt.ArrayStore(init.pos(), new IrExpr.Load(arr), new IrExpr.Const(intT, ConstValue.makeInt64(i)), e));
            size += n;
        }
        if (!chunk.isEmpty()) pre.add(fillCall(init, out, arr, chunk, tmp));
        init.locals().add(tmp);
        return new IrExpr.Let(pre, new IrExpr.Load(tmp), at);
    }

    private static IrStmt fillCall(IrFunc init, List<IrFunc> out, Variable arr, List<IrStmt> body, Variable tmp) {
        FuncRef ref = new FuncRef(partClass(init, out.size()), init.ref().name(), List.of(arr.type), IrType.VOID);
        List<IrStmt> b = new ArrayList<>(body);
        b.add(new IrStmt.Return(init.pos(), List.of()));
        out.add(new IrFunc(ref, init.pos(), List.of(arr), init.locals(), new IrStmt.Block(init.pos(), b)));
        return new IrStmt.Eval(init.pos(), new IrExpr.Call(ref, List.of(new IrExpr.Load(tmp)), IrType.VOID));
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
