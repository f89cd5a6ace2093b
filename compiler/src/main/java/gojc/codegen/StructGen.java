package gojc.codegen;

import gojc.ir.CompositeTypes;
import gojc.ir.IrType;
import gojc.syntax.Pos;
import gojc.types.Array;
import gojc.types.Basic;
import gojc.types.Struct;
import gojc.types.Type;
import gojc.types.Var;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;

/**
 * Generates the final class of a Go struct type: public fields in the slot types of
 * arrays, a constructor making the zero value, {@code $copy}/{@code $set} (value semantics),
 * and {@code equals}/{@code hashCode} with Go's {@code ==} (blank fields ignored, floats
 * compared as numbers), which map keys use.
 */
final class StructGen implements Opcodes {
    private static final String GOSTRUCT = "gojc/rt/GoStruct";
    private static final String VALUES = "gojc/rt/Values";

    private StructGen() {}

    /**
     * As {@link #emitAll(TreeMap)}, and records the shapes of func-typed fields: a field's
     * class is named in the struct class even when no code of the package calls such a func.
     */
    static void emitAll(TreeMap<String, byte[]> classes, java.util.Set<String> shapes) {
        emitAll(classes);
        for (Type t : CompositeTypes.structs().values()) {
            for (Var f : ((Struct) t.underlying()).fields()) {
                if (f.type().underlying() instanceof gojc.types.Signature sig) {
                    String d = gojc.ir.FuncShape.of(sig, Pos.NONE).descriptor();
                    if (!d.equals("()V")) shapes.add(d);
                }
            }
        }
    }

    /** Emits every struct class met while compiling the package (nested ones included). */
    static void emitAll(TreeMap<String, byte[]> classes) {
        Map<String, Type> met = CompositeTypes.structs();
        boolean more = true;
        while (more) {
            more = false;
            for (var e : new ArrayList<>(met.entrySet())) {
                if (!classes.containsKey(e.getKey())) {
                    classes.put(e.getKey(), generate(e.getKey(), e.getValue()));
                    if (IfaceGen.hasUnnamedMethods(e.getValue())) {
                        // values of an unnamed struct type with promoted methods in interfaces
                        String box = IfaceGen.unnamedBoxClass(e.getValue());
                        classes.put(box, IfaceGen.unnamedBox(box, e.getValue()));
                    }
                    more = true;
                }
            }
        }
    }

    static String fieldDesc(Type t) {
        return CompositeTypes.slotDescriptor(t, Pos.NONE);
    }

    static byte[] generate(String name, Type t) {
        Struct st = (Struct) t.underlying();
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS) {
            @Override
            protected String getCommonSuperClass(String a, String b) {
                return "java/lang/Object";
            }
        };
        cw.visit(V11, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, name, null, "java/lang/Object", IfaceGen.structInterfaces(t));
        IfaceGen.structMembers(cw, name, t);
        int n = st.fields().size();
        for (int i = 0; i < n; i++) {
            cw.visitField(ACC_PUBLIC, CompositeTypes.fieldName(st, i), fieldDesc(st.fields().get(i).type()), null, null).visitEnd();
        }
        // <init>: the zero value
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "<init>", "()V", null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitMethodInsn(INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        for (int i = 0; i < n; i++) {
            Type ft = st.fields().get(i).type();
            if (needsZeroObject(ft)) {
                mv.visitVarInsn(ALOAD, 0);
                zeroValue(mv, ft);
                mv.visitFieldInsn(PUTFIELD, name, CompositeTypes.fieldName(st, i), fieldDesc(ft));
            }
        }
        mv.visitInsn(RETURN);
        end(mv);
        // static $zf(): a maker of zero values
        mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, "$zf", "()Lgojc/rt/ZeroFactory;", null, null);
        mv.visitCode();
        newObject(mv, name);
        mv.visitInsn(ARETURN);
        end(mv);
        mv = cw.visitMethod(ACC_PUBLIC, "zero", "()Ljava/lang/Object;", null, null);
        mv.visitCode();
        newObject(mv, name);
        mv.visitInsn(ARETURN);
        end(mv);
        // $copy
        mv = cw.visitMethod(ACC_PUBLIC, "$copy", "()L" + GOSTRUCT + ";", null, null);
        mv.visitCode();
        newObject(mv, name);
        mv.visitInsn(DUP);
        mv.visitVarInsn(ALOAD, 0);
        mv.visitMethodInsn(INVOKEVIRTUAL, name, "$set", "(L" + GOSTRUCT + ";)V", false);
        mv.visitInsn(ARETURN);
        end(mv);
        // $set
        mv = cw.visitMethod(ACC_PUBLIC, "$set", "(L" + GOSTRUCT + ";)V", null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 1);
        mv.visitTypeInsn(CHECKCAST, name);
        mv.visitVarInsn(ASTORE, 2);
        for (int i = 0; i < n; i++) {
            Type ft = st.fields().get(i).type();
            String f = CompositeTypes.fieldName(st, i);
            String d = fieldDesc(ft);
            mv.visitVarInsn(ALOAD, 0);
            if (CompositeTypes.isStruct(ft)) {
                mv.visitFieldInsn(GETFIELD, name, f, d);
                mv.visitVarInsn(ALOAD, 2);
                mv.visitFieldInsn(GETFIELD, name, f, d);
                mv.visitMethodInsn(INVOKEVIRTUAL, owner(d), "$set", "(L" + GOSTRUCT + ";)V", false);
            } else if (CompositeTypes.isArray(ft)) {
                mv.visitFieldInsn(GETFIELD, name, f, d);
                mv.visitVarInsn(ALOAD, 2);
                mv.visitFieldInsn(GETFIELD, name, f, d);
                arrayShape(mv, ft, true);
                mv.visitMethodInsn(INVOKESTATIC, VALUES, "setArray", "(Ljava/lang/Object;Ljava/lang/Object;IZ)V", false);
            } else {
                mv.visitVarInsn(ALOAD, 2);
                mv.visitFieldInsn(GETFIELD, name, f, d);
                mv.visitFieldInsn(PUTFIELD, name, f, d);
            }
        }
        mv.visitInsn(RETURN);
        end(mv);
        equalsMethod(cw, name, st);
        hashCodeMethod(cw, name, st);
        cw.visitEnd();
        return cw.toByteArray();
    }

    private static void end(MethodVisitor mv) {
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    static String owner(String desc) {
        return desc.startsWith("L") ? desc.substring(1, desc.length() - 1) : desc;
    }

    private static void newObject(MethodVisitor mv, String cls) {
        mv.visitTypeInsn(NEW, cls);
        mv.visitInsn(DUP);
        mv.visitMethodInsn(INVOKESPECIAL, cls, "<init>", "()V", false);
    }

    /** Types whose zero value is an object rather than 0/false/null. */
    static boolean needsZeroObject(Type t) {
        return CompositeTypes.needsZeroObject(t);
    }

    /** The runtime class of a complex type, or null. */
    static String complexOwner(Type t) {
        if (!(t.underlying() instanceof Basic b)) return null;
        return b.kind == Basic.Kind.COMPLEX128 ? IrType.COMPLEX128 : b.kind == Basic.Kind.COMPLEX64 ? IrType.COMPLEX64 : null;
    }

    /** Pushes a fresh zero value of a string, complex, struct or array type. */
    static void zeroValue(MethodVisitor mv, Type t) {
        if (CompositeTypes.isStruct(t)) {
            newObject(mv, CompositeTypes.structClass(t));
        } else if (t.underlying() instanceof Array a && !needsZeroObject(a.elem())) {
            // elements whose zero is 0, false or null: the JVM's own new array, no factory
            char k = CompositeTypes.elemKind(a.elem(), Pos.NONE);
            mv.visitLdcInsn((int) a.len());
            newArray(mv, k);
            mv.visitTypeInsn(CHECKCAST, IrType.of(t, Pos.NONE).descriptor());
        } else if (CompositeTypes.isArray(t)) {
            zeroFactory(mv, t);
            mv.visitMethodInsn(INVOKEINTERFACE, "gojc/rt/ZeroFactory", "zero", "()Ljava/lang/Object;", true);
            mv.visitTypeInsn(CHECKCAST, IrType.of(t, Pos.NONE).descriptor());
        } else if (complexOwner(t) != null) {
            mv.visitFieldInsn(GETSTATIC, complexOwner(t), "ZERO", "L" + complexOwner(t) + ";");
        } else {
            mv.visitFieldInsn(GETSTATIC, IrType.GOSTRING, "EMPTY", "L" + IrType.GOSTRING + ";");
        }
    }

    /** [length] to a new Java array of kind k (a descriptor letter, L for Object). */
    static void newArray(MethodVisitor mv, char k) {
        if (k == 'L') {
            mv.visitTypeInsn(ANEWARRAY, "java/lang/Object");
            return;
        }
        mv.visitIntInsn(NEWARRAY, switch (k) {
            case 'Z' -> T_BOOLEAN;
            case 'B' -> T_BYTE;
            case 'S' -> T_SHORT;
            case 'C' -> T_CHAR;
            case 'I' -> T_INT;
            case 'J' -> T_LONG;
            case 'F' -> T_FLOAT;
            case 'D' -> T_DOUBLE;
            default -> throw new IllegalArgumentException("array kind " + k);
        });
    }

    /** Pushes a ZeroFactory of t's values, or null when Java null is t's zero. */
    static void zeroFactory(MethodVisitor mv, Type t) {
        if (CompositeTypes.isStruct(t)) {
            mv.visitMethodInsn(INVOKESTATIC, CompositeTypes.structClass(t), "$zf", "()Lgojc/rt/ZeroFactory;", false);
        } else if (t.underlying() instanceof Array a) {
            char k = CompositeTypes.elemKind(a.elem(), Pos.NONE);
            mv.visitLdcInsn((int) k);
            mv.visitLdcInsn((int) a.len());
            if (k == 'L') {
                zeroFactory(mv, a.elem());
            } else {
                mv.visitInsn(ACONST_NULL);
            }
            mv.visitMethodInsn(INVOKESTATIC, "gojc/rt/ArrayZero", "of", "(CILgojc/rt/ZeroFactory;)Lgojc/rt/ZeroFactory;", false);
        } else if (complexOwner(t) != null) {
            String f = complexOwner(t).equals(IrType.COMPLEX64) ? "COMPLEX64" : "COMPLEX128";
            mv.visitFieldInsn(GETSTATIC, "gojc/rt/ZeroFactory", f, "Lgojc/rt/ZeroFactory;");
        } else if (needsZeroObject(t)) {
            mv.visitMethodInsn(INVOKESTATIC, VALUES, "stringZero", "()Lgojc/rt/ZeroFactory;", false);
        } else {
            mv.visitInsn(ACONST_NULL);
        }
    }

    /** Pushes dims and the leaf flag of an array type for the Values helpers. */
    static void arrayShape(MethodVisitor mv, Type t, boolean forCopy) {
        mv.visitLdcInsn(CompositeTypes.arrayDims(t));
        Type leaf = CompositeTypes.arrayLeaf(t);
        boolean flag = forCopy ? CompositeTypes.isStruct(leaf) : valueLeaf(leaf);
        mv.visitInsn(flag ? ICONST_1 : ICONST_0);
    }

    static boolean valueLeaf(Type leaf) {
        Type u = leaf.underlying();
        return u instanceof Struct || u instanceof Basic || u instanceof gojc.types.Interface;
    }

    private static void equalsMethod(ClassWriter cw, String name, Struct st) {
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "equals", "(Ljava/lang/Object;)Z", null, null);
        mv.visitCode();
        Label no = new Label();
        mv.visitVarInsn(ALOAD, 1);
        mv.visitTypeInsn(INSTANCEOF, name);
        mv.visitJumpInsn(IFEQ, no);
        mv.visitVarInsn(ALOAD, 1);
        mv.visitTypeInsn(CHECKCAST, name);
        mv.visitVarInsn(ASTORE, 2);
        for (int i = 0; i < st.fields().size(); i++) {
            Var f = st.fields().get(i);
            if (f.name.equals("_")) continue;
            String fn = CompositeTypes.fieldName(st, i);
            String d = fieldDesc(f.type());
            mv.visitVarInsn(ALOAD, 0);
            mv.visitFieldInsn(GETFIELD, name, fn, d);
            mv.visitVarInsn(ALOAD, 2);
            mv.visitFieldInsn(GETFIELD, name, fn, d);
            equalJump(mv, f.type(), d, no);
        }
        mv.visitInsn(ICONST_1);
        mv.visitInsn(IRETURN);
        mv.visitLabel(no);
        mv.visitInsn(ICONST_0);
        mv.visitInsn(IRETURN);
        end(mv);
    }

    /** With two values of type t on the stack, jumps to no when they differ under Go's ==. */
    static void equalJump(MethodVisitor mv, Type t, String d, Label no) {
        switch (d.charAt(0)) {
            case 'J' -> {
                mv.visitInsn(LCMP);
                mv.visitJumpInsn(IFNE, no);
            }
            case 'F' -> {
                mv.visitInsn(FCMPL);
                mv.visitJumpInsn(IFNE, no);
            }
            case 'D' -> {
                mv.visitInsn(DCMPL);
                mv.visitJumpInsn(IFNE, no);
            }
            case 'L', '[' -> {
                refEqual(mv, t, d);
                mv.visitJumpInsn(IFEQ, no);
            }
            default -> mv.visitJumpInsn(IF_ICMPNE, no);
        }
    }

    /** Replaces two references of type t with Go's a == b. */
    static void refEqual(MethodVisitor mv, Type t, String d) {
        if (CompositeTypes.isArray(t)) {
            arrayShape(mv, t, false);
            mv.visitMethodInsn(INVOKESTATIC, VALUES, "equalArray", "(Ljava/lang/Object;Ljava/lang/Object;IZ)Z", false);
        } else if (CompositeTypes.isPtrCell(t)) {
            mv.visitMethodInsn(INVOKESTATIC, "gojc/rt/Ptr", "same", "(Lgojc/rt/Ptr;Lgojc/rt/Ptr;)Z", false);
        } else if (gojc.types.Types.isUnsafePointer(t)) {
            mv.visitMethodInsn(INVOKESTATIC, "gojc/rt/UnsafePointer", "eq", "(Ljava/lang/Object;Ljava/lang/Object;)Z", false);
        } else if (t.underlying() instanceof gojc.types.Interface) {
            mv.visitMethodInsn(INVOKESTATIC, "gojc/rt/Iface", "eq", "(Ljava/lang/Object;Ljava/lang/Object;)Z", false);
        } else if (CompositeTypes.isStruct(t) || t.underlying() instanceof Basic) {
            mv.visitMethodInsn(INVOKESTATIC, "java/util/Objects", "equals", "(Ljava/lang/Object;Ljava/lang/Object;)Z", false);
        } else {
            Label ne = new Label();
            Label done = new Label();
            mv.visitJumpInsn(IF_ACMPNE, ne);
            mv.visitInsn(ICONST_1);
            mv.visitJumpInsn(GOTO, done);
            mv.visitLabel(ne);
            mv.visitInsn(ICONST_0);
            mv.visitLabel(done);
        }
    }

    private static void hashCodeMethod(ClassWriter cw, String name, Struct st) {
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "hashCode", "()I", null, null);
        mv.visitCode();
        mv.visitInsn(ICONST_1);
        for (int i = 0; i < st.fields().size(); i++) {
            Var f = st.fields().get(i);
            if (f.name.equals("_")) continue;
            Type t = f.type();
            String d = fieldDesc(t);
            mv.visitIntInsn(BIPUSH, 31);
            mv.visitInsn(IMUL);
            mv.visitVarInsn(ALOAD, 0);
            mv.visitFieldInsn(GETFIELD, name, CompositeTypes.fieldName(st, i), d);
            switch (d.charAt(0)) {
                case 'J' -> mv.visitMethodInsn(INVOKESTATIC, "java/lang/Long", "hashCode", "(J)I", false);
                case 'F' -> {
                    mv.visitInsn(F2D);
                    mv.visitMethodInsn(INVOKESTATIC, VALUES, "hashDouble", "(D)I", false);
                }
                case 'D' -> mv.visitMethodInsn(INVOKESTATIC, VALUES, "hashDouble", "(D)I", false);
                case 'L', '[' -> {
                    if (CompositeTypes.isArray(t)) {
                        arrayShape(mv, t, false);
                        mv.visitMethodInsn(INVOKESTATIC, VALUES, "hashArray", "(Ljava/lang/Object;IZ)I", false);
                    } else if (CompositeTypes.isPtrCell(t)) {
                        mv.visitInsn(POP);
                        mv.visitInsn(ICONST_0);
                    } else if (gojc.types.Types.isUnsafePointer(t)) {
                        mv.visitMethodInsn(INVOKESTATIC, "gojc/rt/UnsafePointer", "hash", "(Ljava/lang/Object;)I", false);
                    } else if (t.underlying() instanceof gojc.types.Interface) {
                        mv.visitMethodInsn(INVOKESTATIC, "gojc/rt/Iface", "hash", "(Ljava/lang/Object;)I", false);
                    } else if (CompositeTypes.isStruct(t) || t.underlying() instanceof Basic) {
                        mv.visitMethodInsn(INVOKESTATIC, "java/util/Objects", "hashCode", "(Ljava/lang/Object;)I", false);
                    } else {
                        mv.visitMethodInsn(INVOKESTATIC, "java/lang/System", "identityHashCode", "(Ljava/lang/Object;)I", false);
                    }
                }
                default -> {
                }
            }
            mv.visitInsn(IADD);
        }
        mv.visitInsn(IRETURN);
        end(mv);
    }
}
