package gojc.codegen;

import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.nio.charset.StandardCharsets;

/**
 * String constants. The constant pool holds Java strings, so a Go string's bytes travel as a
 * Latin-1 string (one char per byte, any bytes allowed). Each use site loads a dynamic constant
 * ({@code ldc} of CONSTANT_Dynamic, bootstrap {@code GoString.constant}): the JVM makes the
 * GoString once per class and constant, and every later evaluation is a plain constant load.
 * Equal constants of one class share one pool entry.
 */
final class Strings implements Opcodes {
    private Strings() {}

    static final Handle BOOTSTRAP = new Handle(H_INVOKESTATIC, FuncGen.GOSTRING, "constant",
            "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;[Ljava/lang/String;)L" + FuncGen.GOSTRING + ";",
            false);

    /** Chars per pool string: at most two bytes each in modified UTF-8, under the 65535 limit. */
    static final int CHUNK = 32000;

    static void constant(MethodVisitor mv, byte[] bytes) {
        if (bytes.length == 0) {
            mv.visitFieldInsn(GETSTATIC, FuncGen.GOSTRING, "EMPTY", "L" + FuncGen.GOSTRING + ";");
            return;
        }
        String s = new String(bytes, StandardCharsets.ISO_8859_1);
        Object[] parts = new Object[(s.length() + CHUNK - 1) / CHUNK];
        for (int i = 0; i < parts.length; i++) parts[i] = s.substring(i * CHUNK, Math.min(s.length(), (i + 1) * CHUNK));
        mv.visitLdcInsn(new ConstantDynamic("s", "L" + FuncGen.GOSTRING + ";", BOOTSTRAP, parts));
    }
}
