package gojc.rt;

/**
 * A Go pointer to a variable that is not a struct or an array (those are pointed to by the
 * object itself): a heap cell, an array or slice element, or a struct field. Values travel
 * boxed as the compiler holds them: Integer for the int-held kinds, Long, Float, Double,
 * Boolean, or the reference itself.
 */
public abstract class Ptr {
    public abstract Object get();

    public abstract void set(Object v);

    /** Pointer equality: the same variable. */
    public static boolean same(Ptr a, Ptr b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        return a.sameAs(b);
    }

    boolean sameAs(Ptr o) {
        return false;
    }

    /** The fake address of the variable (see {@link Addr}): equal for Ptrs that are {@link #same}. */
    long address() {
        return Addr.base(this);
    }

    // ---- Atomic operations (sync/atomic; sequentially consistent like Go's) ----
    // Subclasses override them with VarHandles on the variable itself; these defaults keep
    // atomics of one subclass atomic with each other by a lock, which is enough because two
    // different Ptr classes never point to the same variable.

    public int loadInt() {
        synchronized (this.lockFor()) {
            return (Integer) get();
        }
    }

    public void storeInt(int v) {
        synchronized (this.lockFor()) {
            set(v);
        }
    }

    public int swapInt(int v) {
        synchronized (this.lockFor()) {
            int old = (Integer) get();
            set(v);
            return old;
        }
    }

    public boolean casInt(int old, int v) {
        synchronized (this.lockFor()) {
            if ((Integer) get() != old) {
                return false;
            }
            set(v);
            return true;
        }
    }

    /** Adds delta and returns the new value. */
    public int addInt(int delta) {
        synchronized (this.lockFor()) {
            int v = (Integer) get() + delta;
            set(v);
            return v;
        }
    }

    public long loadLong() {
        synchronized (this.lockFor()) {
            return (Long) get();
        }
    }

    public void storeLong(long v) {
        synchronized (this.lockFor()) {
            set(v);
        }
    }

    public long swapLong(long v) {
        synchronized (this.lockFor()) {
            long old = (Long) get();
            set(v);
            return old;
        }
    }

    public boolean casLong(long old, long v) {
        synchronized (this.lockFor()) {
            if ((Long) get() != old) {
                return false;
            }
            set(v);
            return true;
        }
    }

    public long addLong(long delta) {
        synchronized (this.lockFor()) {
            long v = (Long) get() + delta;
            set(v);
            return v;
        }
    }

    /** A reference variable (unsafe.Pointer, pointers, interfaces). */
    public Object loadRef() {
        synchronized (this.lockFor()) {
            return get();
        }
    }

    public void storeRef(Object v) {
        synchronized (this.lockFor()) {
            set(v);
        }
    }

    public Object swapRef(Object v) {
        synchronized (this.lockFor()) {
            Object old = get();
            set(v);
            return old;
        }
    }

    /** Compares as Go compares pointers ({@link UnsafePointer#eq}: Ptrs by target). */
    public boolean casRef(Object old, Object v) {
        synchronized (this.lockFor()) {
            if (!UnsafePointer.eq(get(), old)) {
                return false;
            }
            set(v);
            return true;
        }
    }

    private static final Object[] LOCKS = new Object[64];

    static {
        for (int i = 0; i < LOCKS.length; i++) {
            LOCKS[i] = new Object();
        }
    }

    /** The lock of the default atomics: one per variable (equal for {@link #same} Ptrs). */
    private Object lockFor() {
        return LOCKS[(int) (address() >>> 3) & (LOCKS.length - 1)];
    }

    /** *p: panics for nil. */
    public static Object load(Ptr p) {
        if (p == null) {
            throw Panics.nilDereference();
        }
        return p.get();
    }

    /** *p = v: panics for nil. */
    public static void store(Ptr p, Object v) {
        if (p == null) {
            throw Panics.nilDereference();
        }
        p.set(v);
    }

    /** Converts a value boxed by the compiler to the box an array or field slot of type c holds. */
    static Object narrow(Class<?> c, Object v) {
        if (c == byte.class) {
            return (byte) ((Integer) v).intValue();
        }
        if (c == short.class) {
            return (short) ((Integer) v).intValue();
        }
        if (c == char.class) {
            return (char) ((Integer) v).intValue();
        }
        return v;
    }

    /** The reverse of {@link #narrow}: narrow boxes become Integer. */
    static Object widen(Object v) {
        if (v instanceof Byte) {
            return (int) (Byte) v;
        }
        if (v instanceof Short) {
            return (int) (Short) v;
        }
        if (v instanceof Character) {
            return (int) (Character) v;
        }
        return v;
    }
}
