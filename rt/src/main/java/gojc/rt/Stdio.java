package gojc.rt;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * File descriptors 1 and 2, written without buffering as Go writes them, so output from
 * print/println (stderr) and os.Stdout keeps its order when both go to one pipe.
 */
public final class Stdio {
    private Stdio() {}

    private static final FileOutputStream OUT = new FileOutputStream(FileDescriptor.out);
    private static final FileOutputStream ERR = new FileOutputStream(FileDescriptor.err);

    public static void writeStdout(byte[] b, int off, int len) {
        write(OUT, b, off, len);
    }

    public static void writeStderr(byte[] b, int off, int len) {
        write(ERR, b, off, len);
    }

    static void writeStderr(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        write(ERR, b, 0, b.length);
    }

    private static void write(FileOutputStream s, byte[] b, int off, int len) {
        try {
            s.write(b, off, len);
        } catch (IOException e) {
            // As a Go program writing to a closed descriptor: the write fails, nothing more.
        }
    }
}
