package gojc.rt;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The print/println builtins (runtime/print.go). Compiled code brackets each call:
 * <pre>Print.begin(); Print.int64(x); Print.sp(); Print.string(s); Print.nl(); Print.end();</pre>
 * Operands go to one buffer that {@link #end()} writes to fd 2 in a single write,
 * under a lock like gc's printlock, so concurrent prints do not interleave.
 * float32 operands are widened to double and complex64 to complex128 by the caller
 * (or use {@link #complex64}).
 */
public final class Print {
    private Print() {}

    private static final ReentrantLock LOCK = new ReentrantLock();
    private static final ByteBuf BUF = new ByteBuf();
    static OutputStream sink = new FileOutputStream(FileDescriptor.err);

    public static void begin() {
        LOCK.lock();
        if (LOCK.getHoldCount() == 1) {
            BUF.reset();
        }
    }

    public static void end() {
        try {
            if (LOCK.getHoldCount() == 1 && BUF.len > 0) {
                try {
                    sink.write(BUF.buf, 0, BUF.len);
                    sink.flush();
                } catch (IOException e) {
                    // Like gc, a failed write to stderr is ignored.
                }
                BUF.reset();
            }
        } finally {
            LOCK.unlock();
        }
    }

    public static void bool(boolean v) {
        BUF.bool(v);
    }

    public static void int64(long v) {
        BUF.int64(v);
    }

    public static void uint64(long v) {
        BUF.uint64(v);
    }

    public static void float64(double v) {
        BUF.float64(v);
    }

    public static void complex128(Complex128 c) {
        BUF.complex(c.re, c.im);
    }

    public static void complex64(Complex64 c) {
        BUF.complex(c.re, c.im);
    }

    public static void string(GoString s) {
        BUF.str(s);
    }

    /** Pointers, maps, chans, funcs and unsafe.Pointer: a hex address, 0x0 for nil. */
    public static void pointer(Object p) {
        BUF.hex(Addr.of(p));
    }

    /** uintptr operands print in decimal like other unsigned ints; this is for hex(). */
    public static void hex(long v) {
        BUF.hex(v);
    }

    /** Slices print as [len/cap]0xADDR; nil prints [0/0]0x0. */
    public static void slice(int len, int cap, Object array) {
        BUF.add('[');
        BUF.int64(len);
        BUF.add('/');
        BUF.int64(cap);
        BUF.add(']');
        BUF.hex(Addr.of(array));
    }

    /** Interface values print as (typeword,dataword); nil prints (0x0,0x0). */
    public static void iface(Object v) {
        BUF.add('(');
        BUF.hex(v == null ? 0 : Addr.of(v.getClass()));
        BUF.add(',');
        BUF.hex(Addr.of(v));
        BUF.add(')');
    }

    /** An interface value's two words, as Iface.print computes them. */
    static void ifaceWords(long typeWord, long dataWord) {
        BUF.add('(');
        BUF.hex(typeWord);
        BUF.add(',');
        BUF.hex(dataWord);
        BUF.add(')');
    }

    public static void sp() {
        BUF.add(' ');
    }

    public static void nl() {
        BUF.add('\n');
    }

    /** Writes raw bytes to stderr at once (used by panic output). */
    static void writeRaw(byte[] b, int off, int n) {
        LOCK.lock();
        try {
            sink.write(b, off, n);
            sink.flush();
        } catch (IOException e) {
            // ignored, as above
        } finally {
            LOCK.unlock();
        }
    }
}
