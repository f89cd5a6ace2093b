package gojc.rt.reflect;

import gojc.rt.Addr;
import gojc.rt.Bounds;
import gojc.rt.Complex128;
import gojc.rt.Complex64;
import gojc.rt.GoMap;
import gojc.rt.GoString;
import gojc.rt.Kind;
import gojc.rt.MapIter;
import gojc.rt.Ptr;
import gojc.rt.SliceB;
import gojc.rt.SliceL;
import gojc.rt.Type;
import gojc.rt.sched.Chan;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The natives shared by the reflect and internal/reflectlite overlays (their Natives classes
 * extend this one): each method is a body-less Go function of those packages, named alike,
 * over {@link Type} descriptors and the value forms of {@link ValueForms}. An opaque Java
 * object is a Go unsafe.Pointer ({@code Object}); Go's int is {@code long}.
 */
public class Core {
    protected Core() {}

    private static Type t(Object o) {
        return (Type) o;
    }

    private static GoString str(String s) {
        return GoString.latin1(s);
    }

    // ---- The Go side's canonical *rtype per descriptor (so reflect.Type values compare with ==) ----

    private static final ConcurrentHashMap<Object, Object> RTYPES = new ConcurrentHashMap<>();

    /** The *rtype made for t by the package named kind (reflect or reflectlite), or null. */
    public static Object rtypeCached(Object t, GoString kind) {
        return RTYPES.get(new Key(t, kind));
    }

    /** Records r as t's *rtype unless another is there already; returns the one that counts. */
    public static Object rtypeStore(Object t, GoString kind, Object r) {
        Object old = RTYPES.putIfAbsent(new Key(t, kind), r);
        return old != null ? old : r;
    }

    /** A descriptor and the package (reflect or reflectlite) the rtype belongs to. */
    private static final class Key {
        final Object type;
        final Object pkg;

        Key(Object type, Object pkg) {
            this.type = type;
            this.pkg = pkg;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key && ((Key) o).type == type && ((Key) o).pkg.equals(pkg);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(type) * 31 + pkg.hashCode();
        }
    }

    // ---- Types ----

    public static Object typeOf(Object i) {
        return i == null ? null : Type.of(i);
    }

    public static GoString typeString(Object t) {
        return str(t(t).toString());
    }

    public static GoString typeName(Object t) {
        Type x = t(t);
        if (x.isNamed()) {
            return str(x.name);
        }
        int k = x.kind();
        if (k == Kind.UNSAFE_POINTER) {
            return str("Pointer");
        }
        // predeclared types are named in Go; their descriptors are the unnamed basic ones
        return k <= Kind.COMPLEX128 || k == Kind.STRING ? str(x.toString()) : GoString.EMPTY;
    }

    public static GoString typePkgPath(Object t) {
        Type x = t(t);
        if (!x.isNamed() && x.kind() == Kind.UNSAFE_POINTER) {
            return str("unsafe"); // unsafe.Pointer is a named type of package unsafe in gc
        }
        return x.isNamed() ? str(x.pkgPath) : GoString.EMPTY;
    }

    public static long typeKind(Object t) {
        return t(t).kind();
    }

    public static long typeSize(Object t) {
        return t(t).size();
    }

    public static long typeAlign(Object t) {
        return t(t).align();
    }

    public static Object typeElem(Object t) {
        return t(t).elem();
    }

    public static Object typeKey(Object t) {
        return t(t).key();
    }

    public static long typeLen(Object t) {
        return t(t).len();
    }

    public static long typeChanDir(Object t) {
        return t(t).chanDir();
    }

    public static long typeNumField(Object t) {
        return t(t).fields().length;
    }

    public static GoString typeFieldName(Object t, long i) {
        return str(t(t).fields()[(int) i].name);
    }

    public static GoString typeFieldPkgPath(Object t, long i) {
        return str(t(t).fields()[(int) i].pkgPath);
    }

    public static GoString typeFieldTag(Object t, long i) {
        return str(t(t).fields()[(int) i].tag);
    }

    public static Object typeFieldType(Object t, long i) {
        return t(t).fields()[(int) i].type;
    }

    public static boolean typeFieldEmbedded(Object t, long i) {
        return t(t).fields()[(int) i].embedded;
    }

    public static long typeFieldOffset(Object t, long i) {
        return t(t).fields()[(int) i].offset;
    }

    public static long typeNumIn(Object t) {
        return t(t).params().length;
    }

    public static Object typeIn(Object t, long i) {
        return t(t).params()[(int) i];
    }

    public static long typeNumOut(Object t) {
        return t(t).results().length;
    }

    public static Object typeOut(Object t, long i) {
        return t(t).results()[(int) i];
    }

    public static boolean typeIsVariadic(Object t) {
        return t(t).isVariadic();
    }

    /** The size of the method set (interfaces: all methods; others: exported and unexported). */
    public static long typeNumMethods(Object t) {
        return t(t).methods().length;
    }

    public static GoString typeMethodName(Object t, long i) {
        return str(t(t).methods()[(int) i].name);
    }

    public static GoString typeMethodPkgPath(Object t, long i) {
        return str(t(t).methods()[(int) i].pkgPath);
    }

    /** The method's signature without receiver. */
    public static Object typeMethodType(Object t, long i) {
        return t(t).methods()[(int) i].type;
    }

    public static boolean typeComparable(Object t) {
        return t(t).comparable();
    }

    /** Whether t implements the interface type iface. */
    public static boolean typeImplements(Object iface, Object t) {
        return t(iface).missingMethod(t(t)).isEmpty();
    }

    public static boolean typeAssignable(Object dst, Object src) {
        return TypeRules.assignable(t(dst), t(src));
    }

    public static boolean typeConvertible(Object dst, Object src) {
        return TypeRules.convertible(t(dst), t(src));
    }

    public static Object typePtrTo(Object t) {
        return t(t).ptrTo();
    }

    public static Object typeSliceOf(Object t) {
        return Type.sliceOf(t(t));
    }

    public static Object typeArrayOf(long n, Object t) {
        return Type.arrayOf(n, t(t));
    }

    public static Object typeMapOf(Object k, Object e) {
        return Type.mapOf(t(k), t(e));
    }

    public static Object typeChanOf(long dir, Object e) {
        return Type.chanOf((int) dir, t(e));
    }

    // ---- Values: interfaces, locations, copies ----

    public static Object ifaceData(Object i) {
        Object v = ValueForms.unpack(i);
        if (i != null) {
            ValueForms.noteStructClass(Type.of(i).kind() == Kind.POINTER ? Type.of(i).elem() : Type.of(i), v);
        }
        return v;
    }

    public static Object pack(Object t, Object v) {
        return ValueForms.pack(t(t), v);
    }

    public static Object copyValue(Object t, Object v) {
        return ValueForms.copy(t(t), v);
    }

    public static Object load(Object t, Object loc) {
        return ValueForms.load(t(t), loc);
    }

    public static void store(Object t, Object loc, Object v) {
        ValueForms.store(t(t), loc, v);
    }

    public static Object zeroValue(Object t) {
        return ValueForms.zero(t(t));
    }

    public static Object newVar(Object t) {
        return ValueForms.newVar(t(t));
    }

    // ---- Scalars ----

    public static long toInt(Object v) {
        return ((Number) v).longValue();
    }

    /** The bits of an unsigned value: uint32 is held as int bits. */
    public static long toUint(Object t, Object v) {
        if (t(t).kind() == Kind.UINT32) {
            return ((Integer) v) & 0xFFFFFFFFL;
        }
        return ((Number) v).longValue();
    }

    public static double toFloat(Object v) {
        return ((Number) v).doubleValue();
    }

    public static Complex128 toComplex(Object v) {
        if (v instanceof Complex64) {
            Complex64 c = (Complex64) v;
            return Complex128.of(c.re, c.im);
        }
        return (Complex128) v;
    }

    public static boolean toBool(Object v) {
        return (Boolean) v;
    }

    public static GoString toStr(Object v) {
        return (GoString) v;
    }

    /** The value form of the integer x of t's kind (truncated as a conversion would). */
    public static Object fromInt(Object t, long x) {
        switch (t(t).kind()) {
            case Kind.INT8: case Kind.INT16: case Kind.INT32: case Kind.UINT8: case Kind.UINT16: case Kind.UINT32:
                return ValueForms.norm(t(t).kind(), (int) x);
            case Kind.FLOAT32:
                return (float) x;
            case Kind.FLOAT64:
                return (double) x;
            default:
                return x;
        }
    }

    public static Object fromFloat(Object t, double x) {
        return t(t).kind() == Kind.FLOAT32 ? (Object) (float) x : (Object) x;
    }

    public static Object fromComplex(Object t, Complex128 c) {
        if (t(t).kind() == Kind.COMPLEX64) {
            return Complex64.of((float) Complex128.real(c), (float) Complex128.imag(c));
        }
        return c;
    }

    public static Object fromBool(boolean b) {
        return b;
    }

    public static Object fromStr(GoString s) {
        return s;
    }

    public static SliceB asBytes(Object v) {
        if (v instanceof byte[]) {
            return SliceB.wrap((byte[]) v);
        }
        return (SliceB) v;
    }

    public static Object fromBytes(SliceB b) {
        return b;
    }

    /** A fake, stable address: what %p and Pointer() show. */
    public static long addrOf(Object v) {
        Type t = rtypeDescriptor(v);
        return t != null ? TypeAddrs.of(t) : Addr.of(v);
    }

    /** The descriptor inside a reflect or reflectlite *rtype (whose addresses sort as gc's), or null. */
    private static Type rtypeDescriptor(Object v) {
        if (v == null || !v.getClass().getSimpleName().equals("rtype")) {
            return null;
        }
        String pkg = v.getClass().getPackageName();
        if (!pkg.equals("go.reflect") && !pkg.equals("go.internal.reflectlite")) {
            return null;
        }
        try {
            Object t = v.getClass().getField("t").get(v);
            return t instanceof Type ? (Type) t : null;
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    // ---- Composite values ----

    public static long valueLen(Object t, Object v) {
        switch (t(t).kind()) {
            case Kind.STRING:
                return ((GoString) v).length;
            case Kind.SLICE:
                return Slices.len(v);
            case Kind.ARRAY:
                return t(t).len();
            case Kind.MAP:
                return GoMap.len((GoMap) v);
            case Kind.CHAN:
                return Chan.len((Chan) v);
            default:
                throw new IllegalStateException("gojc: len of " + t);
        }
    }

    public static long valueCap(Object t, Object v) {
        switch (t(t).kind()) {
            case Kind.SLICE:
                return Slices.cap(v);
            case Kind.ARRAY:
                return t(t).len();
            case Kind.CHAN:
                return Chan.cap((Chan) v);
            default:
                throw new IllegalStateException("gojc: cap of " + t);
        }
    }

    private static boolean valueObject(Type t) {
        int k = t.kind();
        return k == Kind.STRUCT || k == Kind.ARRAY;
    }

    /** The location of element i of a slice (t its type), or of an array at a location. */
    public static Object indexLoc(Object t, Object v, long i) {
        Type x = t(t);
        boolean vo = valueObject(x.elem());
        if (x.kind() == Kind.SLICE) {
            int n = Slices.len(v);
            if (i < 0 || i >= n) {
                throw Bounds.index(i, n);
            }
            return Slices.elemLoc(Slices.array(v), Slices.off(v) + (int) i, vo);
        }
        int n = Array.getLength(v);
        if (i < 0 || i >= n) {
            throw Bounds.index(i, n);
        }
        return Slices.elemLoc(v, (int) i, vo);
    }

    /** Element i of an array value or byte i of a string. */
    public static Object indexValue(Object t, Object v, long i) {
        Type x = t(t);
        if (x.kind() == Kind.STRING) {
            return GoString.index((GoString) v, i) & 0xFF;
        }
        int n = Array.getLength(v);
        if (i < 0 || i >= n) {
            throw Bounds.index(i, n);
        }
        return ValueForms.norm(x.elem().kind(), Array.get(v, (int) i));
    }

    private static final ConcurrentHashMap<Class<?>, Field[]> FIELDS = new ConcurrentHashMap<>();

    private static Field javaField(Type t, Object obj, int i) {
        Field[] fs = FIELDS.computeIfAbsent(obj.getClass(), c -> new Field[t.fields().length]);
        Field f = fs[i];
        if (f == null) {
            String name = t.fields()[i].name;
            try {
                f = obj.getClass().getField(name.equals("_") ? "_$" + i : name);
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException("gojc: no field " + name + " in " + obj.getClass().getName(), e);
            }
            fs[i] = f;
        }
        return f;
    }

    /** Field i of the struct object v, as a value. */
    public static Object fieldValue(Object t, Object v, long i) {
        if (v instanceof DynStruct) {
            return ((DynStruct) v).get((int) i);
        }
        Type x = t(t);
        // A blank field is never written (literals and assignments skip it), so its Java field
        // holds the zero value the struct's constructor put there, as gc reads it.
        Type ft = x.fields()[(int) i].type;
        try {
            return ValueForms.norm(ft.kind(), javaField(x, v, (int) i).get(v));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The location of field i of the struct object v. */
    public static Object fieldLoc(Object t, Object v, long i) {
        if (v instanceof DynStruct) {
            return ((DynStruct) v).loc((int) i);
        }
        Type x = t(t);
        if (x.fields()[(int) i].name.equals("_")) {
            return ValueForms.newVar(x.fields()[(int) i].type); // read-only through reflect: a zero copy
        }
        Type ft = x.fields()[(int) i].type;
        if (valueObject(ft)) {
            return fieldValue(t, v, i);
        }
        return gojc.rt.FieldPtr.of(v, javaField(x, v, (int) i).getName());
    }

    /** v[lo:hi:max] (max &lt; 0: two indices) of a slice, a string, or an array object. */
    public static Object sliceValue(Object t, Object v, long lo, long hi, long max) {
        switch (t(t).kind()) {
            case Kind.STRING:
                return GoString.slice((GoString) v, lo, hi);
            case Kind.SLICE:
                return Slices.slice(v, lo, hi, max);
            default:
                return Slices.sliceArray(v, lo, hi, max);
        }
    }

    /** make([]E, n, c) for the slice type t. */
    public static Object makeSlice(Object t, long n, long c) {
        Type e = t(t).elem();
        Object a = Slices.newArray(ValueForms.slot(e), (int) c);
        gojc.rt.ZeroFactory z = ValueForms.zeroFactory(e);
        if (z != null) {
            Object[] os = (Object[]) a;
            for (int i = 0; i < os.length; i++) {
                os[i] = z.zero();
            }
        }
        return Slices.make(a, 0, (int) n, (int) c);
    }

    /** The slice header s with length n (and capacity c when c >= 0), for SetLen/SetCap. */
    public static Object resize(Object s, long n, long c) {
        if (s == null) {
            return null;
        }
        return Slices.make(Slices.array(s), Slices.off(s), (int) n, c < 0 ? Slices.cap(s) : (int) c);
    }

    /** copy(dst, src) of two slices (or arrays) of element type e; returns the count. */
    public static long copySlice(Object e, Object dst, Object src) {
        if (dst == null || src == null) {
            return 0; // a nil slice has no elements
        }
        Object da = dst instanceof GoString ? null : (dst.getClass().isArray() ? dst : Slices.array(dst));
        int doff = dst.getClass().isArray() ? 0 : Slices.off(dst);
        int dn = dst.getClass().isArray() ? Array.getLength(dst) : Slices.len(dst);
        if (src instanceof GoString) {
            GoString s = (GoString) src;
            int n = Math.min(dn, s.length);
            System.arraycopy(s.bytes, s.offset, da, doff, n);
            return n;
        }
        Object sa = src.getClass().isArray() ? src : Slices.array(src);
        int soff = src.getClass().isArray() ? 0 : Slices.off(src);
        int sn = src.getClass().isArray() ? Array.getLength(src) : Slices.len(src);
        int n = Math.min(dn, sn);
        Type et = t(e);
        if (valueObject(et)) {
            Object[] tmp = new Object[n];
            for (int i = 0; i < n; i++) {
                tmp[i] = ValueForms.copy(et, ((Object[]) sa)[soff + i]);
            }
            for (int i = 0; i < n; i++) {
                ValueForms.store(et, ((Object[]) da)[doff + i], tmp[i]);
            }
        } else {
            System.arraycopy(sa, soff, da, doff, n);
        }
        return n;
    }

    /** A slice of type t with room for n more elements past s's length (append's growth). */
    public static Object growSlice(Object t, Object s, long n) {
        int l = Slices.len(s);
        int c = Slices.cap(s);
        if (s != null && l + n <= c) {
            return Slices.make(Slices.array(s), Slices.off(s), (int) (l + n), c);
        }
        Type e = t(t).elem();
        int nc = gojc.rt.SliceGrowth.newCap(c, l + n, (int) e.size());
        Object r = makeSlice(t, l + n, nc);
        if (l > 0) {
            System.arraycopy(Slices.array(s), Slices.off(s), Slices.array(r), 0, l);
            if (valueObject(e)) {
                Object[] ra = (Object[]) Slices.array(r);
                for (int i = 0; i < l; i++) {
                    ra[i] = ValueForms.copy(e, ra[i]);
                }
            }
        }
        return r;
    }

    // ---- Maps ----

    public static Object makeMap(Object t, long n) {
        return GoMap.make(TypeRules.keyKind(t(t).key()), n);
    }

    public static Object mapLookup(Object m, Object k) {
        Object v = GoMap.lookup((GoMap) m, k);
        return v == GoMap.ABSENT ? null : v;
    }

    public static boolean mapHas(Object m, Object k) {
        return GoMap.lookup((GoMap) m, k) != GoMap.ABSENT;
    }

    public static void mapPut(Object m, Object k, Object v) {
        GoMap.put((GoMap) m, k, v);
    }

    public static void mapDelete(Object m, Object k) {
        GoMap.delete((GoMap) m, k);
    }

    public static Object mapIter(Object m) {
        return GoMap.iter((GoMap) m);
    }

    public static boolean mapIterNext(Object it) {
        return ((MapIter) it).next();
    }

    /** The current key, in value form for the key type t. */
    public static Object mapIterKey(Object t, Object it) {
        return ValueForms.norm(t(t).kind(), ((MapIter) it).key());
    }

    public static Object mapIterValue(Object t, Object it) {
        return ValueForms.norm(t(t).kind(), ((MapIter) it).value());
    }

    // ---- Channels ----

    public static Object makeChan(Object t, long n) {
        Type e = t(t).elem();
        gojc.rt.ZeroFactory z = ValueForms.zeroFactory(e);
        return Chan.make(n, valueObject(e) ? z : ValueForms.zero(e));
    }

    /**
     * c &lt;- v (nb: only when it can proceed at once); true when sent. A blocking send parks
     * the thread: the native's frame cannot unwind.
     */
    public static boolean chanSend(Object c, Object v, boolean nb) {
        if (nb) {
            return selectCases(SliceL.wrap(new Object[] {c}), SliceL.wrap(new Object[] {v}), 1, false) == 0;
        }
        gojc.rt.sched.G g = gojc.rt.sched.Sched.getg();
        g.noUnwind++;
        try {
            Chan.send(g, (Chan) c, v);
        } finally {
            g.noUnwind--;
        }
        return true;
    }

    /**
     * A receive from c of element type t into the location loc: 0 when nb and nothing was
     * ready, 1 for the zero value of a closed channel, 2 for a value sent.
     */
    public static long chanRecv(Object t, Object c, boolean nb, Object loc) {
        gojc.rt.sched.G g = gojc.rt.sched.Sched.getg();
        if (nb) {
            if (selectCases(SliceL.wrap(new Object[] {c}), null, 0, false) < 0) {
                return 0;
            }
            return selectRecv(t, loc) ? 2 : 1;
        }
        Object v;
        g.noUnwind++;
        try {
            v = Chan.recv2(g, (Chan) c);
        } finally {
            g.noUnwind--;
        }
        ValueForms.store(t(t), loc, ValueForms.norm(t(t).kind(), v));
        return g.recvOk ? 2 : 1;
    }

    public static void chanClose(Object c) {
        Chan.close((Chan) c);
    }

    /**
     * A select over chans (send cases first, values in sends; a nil channel's case is never
     * chosen): the chosen index, -1 for default when block is false.
     */
    public static long selectCases(SliceL chans, SliceL sends, long nsends, boolean block) {
        int n = SliceL.len(chans);
        Chan[] cs = new Chan[n];
        Object[] vs = new Object[n];
        for (int i = 0; i < n; i++) {
            cs[i] = (Chan) chans.array[chans.off + i];
            if (i < nsends) {
                vs[i] = sends.array[sends.off + i];
            }
        }
        gojc.rt.sched.G g = gojc.rt.sched.Sched.getg();
        g.noUnwind++;
        try {
            return gojc.rt.sched.Select.select(g, cs, vs, (int) nsends, block);
        } finally {
            g.noUnwind--;
        }
    }

    /** Stores the value the last select receive case took into loc (type t); returns its ok. */
    public static boolean selectRecv(Object t, Object loc) {
        gojc.rt.sched.G g = gojc.rt.sched.Sched.getg();
        boolean ok = gojc.rt.sched.Lang.recvOk(g);
        ValueForms.store(t(t), loc, ValueForms.norm(t(t).kind(), gojc.rt.sched.Lang.recvValue(g)));
        return ok;
    }

    // ---- Calls ----

    public static SliceL callFunc(Object ft, Object fn, SliceL args) {
        if (fn == null) {
            throw gojc.rt.Panics.nilDereference();
        }
        return Calls.callFunc(t(ft), fn, args);
    }

    /**
     * A func value of type ft whose calls go to impl, a Go func([]unsafe.Pointer)
     * []unsafe.Pointer passed as an interface value (see {@link MadeFunc}).
     */
    public static Object makeFunc(Object ft, Object impl, boolean usesRecover) {
        return MadeFunc.make(t(ft), ValueForms.unpack(impl), usesRecover);
    }

    public static boolean funcUsesRecover(Object fn) {
        return gojc.rt.Func.usesRecover((gojc.rt.Func) ValueForms.unpack(fn));
    }

    public static boolean methodUsesRecover(Object recv, Object t, long i) {
        return Calls.methodUsesRecover(recv, t(t), (int) i);
    }

    public static SliceL callMethod(Object recv, Object t, long i, SliceL args) {
        return Calls.callMethod(recv, t(t), (int) i, args);
    }

    /** reflect.StructOf's type (the Go side checked the fields); its values are DynStructs. */
    public static Object typeStructOf(SliceL names, SliceL pkgPaths, SliceL tags, SliceL types, gojc.rt.SliceZ embedded) {
        int n = SliceL.len(names);
        String[] ns = new String[n], ps = new String[n], ts = new String[n];
        boolean[] es = new boolean[n];
        for (int i = 0; i < n; i++) {
            ns[i] = latin1(names.array[names.off + i]);
            ps[i] = latin1(pkgPaths.array[pkgPaths.off + i]);
            ts[i] = latin1(tags.array[tags.off + i]);
            es[i] = embedded.array[embedded.off + i];
        }
        Type st = Type.structOf(ns, ps, ts, types(types), es);
        ValueForms.noteDynamic(st);
        return st;
    }

    /** A Go string as descriptors hold names: one char per byte. */
    private static String latin1(Object s) {
        GoString g = (GoString) s;
        return new String(g.bytes, g.offset, g.length, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    public static Object typeFuncOf(SliceL in, SliceL out, boolean variadic) {
        return Type.funcOf(types(in), types(out), variadic);
    }

    private static Type[] types(SliceL s) {
        Type[] r = new Type[SliceL.len(s)];
        for (int i = 0; i < r.length; i++) {
            r[i] = (Type) s.array[s.off + i];
        }
        return r;
    }

    // ---- Identity, DeepEqual's visited set, Swapper ----

    /** Whether two pointer-like value forms are the same pointer. */
    public static boolean sameObj(Object a, Object b) {
        if (a instanceof Ptr && b instanceof Ptr) {
            return Ptr.same((Ptr) a, (Ptr) b);
        }
        return a == b;
    }

    public static Object visitNew() {
        return new java.util.HashSet<Visit>();
    }

    /** Adds (a, b, t) to DeepEqual's visited set; true when it was there already. */
    @SuppressWarnings("unchecked")
    public static boolean visitAdd(Object set, Object a, Object b, Object t) {
        return !((java.util.HashSet<Visit>) set).add(new Visit(a, b, t));
    }

    private static final class Visit {
        final Object a, b, t;

        Visit(Object a, Object b, Object t) {
            this.a = a;
            this.b = b;
            this.t = t;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Visit)) {
                return false;
            }
            Visit v = (Visit) o;
            return sameObj(a, v.a) && sameObj(b, v.b) && t == v.t;
        }

        @Override
        public int hashCode() {
            return (a instanceof Ptr ? 0 : System.identityHashCode(a)) * 31
                    + (b instanceof Ptr ? 0 : System.identityHashCode(b)) + System.identityHashCode(t);
        }
    }

    /** Swaps elements i and j of slice s (elem their type); struct and array elements by value. */
    public static void swapElems(Object elem, Object s, long i, long j) {
        Object a = Slices.array(s);
        int off = Slices.off(s);
        int x = off + (int) i;
        int y = off + (int) j;
        Type et = t(elem);
        if (valueObject(et)) {
            Object[] os = (Object[]) a;
            Object tmp = ValueForms.copy(et, os[x]);
            ValueForms.store(et, os[x], os[y]);
            ValueForms.store(et, os[y], tmp);
            return;
        }
        Object tmp = Array.get(a, x);
        Array.set(a, x, Array.get(a, y));
        Array.set(a, y, tmp);
    }

    public static gojc.rt.SliceI asRunes(Object v) {
        return (gojc.rt.SliceI) v;
    }

    public static Object fromRunes(gojc.rt.SliceI r) {
        return r;
    }

    public static Object toIface(Object p) {
        return p;
    }

    public static Object fromIface(Object i) {
        return i;
    }
}
