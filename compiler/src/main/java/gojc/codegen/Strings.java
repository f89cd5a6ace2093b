package gojc.codegen;

import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.nio.charset.StandardCharsets;

/**
 * String constants. The constant pool holds Java strings, so a Go string's bytes travel as a
 * Latin-1 string (one char per byte, any bytes allowed) and are turned into a {@code GoString}
 * once, at the use site's first execution, through a constant-dynamic-free static cache: for now
 * {@code GoString.latin1(String)} per evaluation.
 */
final class Strings implements Opcodes {
    private Strings() {}

    static void constant(MethodVisitor mv, byte[] bytes) {
        if (bytes.length == 0) {
            mv.visitFieldInsn(GETSTATIC, FuncGen.GOSTRING, "EMPTY", "L" + FuncGen.GOSTRING + ";");
            return;
        }
        mv.visitLdcInsn(new String(bytes, StandardCharsets.ISO_8859_1));
        mv.visitMethodInsn(INVOKESTATIC, FuncGen.GOSTRING, "latin1", "(Ljava/lang/String;)L" + FuncGen.GOSTRING + ";", false);
    }
}
