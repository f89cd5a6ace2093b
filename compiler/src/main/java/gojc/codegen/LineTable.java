package gojc.codegen;

import gojc.syntax.Pos;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Positions that a {@code //line} directive moved ({@link Pos#rel}) in the code of one source
 * file. The JVM's LineNumberTable has one file per class and 16-bit lines, so such a position
 * is emitted as a line counted down from 65535 that indexes this table, and the file's class
 * gets the table as the constant {@code $lines} ("file\tline" entries, one per line) for the
 * runtime (gojc.rt.Lines: runtime.Caller, Callers, Stack) to translate.
 */
final class LineTable {
    /** The table of the file being compiled on this thread (null: positions are not remapped). */
    private static final ThreadLocal<LineTable> CURRENT = new ThreadLocal<>();
    static final int TOP = 65535;
    /** Above this many remapped positions, the file's own lines are emitted (no table room). */
    private static final int MAX = 20000;

    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> entries = new ArrayList<>();

    static void begin() {
        CURRENT.set(new LineTable());
    }

    /** Ends the file: adds its table to the file's class when a position was remapped. */
    static void end(ClassWriter cw) {
        LineTable t = CURRENT.get();
        CURRENT.remove();
        if (t == null || t.entries.isEmpty()) return;
        cw.visitField(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC | Opcodes.ACC_FINAL | Opcodes.ACC_SYNTHETIC,
                "$lines", "Ljava/lang/String;", null, String.join("\n", t.entries)).visitEnd();
    }

    /** The LineNumberTable line for pos. */
    static int line(Pos pos) {
        LineTable t = CURRENT.get();
        if (pos.rel() == null || t == null) return pos.line();
        String key = pos.rel().file() + "\t" + pos.rel().line();
        Integer i = t.index.get(key);
        if (i == null) {
            if (t.entries.size() >= MAX) return pos.line();
            i = t.entries.size();
            t.entries.add(key);
            t.index.put(key, i);
        }
        return TOP - i;
    }

    /**
     * Drops line entries that a later entry shadows at the same code offset (no instruction
     * between them: the function's own line before its first statement, once the continuation
     * prologue moved both): the JVM would report the first for the statement's code.
     */
    static void dropShadowed(org.objectweb.asm.tree.MethodNode m) {
        org.objectweb.asm.tree.LineNumberNode pending = null;
        for (org.objectweb.asm.tree.AbstractInsnNode x = m.instructions.getFirst(); x != null; x = x.getNext()) {
            if (x instanceof org.objectweb.asm.tree.LineNumberNode ln) {
                if (pending != null) m.instructions.remove(pending);
                pending = ln;
            } else if (x.getOpcode() >= 0) {
                pending = null;
            }
        }
    }
}
