package gojc.rt.std.sync.atomic;

import gojc.rt.Panics;
import gojc.rt.Ptr;
import gojc.rt.Type;

/**
 * sync/atomic's body-less functions (gc has them in assembly) on {@link Ptr}'s atomic
 * operations, which use VarHandles on the variable itself: sequentially consistent, as Go's
 * atomics are. Unsigned kinds share the signed operations (two's complement). A nil address
 * is gc's nil dereference.
 */
public final class Natives {
    private Natives() {}

    private static Ptr nonNil(Ptr p) {
        if (p == null) {
            throw Panics.nilDereference();
        }
        return p;
    }

    public static int SwapInt32(Ptr addr, int v) {
        return nonNil(addr).swapInt(v);
    }

    public static boolean CompareAndSwapInt32(Ptr addr, int old, int v) {
        return nonNil(addr).casInt(old, v);
    }

    public static int AddInt32(Ptr addr, int delta) {
        return nonNil(addr).addInt(delta);
    }

    public static int LoadInt32(Ptr addr) {
        return nonNil(addr).loadInt();
    }

    public static void StoreInt32(Ptr addr, int v) {
        nonNil(addr).storeInt(v);
    }

    public static int SwapUint32(Ptr addr, int v) {
        return nonNil(addr).swapInt(v);
    }

    public static boolean CompareAndSwapUint32(Ptr addr, int old, int v) {
        return nonNil(addr).casInt(old, v);
    }

    public static int AddUint32(Ptr addr, int delta) {
        return nonNil(addr).addInt(delta);
    }

    public static int LoadUint32(Ptr addr) {
        return nonNil(addr).loadInt();
    }

    public static void StoreUint32(Ptr addr, int v) {
        nonNil(addr).storeInt(v);
    }

    public static long SwapInt64(Ptr addr, long v) {
        return nonNil(addr).swapLong(v);
    }

    public static boolean CompareAndSwapInt64(Ptr addr, long old, long v) {
        return nonNil(addr).casLong(old, v);
    }

    public static long AddInt64(Ptr addr, long delta) {
        return nonNil(addr).addLong(delta);
    }

    public static long LoadInt64(Ptr addr) {
        return nonNil(addr).loadLong();
    }

    public static void StoreInt64(Ptr addr, long v) {
        nonNil(addr).storeLong(v);
    }

    public static long SwapUint64(Ptr addr, long v) {
        return nonNil(addr).swapLong(v);
    }

    public static boolean CompareAndSwapUint64(Ptr addr, long old, long v) {
        return nonNil(addr).casLong(old, v);
    }

    public static long AddUint64(Ptr addr, long delta) {
        return nonNil(addr).addLong(delta);
    }

    public static long LoadUint64(Ptr addr) {
        return nonNil(addr).loadLong();
    }

    public static void StoreUint64(Ptr addr, long v) {
        nonNil(addr).storeLong(v);
    }

    public static long SwapUintptr(Ptr addr, long v) {
        return nonNil(addr).swapLong(v);
    }

    public static boolean CompareAndSwapUintptr(Ptr addr, long old, long v) {
        return nonNil(addr).casLong(old, v);
    }

    public static long AddUintptr(Ptr addr, long delta) {
        return nonNil(addr).addLong(delta);
    }

    public static long LoadUintptr(Ptr addr) {
        return nonNil(addr).loadLong();
    }

    public static void StoreUintptr(Ptr addr, long v) {
        nonNil(addr).storeLong(v);
    }

    public static Object SwapPointer(Ptr addr, Object v) {
        return nonNil(addr).swapRef(v);
    }

    public static boolean CompareAndSwapPointer(Ptr addr, Object old, Object v) {
        return nonNil(addr).casRef(old, v);
    }

    public static Object LoadPointer(Ptr addr) {
        return nonNil(addr).loadRef();
    }

    public static void StorePointer(Ptr addr, Object v) {
        nonNil(addr).storeRef(v);
    }

    // ---- overlay/sync/atomic/value.go: Value holds one interface reference ----

    public static Object loadAny(Ptr p) {
        return nonNil(p).loadRef();
    }

    /** Swaps when the variable still holds exactly old (the same reference). */
    public static boolean casAny(Ptr p, Object old, Object v) {
        return nonNil(p).casRef(old, v);
    }

    /** Whether two non-nil interface values have the same dynamic type. */
    public static boolean sameType(Object a, Object b) {
        return Type.of(a) == Type.of(b);
    }
}
