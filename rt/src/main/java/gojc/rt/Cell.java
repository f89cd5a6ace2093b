package gojc.rt;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/** A heap cell holding a local variable whose address is taken. */
public final class Cell extends Ptr {
    public Object value;

    private static final VarHandle VALUE;

    static {
        try {
            VALUE = MethodHandles.lookup().findVarHandle(Cell.class, "value", Object.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    public Cell(Object value) {
        this.value = value;
    }

    public static Cell make(Object v) {
        return new Cell(v);
    }

    @Override
    public Object get() {
        return value;
    }

    @Override
    public void set(Object v) {
        value = v;
    }

    // Atomics: the cell holds boxes, so read-modify-write is a CAS loop on the box reference.

    @Override
    public int loadInt() {
        return (Integer) VALUE.getVolatile(this);
    }

    @Override
    public void storeInt(int v) {
        VALUE.setVolatile(this, (Object) v);
    }

    @Override
    public int swapInt(int v) {
        return (Integer) VALUE.getAndSet(this, (Object) v);
    }

    @Override
    public boolean casInt(int old, int v) {
        while (true) {
            Object cur = VALUE.getVolatile(this);
            if ((Integer) cur != old) {
                return false;
            }
            if (VALUE.compareAndSet(this, cur, (Object) v)) {
                return true;
            }
        }
    }

    @Override
    public int addInt(int delta) {
        while (true) {
            Object cur = VALUE.getVolatile(this);
            int v = (Integer) cur + delta;
            if (VALUE.compareAndSet(this, cur, (Object) v)) {
                return v;
            }
        }
    }

    @Override
    public long loadLong() {
        return (Long) VALUE.getVolatile(this);
    }

    @Override
    public void storeLong(long v) {
        VALUE.setVolatile(this, (Object) v);
    }

    @Override
    public long swapLong(long v) {
        return (Long) VALUE.getAndSet(this, (Object) v);
    }

    @Override
    public boolean casLong(long old, long v) {
        while (true) {
            Object cur = VALUE.getVolatile(this);
            if ((Long) cur != old) {
                return false;
            }
            if (VALUE.compareAndSet(this, cur, (Object) v)) {
                return true;
            }
        }
    }

    @Override
    public long addLong(long delta) {
        while (true) {
            Object cur = VALUE.getVolatile(this);
            long v = (Long) cur + delta;
            if (VALUE.compareAndSet(this, cur, (Object) v)) {
                return v;
            }
        }
    }

    @Override
    public Object loadRef() {
        return VALUE.getVolatile(this);
    }

    @Override
    public void storeRef(Object v) {
        VALUE.setVolatile(this, v);
    }

    @Override
    public Object swapRef(Object v) {
        return VALUE.getAndSet(this, v);
    }

    @Override
    public boolean casRef(Object old, Object v) {
        while (true) {
            Object cur = VALUE.getVolatile(this);
            if (!UnsafePointer.eq(cur, old)) {
                return false;
            }
            if (VALUE.compareAndSet(this, cur, v)) {
                return true;
            }
        }
    }
}
