package gojc.codegen;

import gojc.ir.CompositeTypes;
import gojc.ir.FuncRef;
import gojc.ir.FuncShape;
import gojc.ir.Generics;
import gojc.ir.InstanceTypes;
import gojc.ir.IfaceTypes;
import gojc.ir.IfaceTypes.MethodId;
import gojc.ir.IfaceTypes.MethodInfo;
import gojc.ir.IntKind;
import gojc.ir.IrExpr;
import gojc.ir.IrType;
import gojc.ir.NotSupported;
import gojc.ir.Repr;
import gojc.syntax.Pos;
import gojc.types.Basic;
import gojc.types.Func;
import gojc.types.Info;
import gojc.types.Interface;
import gojc.types.Named;
import gojc.types.Obj;
import gojc.types.Pointer;
import gojc.types.Struct;
import gojc.types.Type;
import gojc.types.TypeName;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Emits interface values and the classes behind them (docs/architecture.md, "Interfaces"):
 * boxing and unboxing, type descriptors as dynamic constants, invokeinterface calls on
 * method-identity interfaces, the boxes of named types with methods, the {@code $types}
 * class of a package, and what struct classes add to stand for *T in interfaces.
 */
final class IfaceGen implements Opcodes {
    private static final String OBJ = "Ljava/lang/Object;";
    private static final String TYPE = IfaceTypes.TYPE;
    private static final String TYPE_D = "L" + TYPE + ";";
    private static final String BOX = IfaceTypes.BOX;
    private static final Handle BOOTSTRAP = new Handle(H_INVOKESTATIC, TYPE, "bootstrap",
            "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;Ljava/lang/String;)" + TYPE_D, false);

    /** Method interfaces the package's code and classes use, generated at its end. */
    private static final ThreadLocal<TreeMap<String, MethodId>> METHOD_IFACES = ThreadLocal.withInitial(TreeMap::new);

    private final MethodVisitor mv;
    private final Consumer<IrExpr> gen;

    IfaceGen(MethodVisitor mv, Consumer<IrExpr> gen) {
        this.mv = mv;
        this.gen = gen;
    }

    static void reset() {
        METHOD_IFACES.get().clear();
        InstanceTypes.reset();
    }

    private static void need(MethodId id) {
        if (IfaceTypes.isGenerated(id)) METHOD_IFACES.get().putIfAbsent(id.ifaceClass(), id);
    }

    boolean expr(IrExpr e) {
        if (e instanceof IrExpr.ToIface t) {
            toIface(mv, t.from(), t.x().type(), () -> gen.accept(t.x()));
        } else if (e instanceof IrExpr.FromIface f) {
            gen.accept(f.x());
            fromIface(mv, f.type());
        } else if (e instanceof IrExpr.TypeDesc d) {
            typeDesc(mv, d.goType());
        } else if (e instanceof IrExpr.IfaceCall c) {
            MethodId id = c.method();
            need(id);
            gen.accept(c.recv());
            nilCheck(mv); // a method call on a nil interface value
            mv.visitTypeInsn(CHECKCAST, id.ifaceClass());
            for (IrExpr a : c.args()) gen.accept(a);
            mv.visitMethodInsn(INVOKEINTERFACE, id.ifaceClass(), id.javaName(), id.descriptor(), true);
            // a func-typed result comes erased (FuncShape): the caller wants its shape class
            IrType r = c.type();
            if (r.repr() == Repr.REF && FuncShape.ERASED.equals(r.refDescriptor()) && r.go() != null) {
                mv.visitTypeInsn(CHECKCAST, IrType.of(r.go(), null).internalName());
            }
        } else {
            return false;
        }
        return true;
    }

    /** print/println of an interface value. */
    void print() {
        mv.visitMethodInsn(INVOKESTATIC, "gojc/rt/Iface", "print", "(" + OBJ + ")V", false);
    }

    static void typeDesc(MethodVisitor mv, Type t) {
        mv.visitLdcInsn(new ConstantDynamic("type", TYPE_D, BOOTSTRAP, IfaceTypes.encode(t, Pos.NONE)));
    }

    // ---- Boxing ----

    /** Whether the predeclared type's values sit in interfaces as plain Java boxes. */
    private static boolean plainBox(Type t) {
        if (!(t instanceof Basic b)) return false;
        return switch (b.kind) {
            case BOOL, INT, INT32, FLOAT32, FLOAT64, STRING, COMPLEX64, COMPLEX128 -> true;
            default -> false;
        };
    }

    /** Pointer to a struct: the struct object itself stands for it in interfaces. */
    private static boolean structPointer(Type t) {
        return t.underlying() instanceof Pointer p && p.elem().underlying() instanceof Struct;
    }

    /** Converts the value value() pushes, of Go type g (IR type t), to an interface value. */
    static void toIface(MethodVisitor mv, Type g, IrType t, Runnable value) {
        if (g instanceof Named n && IfaceTypes.hasValueMethods(n)) {
            String box = IfaceTypes.boxClass(n);
            mv.visitTypeInsn(NEW, box);
            mv.visitInsn(DUP);
            value.run();
            mv.visitMethodInsn(INVOKESPECIAL, box, "<init>", "(" + t.descriptor() + ")V", false);
        } else if (g instanceof Pointer p && p.elem() instanceof Named n && !(n.underlying() instanceof Struct)
                && IfaceTypes.hasPointerMethods(n)) {
            String box = IfaceTypes.ptrBoxClass(n);
            mv.visitTypeInsn(NEW, box);
            mv.visitInsn(DUP);
            value.run();
            mv.visitMethodInsn(INVOKESPECIAL, box, "<init>", "(" + t.descriptor() + ")V", false);
        } else if (structPointer(g)) {
            // a nil *T is still a non-nil interface value: it gets a Box (one with *T's methods)
            value.run();
            Label done = new Label();
            mv.visitInsn(DUP);
            mv.visitJumpInsn(IFNONNULL, done);
            mv.visitInsn(POP);
            Named nil = nilPtrNamed(g);
            if (nil != null) {
                mv.visitTypeInsn(NEW, IfaceTypes.nilPtrClass(nil));
                mv.visitInsn(DUP);
                mv.visitMethodInsn(INVOKESPECIAL, IfaceTypes.nilPtrClass(nil), "<init>", "()V", false);
            } else {
                newBox(mv, g, () -> mv.visitInsn(ACONST_NULL));
            }
            mv.visitLabel(done);
        } else if (plainBox(g)) {
            value.run();
            box(mv, t);
        } else if (hasUnnamedMethods(g)) {
            String box = unnamedBoxClass(g);
            mv.visitTypeInsn(NEW, box);
            mv.visitInsn(DUP);
            typeDesc(mv, g);
            value.run();
            mv.visitMethodInsn(INVOKESPECIAL, box, "<init>", "(" + TYPE_D + OBJ + ")V", false);
        } else {
            newBox(mv, g, () -> {
                value.run();
                box(mv, t);
            });
        }
    }

    /** N when g is *N, N a named struct type whose pointers have methods (its nil has a $nilp class). */
    private static Named nilPtrNamed(Type g) {
        if (g instanceof Pointer p && p.elem() instanceof Named n && n.underlying() instanceof Struct && !genericInstance(n)
                && !n.isGeneric() && IfaceTypes.hasPointerMethods(n)) {
            return n;
        }
        return null;
    }

    /** The Box of a nil *n: *n's method interfaces, each calling the method with a nil receiver. */
    private static byte[] nilPtr(String name, Named n) {
        Type t = new Pointer(n);
        TreeSet<String> ifaces = new TreeSet<>();
        List<MethodInfo> methods = usable(n);
        for (MethodInfo m : methods) {
            MethodId id = IfaceTypes.methodId(m, Pos.NONE);
            need(id);
            ifaces.add(id.ifaceClass());
        }
        ClassWriter cw = PackageCompiler.newClassWriter();
        cw.visit(V11, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, name, null, BOX, ifaces.toArray(new String[0]));
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "<init>", "()V", null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 0);
        typeDesc(mv, t);
        mv.visitInsn(ACONST_NULL);
        mv.visitMethodInsn(INVOKESPECIAL, BOX, "<init>", "(" + TYPE_D + OBJ + ")V", false);
        mv.visitInsn(RETURN);
        end(mv);
        for (MethodInfo m : methods) {
            if (!m.path().isEmpty() || m.func().signature().recv().type() instanceof Pointer) {
                bridge(cw, m, t, v -> v.visitInsn(ACONST_NULL));
                continue;
            }
            // gc's wrapper of a value method panics before dereferencing (runtime.panicwrap)
            MethodId id = IfaceTypes.methodId(m, Pos.NONE);
            mv = cw.visitMethod(ACC_PUBLIC, id.javaName(), id.descriptor(), null, null);
            mv.visitCode();
            mv.visitLdcInsn(IfaceTypes.linkPath(n.obj.pkg));
            mv.visitLdcInsn(n.obj.name);
            mv.visitLdcInsn(m.name());
            mv.visitMethodInsn(INVOKESTATIC, "gojc/rt/Panics", "valueMethodOnNil",
                    "(Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;)Lgojc/rt/GoPanic;", false);
            mv.visitInsn(ATHROW);
            end(mv);
        }
        cw.visitEnd();
        return cw.toByteArray();
    }

    private static void newBox(MethodVisitor mv, Type g, Runnable value) {
        mv.visitTypeInsn(NEW, BOX);
        mv.visitInsn(DUP);
        typeDesc(mv, g);
        value.run();
        mv.visitMethodInsn(INVOKESPECIAL, BOX, "<init>", "(" + TYPE_D + OBJ + ")V", false);
    }

    /** The interface value on the stack, known to hold a t, as t's representation. */
    static void fromIface(MethodVisitor mv, IrType t) {
        Type g = t.go();
        if (g == null || g.underlying() instanceof Interface) return;
        if (g instanceof Named n && IfaceTypes.hasValueMethods(n)) {
            mv.visitTypeInsn(CHECKCAST, IfaceTypes.boxClass(n));
            mv.visitFieldInsn(GETFIELD, IfaceTypes.boxClass(n), "v", t.descriptor());
        } else if (g instanceof Pointer p && p.elem() instanceof Named n && !(n.underlying() instanceof Struct)
                && IfaceTypes.hasPointerMethods(n)) {
            mv.visitTypeInsn(CHECKCAST, IfaceTypes.ptrBoxClass(n));
            mv.visitFieldInsn(GETFIELD, IfaceTypes.ptrBoxClass(n), "v", t.descriptor());
        } else if (structPointer(g)) {
            Label done = new Label();
            mv.visitInsn(DUP);
            mv.visitTypeInsn(INSTANCEOF, BOX);
            mv.visitJumpInsn(IFEQ, done);
            mv.visitInsn(POP);
            mv.visitInsn(ACONST_NULL);
            mv.visitLabel(done);
            mv.visitTypeInsn(CHECKCAST, t.internalName());
        } else if (plainBox(g)) {
            unbox(mv, t);
        } else {
            mv.visitTypeInsn(CHECKCAST, BOX);
            mv.visitFieldInsn(GETFIELD, BOX, "value", OBJ);
            unbox(mv, t);
        }
    }

    /** A value of IR type t on the stack to an Object (primitives boxed, references as they are). */
    static void box(MethodVisitor mv, IrType t) {
        switch (t.repr()) {
            case INT -> mv.visitMethodInsn(INVOKESTATIC, "java/lang/Integer", "valueOf", "(I)Ljava/lang/Integer;", false);
            case LONG -> mv.visitMethodInsn(INVOKESTATIC, "java/lang/Long", "valueOf", "(J)Ljava/lang/Long;", false);
            case FLOAT -> mv.visitMethodInsn(INVOKESTATIC, "java/lang/Float", "valueOf", "(F)Ljava/lang/Float;", false);
            case DOUBLE -> mv.visitMethodInsn(INVOKESTATIC, "java/lang/Double", "valueOf", "(D)Ljava/lang/Double;", false);
            case BOOL -> mv.visitMethodInsn(INVOKESTATIC, "java/lang/Boolean", "valueOf", "(Z)Ljava/lang/Boolean;", false);
            default -> {
            }
        }
    }

    static void unbox(MethodVisitor mv, IrType t) {
        switch (t.repr()) {
            case INT -> unboxAs(mv, "java/lang/Integer", "intValue", "()I");
            case LONG -> unboxAs(mv, "java/lang/Long", "longValue", "()J");
            case FLOAT -> unboxAs(mv, "java/lang/Float", "floatValue", "()F");
            case DOUBLE -> unboxAs(mv, "java/lang/Double", "doubleValue", "()D");
            case BOOL -> unboxAs(mv, "java/lang/Boolean", "booleanValue", "()Z");
            case REF -> {
                if (!t.descriptor().equals(OBJ)) mv.visitTypeInsn(CHECKCAST, t.internalName());
            }
            default -> {
            }
        }
    }

    private static void unboxAs(MethodVisitor mv, String cls, String m, String d) {
        mv.visitTypeInsn(CHECKCAST, cls);
        mv.visitMethodInsn(INVOKEVIRTUAL, cls, m, d, false);
    }

    // ---- Classes ----

    /** The methods of t's method set whose signatures the JVM mapping supports so far. */
    private static List<MethodInfo> usable(Type t) {
        List<MethodInfo> r = new ArrayList<>();
        for (MethodInfo m : IfaceTypes.methodSet(t)) {
            try {
                IfaceTypes.methodId(m, Pos.NONE);
                r.add(m);
            } catch (NotSupported e) {
                // leaves the method out: an interface needing it cannot be satisfied at run time
            }
        }
        return r;
    }

    /** The interfaces a struct class implements: Typed, and *T's method interfaces. */
    static String[] structInterfaces(Type t) {
        List<String> r = new ArrayList<>(List.of("gojc/rt/GoStruct", IfaceTypes.TYPED));
        if (t instanceof Named || hasUnnamedMethods(t)) {
            for (MethodInfo m : usable(t)) {
                MethodId id = IfaceTypes.methodId(m, Pos.NONE);
                need(id);
                if (!r.contains(id.ifaceClass())) r.add(id.ifaceClass());
            }
        }
        return r.toArray(new String[0]);
    }

    /** $type() (the pointer type *T) and the bridges of *T's method set, in struct class name. */
    static void structMembers(ClassWriter cw, String name, Type t) {
        typeMethod(cw, new Pointer(t));
        if (!(t instanceof Named) && !hasUnnamedMethods(t)) return;
        for (MethodInfo m : usable(t)) {
            bridge(cw, m, new Pointer(t), mv -> mv.visitVarInsn(ALOAD, 0));
        }
    }

    /**
     * Whether unnamed struct type t has methods, promoted from embedded fields (none of them an
     * instance of a generic type, whose methods are not in interfaces yet).
     */
    static boolean hasUnnamedMethods(Type t) {
        if (t instanceof Named || !(t.underlying() instanceof Struct st)) return false;
        for (var f : st.fields()) {
            Type ft = f.type() instanceof Pointer p ? p.elem() : f.type();
            if (f.embedded && ft instanceof Named n && (genericInstance(n) || n.isGeneric())) return false;
        }
        return !usable(t).isEmpty();
    }

    /** The Box subclass holding values of unnamed struct type t that implements t's methods. */
    static String unnamedBoxClass(Type t) {
        return CompositeTypes.structClass(t) + "$box";
    }

    /** The box class of unnamed struct t: a Box whose bridges call t's value methods on its value. */
    static byte[] unnamedBox(String name, Type t) {
        String sc = CompositeTypes.structClass(t);
        TreeSet<String> ifaces = new TreeSet<>();
        List<MethodInfo> methods = new ArrayList<>();
        for (MethodInfo m : usable(t)) {
            if (m.ptrOnly()) continue;
            methods.add(m);
            MethodId id = IfaceTypes.methodId(m, Pos.NONE);
            need(id);
            ifaces.add(id.ifaceClass());
        }
        ClassWriter cw = PackageCompiler.newClassWriter();
        cw.visit(V11, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, name, null, BOX, ifaces.toArray(new String[0]));
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "<init>", "(" + TYPE_D + OBJ + ")V", null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitVarInsn(ALOAD, 1);
        mv.visitVarInsn(ALOAD, 2);
        mv.visitMethodInsn(INVOKESPECIAL, BOX, "<init>", "(" + TYPE_D + OBJ + ")V", false);
        mv.visitInsn(RETURN);
        end(mv);
        for (MethodInfo m : methods) {
            bridge(cw, m, t, v -> {
                v.visitVarInsn(ALOAD, 0);
                v.visitFieldInsn(GETFIELD, BOX, "value", OBJ);
                v.visitTypeInsn(CHECKCAST, sc);
            });
        }
        cw.visitEnd();
        return cw.toByteArray();
    }

    /** An instance of a generic type: its methods are instances too (not yet in interfaces). */
    private static boolean genericInstance(Named n) {
        return n.orig != null || n.typeArgs != null && !n.typeArgs.isEmpty();
    }

    private static void typeMethod(ClassWriter cw, Type t) {
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "$type", "()" + TYPE_D, null, null);
        mv.visitCode();
        String unsupported = null;
        try {
            IfaceTypes.encode(t, Pos.NONE);
        } catch (NotSupported e) {
            unsupported = e.getMessage();
        }
        if (unsupported != null) {
            // (instances of generic types have no descriptors yet): fails loudly when asked
            throwUnsupported(mv, unsupported);
        } else {
            typeDesc(mv, t);
            mv.visitInsn(ARETURN);
        }
        end(mv);
    }

    /** Code that fails loudly when run: what is not supported shows when used, not when compiled. */
    private static void throwUnsupported(MethodVisitor mv, String what) {
        mv.visitTypeInsn(NEW, "java/lang/IllegalStateException");
        mv.visitInsn(DUP);
        mv.visitLdcInsn("gojc: not yet supported: " + what);
        mv.visitMethodInsn(INVOKESPECIAL, "java/lang/IllegalStateException", "<init>", "(Ljava/lang/String;)V", false);
        mv.visitInsn(ATHROW);
    }

    /**
     * A method of a method-identity interface: walks the field path from the receiver (of type
     * recv, pushed by load) to the value declaring the method, and calls it.
     */
    private static void bridge(ClassWriter cw, MethodInfo m, Type recv, Consumer<MethodVisitor> load) {
        MethodId id = IfaceTypes.methodId(m, Pos.NONE);
        String unsupported = bridgeProblem(m, recv);
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, id.javaName(), id.descriptor(), null, null);
        mv.visitCode();
        if (unsupported != null) {
            // fails loudly when called, not when the type is merely compiled
            throwUnsupported(mv, unsupported);
            end(mv);
            return;
        }
        load.accept(mv);
        Type cur = recv;
        boolean addrLast = addressOfLast(m, recv);
        for (int k = 0; k < m.path().size(); k++) {
            int idx = m.path().get(k);
            Type su = cur.underlying() instanceof Pointer p ? p.elem() : cur;
            if (cur.underlying() instanceof Pointer) nilCheck(mv);
            Struct st = (Struct) su.underlying();
            Type ft = st.fields().get(idx).type();
            if (addrLast && k == m.path().size() - 1) {
                // a pointer method of an embedded non-struct field takes the field's address
                mv.visitLdcInsn(CompositeTypes.fieldName(st, idx));
                mv.visitMethodInsn(INVOKESTATIC, "gojc/rt/FieldPtr", "of", "(" + OBJ + "Ljava/lang/String;)Lgojc/rt/FieldPtr;", false);
                cur = new Pointer(ft);
                break;
            }
            String d = CompositeTypes.slotDescriptor(ft, Pos.NONE);
            mv.visitFieldInsn(GETFIELD, CompositeTypes.structClass(su), CompositeTypes.fieldName(st, idx), d);
            if (d.equals("B") && IrType.of(ft, Pos.NONE).intKind() == IntKind.UINT8) {
                mv.visitIntInsn(SIPUSH, 0xFF);
                mv.visitInsn(IAND);
            }
            cur = ft;
        }
        Func f = m.func();
        FuncShape shape = FuncShape.of(m.sig(), Pos.NONE);
        Type recvT = f.signature().recv().type();
        if (recvT.underlying() instanceof Interface) {
            MethodId inner = IfaceTypes.methodId(m.name(), m.pkgPath(), m.sig(), Pos.NONE);
            need(inner);
            mv.visitTypeInsn(CHECKCAST, inner.ifaceClass());
            loadArgs(mv, shape);
            mv.visitMethodInsn(INVOKEINTERFACE, inner.ifaceClass(), inner.javaName(), inner.descriptor(), true);
        } else {
            boolean needPtr = recvT instanceof Pointer;
            boolean havePtr = cur.underlying() instanceof Pointer;
            Type target = havePtr ? ((Pointer) cur.underlying()).elem() : cur;
            boolean isStruct = target.underlying() instanceof Struct;
            boolean isArray = target.underlying() instanceof gojc.types.Array;
            if (!needPtr && havePtr) {
                if (m.path().isEmpty() && target instanceof gojc.types.Named nt && nt.typeArgs.isEmpty()) {
                    panicwrapCheck(mv, nt, m.name());
                } else {
                    nilCheck(mv);
                }
            }
            if (!needPtr && isArray) {
                // *N of an array type is the array itself; the callee owns its receiver copy
                StructGen.arrayShape(mv, target, true);
                mv.visitMethodInsn(INVOKESTATIC, "gojc/rt/Values", "copyArray", "(Ljava/lang/Object;IZ)Ljava/lang/Object;", false);
                mv.visitTypeInsn(CHECKCAST, IrType.of(target, Pos.NONE).descriptor());
            } else if (!needPtr && havePtr && !isStruct) {
                // *N held as a Ptr: the method takes the value it points to
                mv.visitMethodInsn(INVOKESTATIC, "gojc/rt/Ptr", "load", "(Lgojc/rt/Ptr;)" + OBJ, false);
                unbox(mv, IrType.of(((Pointer) cur.underlying()).elem(), Pos.NONE));
            }
            if (!needPtr && isStruct) {
                // the callee owns its receiver copy
                mv.visitMethodInsn(INVOKEINTERFACE, "gojc/rt/GoStruct", "$copy", "()Lgojc/rt/GoStruct;", true);
                mv.visitTypeInsn(CHECKCAST, CompositeTypes.structClass(havePtr ? ((Pointer) cur.underlying()).elem() : cur));
            }
            loadArgs(mv, shape);
            FuncRef ref = Generics.methodRef(f, Pos.NONE);
            mv.visitMethodInsn(INVOKESTATIC, ref.owner(), ref.name(), ref.descriptor(), false);
        }
        mv.visitInsn(returnOp(shape.result0()));
        end(mv);
    }

    /** Why a bridge cannot be generated yet, or null. */
    private static String bridgeProblem(MethodInfo m, Type recv) {
        Type cur = recv;
        for (int idx : m.path()) {
            Type su = cur.underlying() instanceof Pointer p ? p.elem() : cur;
            cur = ((Struct) su.underlying()).fields().get(idx).type();
        }
        Func f = m.func();
        Type recvT = f.signature().recv().type();
        if (recvT.underlying() instanceof Interface) return null;
        boolean needPtr = recvT instanceof Pointer;
        boolean havePtr = cur.underlying() instanceof Pointer;
        boolean isStruct = (havePtr ? ((Pointer) cur.underlying()).elem() : cur).underlying() instanceof Struct;
        if (needPtr && !havePtr && !isStruct && m.path().isEmpty()) return "pointer method " + m.name() + " on a value";
        try {
            Generics.methodRef(f, Pos.NONE);
        } catch (NotSupported e) {
            return e.getMessage();
        }
        return null;
    }

    /** Whether the bridge must take the address of the last embedded field (pointer method, non-struct field). */
    private static boolean addressOfLast(MethodInfo m, Type recv) {
        if (m.path().isEmpty() || !(m.func().signature().recv().type() instanceof Pointer)) return false;
        Type cur = recv;
        for (int idx : m.path()) {
            Type su = cur.underlying() instanceof Pointer p ? p.elem() : cur;
            cur = ((Struct) su.underlying()).fields().get(idx).type();
        }
        return !(cur.underlying() instanceof Pointer) && !(cur.underlying() instanceof Struct);
    }

    /** gc's wrapper of a value method called through a nil *N panics first (runtime.panicwrap). */
    private static void panicwrapCheck(MethodVisitor mv, gojc.types.Named n, String method) {
        Label ok = new Label();
        mv.visitInsn(DUP);
        mv.visitJumpInsn(IFNONNULL, ok);
        mv.visitLdcInsn(IfaceTypes.linkPath(n.obj.pkg));
        mv.visitLdcInsn(n.obj.name);
        mv.visitLdcInsn(method);
        mv.visitMethodInsn(INVOKESTATIC, "gojc/rt/Panics", "valueMethodOnNil",
                "(Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;)Lgojc/rt/GoPanic;", false);
        mv.visitInsn(ATHROW);
        mv.visitLabel(ok);
    }

    private static void nilCheck(MethodVisitor mv) {
        Label ok = new Label();
        mv.visitInsn(DUP);
        mv.visitJumpInsn(IFNONNULL, ok);
        mv.visitMethodInsn(INVOKESTATIC, "gojc/rt/Panics", "nilDereference", "()Lgojc/rt/GoPanic;", false);
        mv.visitInsn(ATHROW);
        mv.visitLabel(ok);
    }

    private static void loadArgs(MethodVisitor mv, FuncShape shape) {
        int slot = 1;
        for (IrType p : shape.params()) {
            switch (p.repr()) {
                case BOOL, INT -> mv.visitVarInsn(ILOAD, slot);
                case LONG -> mv.visitVarInsn(LLOAD, slot++);
                case FLOAT -> mv.visitVarInsn(FLOAD, slot);
                case DOUBLE -> mv.visitVarInsn(DLOAD, slot++);
                default -> {
                    mv.visitVarInsn(ALOAD, slot);
                    // func-typed parameters arrive erased (FuncShape); the static method may want its shape
                    if (p.refDescriptor().equals(FuncShape.ERASED) && p.go() != null) {
                        mv.visitTypeInsn(CHECKCAST, IrType.of(p.go(), null).internalName());
                    }
                }
            }
            slot++;
        }
    }

    private static int returnOp(IrType t) {
        return switch (t.repr()) {
            case BOOL, INT -> IRETURN;
            case LONG -> LRETURN;
            case FLOAT -> FRETURN;
            case DOUBLE -> DRETURN;
            case REF -> ARETURN;
            case VOID -> RETURN;
        };
    }

    private static void end(MethodVisitor mv) {
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** The named types a package declares (non-generic, not aliases), in a stable order. */
    private static List<Named> declaredTypes(Info info) {
        TreeMap<String, Named> r = new TreeMap<>();
        for (Obj o : info.defs.values()) {
            // generic types and constraint interfaces never sit in interface values
            if (o instanceof TypeName tn && !tn.isAlias() && tn.type() instanceof Named n && !n.isGeneric()
                    && !(n.underlying() instanceof Interface i && !i.isBasic())) {
                r.put(IfaceTypes.typeBase(tn), n);
            }
        }
        return new ArrayList<>(r.values());
    }

    /** The $types class (named types' definitions) and the boxes of the package's named types. */
    static void emitTypes(gojc.types.Package pkg, Info info, Map<String, byte[]> classes) {
        List<Named> types = declaredTypes(info);
        if (types.isEmpty()) return;
        String cls = IfaceTypes.typesClass(pkg);
        ClassWriter cw = PackageCompiler.newClassWriter();
        cw.visit(V11, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, cls, null, "java/lang/Object", null);
        for (Named n : types) {
            MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, IfaceTypes.defMethod(n.obj), "()Ljava/lang/String;", null, null);
            mv.visitCode();
            mv.visitLdcInsn(IfaceTypes.definition(n, n.obj.pos));
            mv.visitInsn(ARETURN);
            end(mv);
            if (IfaceTypes.hasValueMethods(n)) {
                classes.put(IfaceTypes.boxClass(n), box(IfaceTypes.boxClass(n), n, n, false));
            }
            if (!(n.underlying() instanceof Struct) && !(n.underlying() instanceof Interface) && IfaceTypes.hasPointerMethods(n)) {
                classes.put(IfaceTypes.ptrBoxClass(n), box(IfaceTypes.ptrBoxClass(n), new Pointer(n), n, true));
            }
            if (nilPtrNamed(new Pointer(n)) != null) classes.put(IfaceTypes.nilPtrClass(n), nilPtr(IfaceTypes.nilPtrClass(n), n));
        }
        cw.visitEnd();
        classes.put(cls, cw.toByteArray());
    }

    /**
     * The definition classes and boxes of the instances of generic types met so far (see
     * InstanceTypes); returns whether there were any. Their bridges may request method
     * instances, so the caller repeats until nothing new is met.
     */
    static boolean emitInstanceTypes(Map<String, byte[]> classes) {
        List<Named> met = InstanceTypes.drain();
        for (Named n : met) {
            String cls = InstanceTypes.defClass(n);
            ClassWriter cw = PackageCompiler.newClassWriter();
            cw.visit(V11, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, cls, null, "java/lang/Object", null);
            MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, InstanceTypes.defMethod(n), "()Ljava/lang/String;", null, null);
            mv.visitCode();
            mv.visitLdcInsn(IfaceTypes.definition(n, n.obj.pos));
            mv.visitInsn(ARETURN);
            end(mv);
            cw.visitEnd();
            classes.put(cls, cw.toByteArray());
            if (n.underlying() instanceof Interface) continue;
            if (IfaceTypes.hasValueMethods(n)) classes.put(IfaceTypes.boxClass(n), box(IfaceTypes.boxClass(n), n, n, false));
            if (!(n.underlying() instanceof Struct) && IfaceTypes.hasPointerMethods(n)) {
                classes.put(IfaceTypes.ptrBoxClass(n), box(IfaceTypes.ptrBoxClass(n), new Pointer(n), n, true));
            }
        }
        return !met.isEmpty();
    }

    /** A box of values of type t (n, or *n for a pointer box) implementing its method set. */
    private static byte[] box(String name, Type t, Named n, boolean pointer) {
        IrType it = IrType.of(t, n.obj.pos);
        String vd = it.descriptor();
        List<MethodInfo> methods = new ArrayList<>();
        for (MethodInfo m : usable(n)) if (pointer || !m.ptrOnly()) methods.add(m);
        TreeSet<String> ifaces = new TreeSet<>();
        for (MethodInfo m : methods) {
            MethodId id = IfaceTypes.methodId(m, Pos.NONE);
            need(id);
            ifaces.add(id.ifaceClass());
        }
        List<String> all = new ArrayList<>(List.of(IfaceTypes.TYPED, "gojc/rt/TypedValue"));
        all.addAll(ifaces);
        ClassWriter cw = PackageCompiler.newClassWriter();
        cw.visit(V11, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, name, null, "java/lang/Object", all.toArray(new String[0]));
        cw.visitField(ACC_PUBLIC | ACC_FINAL, "v", vd, null, null).visitEnd();
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "<init>", "(" + vd + ")V", null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitMethodInsn(INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        mv.visitVarInsn(ALOAD, 0);
        mv.visitVarInsn(loadOp(it), 1);
        mv.visitFieldInsn(PUTFIELD, name, "v", vd);
        mv.visitInsn(RETURN);
        end(mv);
        typeMethod(cw, t);
        // TypedValue: what the panic printer needs
        mv = cw.visitMethod(ACC_PUBLIC, "goTypeString", "()Ljava/lang/String;", null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitMethodInsn(INVOKEVIRTUAL, name, "$type", "()" + TYPE_D, false);
        mv.visitMethodInsn(INVOKEVIRTUAL, TYPE, "toString", "()Ljava/lang/String;", false);
        mv.visitInsn(ARETURN);
        end(mv);
        mv = cw.visitMethod(ACC_PUBLIC, "goKind", "()I", null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitMethodInsn(INVOKEVIRTUAL, name, "$type", "()" + TYPE_D, false);
        mv.visitMethodInsn(INVOKEVIRTUAL, TYPE, "kind", "()I", false);
        mv.visitInsn(IRETURN);
        end(mv);
        mv = cw.visitMethod(ACC_PUBLIC, "goValue", "()" + OBJ, null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitFieldInsn(GETFIELD, name, "v", vd);
        box(mv, it);
        mv.visitInsn(ARETURN);
        end(mv);
        mv = cw.visitMethod(ACC_PUBLIC, "equals", "(" + OBJ + ")Z", null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitVarInsn(ALOAD, 1);
        mv.visitMethodInsn(INVOKESTATIC, "gojc/rt/Iface", "eq", "(" + OBJ + OBJ + ")Z", false);
        mv.visitInsn(IRETURN);
        end(mv);
        mv = cw.visitMethod(ACC_PUBLIC, "hashCode", "()I", null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitMethodInsn(INVOKESTATIC, "gojc/rt/Iface", "hash", "(" + OBJ + ")I", false);
        mv.visitInsn(IRETURN);
        end(mv);
        for (MethodInfo m : methods) {
            bridge(cw, m, t, v -> {
                v.visitVarInsn(ALOAD, 0);
                v.visitFieldInsn(GETFIELD, name, "v", vd);
            });
        }
        cw.visitEnd();
        return cw.toByteArray();
    }

    private static int loadOp(IrType t) {
        return switch (t.repr()) {
            case BOOL, INT -> ILOAD;
            case LONG -> LLOAD;
            case FLOAT -> FLOAD;
            case DOUBLE -> DLOAD;
            default -> ALOAD;
        };
    }

    /** The method-identity interfaces the package needs; each package emits identical bytes. */
    static void emitMethodInterfaces(Map<String, byte[]> classes) {
        for (MethodId id : METHOD_IFACES.get().values()) {
            ClassWriter cw = new ClassWriter(0);
            cw.visit(V11, ACC_PUBLIC | ACC_ABSTRACT | ACC_INTERFACE, id.ifaceClass(), null, "java/lang/Object", null);
            cw.visitMethod(ACC_PUBLIC | ACC_ABSTRACT, id.javaName(), id.descriptor(), null, null).visitEnd();
            cw.visitEnd();
            classes.put(id.ifaceClass(), cw.toByteArray());
        }
    }
}
