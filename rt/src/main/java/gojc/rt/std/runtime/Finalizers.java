package gojc.rt.std.runtime;

import gojc.rt.Box;
import gojc.rt.Cell;
import gojc.rt.Fatal;
import gojc.rt.Func;
import gojc.rt.GoStruct;
import gojc.rt.Kind;
import gojc.rt.Ptr;
import gojc.rt.Type;
import gojc.rt.TypedValue;
import gojc.rt.reflect.Calls;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * runtime.SetFinalizer on the JVM. An object with a finalizer is watched through a weak
 * reference; once the collector clears it, its finalizer runs on a finalizer goroutine.
 * <p>
 * The JVM cannot hand a collected object back (only classes with a finalize method can be
 * resurrected, and Java arrays never), so the finalizer receives a stand-in: a Go copy of
 * {@code *obj} (nested struct and array values copied, pointers shared) taken when the
 * finalizer is set and refreshed at each {@code runtime.GC}. Because the stand-in holds what
 * obj points to, those objects stay reachable until obj's finalizer has run, which gives gc's
 * order: in a chain of finalizable objects the referring one is finalized first.
 */
public final class Finalizers {
    private Finalizers() {}

    /** One object with a finalizer. */
    private static final class Entry extends WeakReference<Object> {
        final int hash;
        final Type ptrType;
        /** The stand-in in pointer form (same JVM form as obj's pointer). */
        Object standIn;
        final Func fn;
        final Method call;
        final Type paramType;

        Entry(Object ptr, ReferenceQueue<Object> q, Type ptrType, Func fn, Method call, Type paramType) {
            super(ptr, q);
            this.hash = System.identityHashCode(ptr);
            this.ptrType = ptrType;
            this.fn = fn;
            this.call = call;
            this.paramType = paramType;
            this.standIn = copyOf(ptrType, ptr);
        }
    }

    private static final Object lock = new Object();
    private static final ReferenceQueue<Object> queue = new ReferenceQueue<>();
    /** Watched objects by identity hash. */
    private static final Map<Integer, List<Entry>> watched = new HashMap<>();
    /** Entries whose objects were collected, waiting for the finalizer goroutine. */
    private static final ArrayDeque<Entry> ready = new ArrayDeque<>();
    private static boolean fingRunning;
    /** A finalizer is being called. */
    private static volatile boolean running;

    /**
     * runtime.SetFinalizer(obj, finalizer) with gc's checks; true when the caller must start
     * the finalizer goroutine (objects collected meanwhile have finalizers ready).
     */
    public static boolean set(Object obj, Object finalizer) {
        Type ot = Type.of(obj);
        if (ot == null) {
            throw Fatal.fatal("runtime.SetFinalizer: first argument is nil");
        }
        if (ot.kind() != Kind.POINTER) {
            throw Fatal.fatal("runtime.SetFinalizer: first argument is " + ot + ", not pointer");
        }
        Object ptr = data(obj);
        if (ptr == null) {
            throw Fatal.fatal("nil elem type!");
        }
        if (ptr instanceof Ptr && !(ptr instanceof Cell)) {
            // a pointer into another object (element, field): gc requires the start of an
            // allocation; gojc cannot watch the enclosing object, so the finalizer never runs,
            // which Go allows (finalizers need not run before the program exits)
            return collected();
        }
        synchronized (lock) {
            Entry old = find(ptr);
            if (finalizer == null) {
                if (old != null) {
                    remove(old);
                }
                return collected();
            }
            Type ft = Type.of(finalizer);
            if (ft.kind() != Kind.FUNC) {
                throw Fatal.fatal("runtime.SetFinalizer: second argument is " + ft + ", not a function");
            }
            if (ft.params().length != 1) {
                throw Fatal.fatal("runtime.SetFinalizer: cannot pass " + ot + " to finalizer " + ft);
            }
            Type pt = ft.params()[0];
            if (!(pt == ot || pt.kind() == Kind.INTERFACE
                    || (pt.kind() == Kind.POINTER && pt.elem() == ot.elem() && (!pt.isNamed() || !ot.isNamed())))) {
                throw Fatal.fatal("runtime.SetFinalizer: cannot pass " + ot + " to finalizer " + ft);
            }
            if (old != null) {
                throw Fatal.fatal("runtime.SetFinalizer: finalizer already set");
            }
            Func fn = (Func) data(finalizer);
            Entry e = new Entry(ptr, queue, ot, fn, Calls.shapeCall(fn.getClass()), pt);
            watched.computeIfAbsent(e.hash, k -> new ArrayList<>(1)).add(e);
        }
        return collected();
    }

    private static Object data(Object v) {
        return v instanceof Box ? ((Box) v).value : v instanceof TypedValue ? ((TypedValue) v).goValue() : v;
    }

    private static Entry find(Object ptr) {
        List<Entry> l = watched.get(System.identityHashCode(ptr));
        if (l != null) {
            for (Entry e : l) {
                if (e.get() == ptr) {
                    return e;
                }
            }
        }
        return null;
    }

    private static void remove(Entry e) {
        List<Entry> l = watched.get(e.hash);
        if (l != null) {
            l.remove(e);
            if (l.isEmpty()) {
                watched.remove(e.hash);
            }
        }
    }

    /** Moves the entries the collector cleared to the ready queue; true when a finalizer goroutine must start. */
    private static boolean collected() {
        synchronized (lock) {
            Reference<?> r;
            while ((r = queue.poll()) != null) {
                enqueue(r);
            }
            return startFing();
        }
    }

    private static void enqueue(Reference<?> r) {
        if (r instanceof Entry) {
            Entry e = (Entry) r;
            List<Entry> l = watched.get(e.hash);
            // only entries still watched: SetFinalizer(obj, nil) removed the others
            if (l != null && l.remove(e)) {
                if (l.isEmpty()) {
                    watched.remove(e.hash);
                }
                ready.add(e);
            }
        }
    }

    private static boolean startFing() {
        if (!fingRunning && !ready.isEmpty()) {
            fingRunning = true;
            return true;
        }
        return false;
    }

    /**
     * runtime.GC: refreshes the stand-ins, runs a full collection and waits until the
     * reference handler has queued what it cleared (a sentinel cleared by the same collection
     * shows that). True when the caller must start the finalizer goroutine.
     */
    public static boolean collect() {
        boolean none;
        synchronized (lock) {
            none = watched.isEmpty();
        }
        if (none) {
            // No finalizer is set, so no cleared reference can matter: skip the round trip
            // through the reference handler (at least 2 ms, far more on a loaded machine;
            // test/gc2.go calls runtime.GC 800 times and took over 60 s under load).
            System.gc();
            return collected();
        }
        synchronized (lock) {
            for (List<Entry> l : watched.values()) {
                for (Entry e : l) {
                    Object p = e.get();
                    if (p != null) {
                        e.standIn = copyOf(e.ptrType, p);
                    }
                }
            }
        }
        WeakReference<Object> sentinel = new WeakReference<>(new Object(), queue);
        System.gc();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
        boolean seen = false;
        while (!seen) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            Reference<?> r;
            try {
                r = queue.remove(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                break;
            }
            if (r == sentinel) {
                seen = true;
            } else if (r != null) {
                synchronized (lock) {
                    enqueue(r);
                }
            }
        }
        // the handler may still be queueing references the same collection cleared
        try {
            Reference<?> r;
            while ((r = queue.remove(2)) != null) {
                synchronized (lock) {
                    enqueue(r);
                }
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        return collected();
    }

    /** True while finalizers are queued or running (runtime.GC waits for them). */
    public static boolean busy() {
        synchronized (lock) {
            return fingRunning && (running || !ready.isEmpty());
        }
    }

    /**
     * The finalizer goroutine's step: runs the next ready finalizer and returns true, or
     * returns false (the goroutine ends) when none is left.
     */
    public static boolean runNext() {
        Entry e;
        synchronized (lock) {
            e = ready.poll();
            if (e == null) {
                fingRunning = false;
                return false;
            }
            running = true;
        }
        try {
            call(e);
        } finally {
            running = false;
        }
        return true;
    }

    private static void call(Entry e) {
        Object arg = e.standIn;
        if (e.paramType.kind() == Kind.INTERFACE) {
            arg = arg instanceof GoStruct ? arg : new Box(e.ptrType, arg);
        }
        // the reflective frame cannot unwind: a finalizer that blocks parks the thread
        Calls.invokeRaw(e.call, e.fn, arg);
    }

    /** A Go copy of *p (p of pointer type pt) in pointer form. */
    static Object copyOf(Type pt, Object p) {
        if (p instanceof GoStruct) {
            return ((GoStruct) p).$copy();
        }
        if (p instanceof Cell) {
            return new Cell(((Cell) p).value);
        }
        return copyArray(pt.elem(), p);
    }

    private static Object copyArray(Type at, Object a) {
        if (!(a instanceof Object[])) {
            return gojc.rt.Values.copyArray(a, 1, false);
        }
        Object[] r = ((Object[]) a).clone();
        Type et = at.elem();
        if (et.kind() == Kind.ARRAY) {
            for (int i = 0; i < r.length; i++) {
                r[i] = copyArray(et, r[i]);
            }
        } else if (et.kind() == Kind.STRUCT) {
            for (int i = 0; i < r.length; i++) {
                r[i] = ((GoStruct) r[i]).$copy();
            }
        }
        return r;
    }
}
