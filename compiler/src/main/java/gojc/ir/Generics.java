package gojc.ir;

import gojc.syntax.Expr;
import gojc.syntax.Pos;
import gojc.types.Func;
import gojc.types.Info;
import gojc.types.Instance;
import gojc.types.Named;
import gojc.types.Pointer;
import gojc.types.Signature;
import gojc.types.Type;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Monomorphization (see docs/architecture.md, Generics): every distinct type-argument list of a
 * generic function or of a generic type's method becomes its own JVM method, in its own class
 * named after the generic and the type arguments ({@code main$go$Max$$int}), generated on demand
 * by the package that uses it. Two packages generating the same instance emit the same class.
 */
public final class Generics {
    private Generics() {}

    /** An instance to generate: the generic function or method, its type arguments, its method. */
    public record Request(Func generic, List<Type> typeArgs, FuncRef ref) {}

    private static final ThreadLocal<Map<String, Request>> SEEN = ThreadLocal.withInitial(LinkedHashMap::new);
    private static final ThreadLocal<ArrayDeque<Request>> PENDING = ThreadLocal.withInitial(ArrayDeque::new);

    private static final ThreadLocal<gojc.types.Package> PACKAGE = new ThreadLocal<>();
    private static final ThreadLocal<Function<gojc.types.Package, Info>> OTHERS = new ThreadLocal<>();

    /** Forgets the instances met so far: called when package p's compilation starts. */
    public static void reset(gojc.types.Package p) {
        reset(p, other -> null);
    }

    /**
     * As {@link #reset(gojc.types.Package)}; others gives the checker's facts of another
     * package of the build declaring generics (null if they were not kept), from which its
     * generics are instantiated here.
     */
    public static void reset(gojc.types.Package p, Function<gojc.types.Package, Info> others) {
        PACKAGE.set(p);
        OTHERS.set(others);
        SEEN.get().clear();
        PENDING.get().clear();
    }

    /** The facts the body of a generic of package p was checked with, or null. */
    public static Info factsOf(gojc.types.Package p, Info own) {
        return p == PACKAGE.get() ? own : OTHERS.get().apply(p);
    }

    /** The next instance requested and not generated yet, or null. */
    public static Request next() {
        return PENDING.get().poll();
    }

    /** A generic declaration: compiled only through its instances. */
    public static boolean isGeneric(Func f) {
        Signature sig = f.signature();
        if (!sig.typeParams().isEmpty()) return true;
        Named n = recvNamed(f);
        return n != null && (n.isGeneric() || !n.typeArgs.isEmpty());
    }

    private static Named recvNamed(Func f) {
        if (f.signature().recv() == null) return null;
        Type t = f.signature().recv().type();
        if (t instanceof Pointer p) t = p.elem();
        return t instanceof Named n ? n : null;
    }

    /**
     * The JVM method of function or method {@code f} used at {@code id}: for a generic function
     * its instance with the type arguments the checker recorded at id, for a method of an
     * instantiated type the instance for the receiver's type arguments (requesting it).
     */
    static FuncRef ref(Lower l, Func f, Expr.Ident id, Pos pos) {
        if (!isGeneric(f.origin()) && !isGeneric(f)) return Lower.ref(f, f.name);
        Func generic = f.origin();
        List<Type> targs;
        Signature sig;
        if (!generic.signature().typeParams().isEmpty()) {
            Instance in = id == null ? null : l.info.instances.get(id);
            if (in == null) throw new NotSupported("generic function " + f.name + " without instantiation", pos);
            targs = in.typeArgs();
            sig = (Signature) in.type();
            sig = new Signature(null, List.of(), List.of(), sig.params(), sig.results(), sig.variadic());
        } else {
            Named n = recvNamed(f);
            if (n == null || n.typeArgs.isEmpty()) throw new NotSupported("method " + f.name + " of a generic type", pos);
            targs = n.typeArgs;
            sig = f.signature();
        }
        return instance(generic, targs, sig, pos);
    }

    /**
     * The JVM method of method f, declared or promoted, as bridges and method values call it:
     * for a method of an instantiated generic type its instance (requested).
     */
    public static FuncRef methodRef(Func f, Pos pos) {
        if (!isGeneric(f.origin()) && !isGeneric(f)) return Lower.ref(f, f.name);
        Named n = recvNamed(f);
        if (n == null || n.typeArgs.isEmpty()) throw new NotSupported("method " + f.name + " of a generic type", pos);
        return instance(f.origin(), n.typeArgs, f.signature(), pos);
    }

    /** Whether instances were requested and not generated yet. */
    public static boolean hasPending() {
        return !PENDING.get().isEmpty();
    }

    private static FuncRef instance(Func generic, List<Type> targs, Signature sig, Pos pos) {
        String name = generic.name;
        for (Type t : targs) {
            if (gojc.types.Instantiation.hasTypeParams(t)) throw new NotSupported("instance of " + name + " with type parameters", pos);
        }
        if (generic.pkg != PACKAGE.get() && (generic.decl() == null || OTHERS.get().apply(generic.pkg) == null)) {
            // its body and facts are kept only for packages checked from source in this build
            throw new NotSupported("instance of generic " + name + " from another package without its body", pos);
        }
        Func shaped = new Func(generic.pos, generic.pkg, generic.name, sig);
        FuncRef plain = Lower.ref(shaped, generic.name);
        String owner = plain.owner() + "$" + plain.name() + "$$" + typeArgsName(targs);
        FuncRef ref = new FuncRef(owner, plain.name(), plain.params(), plain.result());
        Map<String, Request> seen = SEEN.get();
        if (!seen.containsKey(owner)) {
            Request r = new Request(generic, targs, ref);
            seen.put(owner, r);
            PENDING.get().add(r);
        }
        return ref;
    }

    /** A JVM-safe name of a type-argument list; long ones are hashed. */
    static String typeArgsName(List<Type> targs) {
        StringBuilder s = new StringBuilder();
        for (Type t : targs) {
            if (s.length() > 0) s.append(',');
            s.append(t);
        }
        StringBuilder m = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_') {
                m.append(c);
            } else if (c < 0x100) {
                m.append('$').append(String.format("%02x", (int) c));
            } else {
                m.append("$u").append(String.format("%04x", (int) c));
            }
        }
        if (m.length() <= 80) return m.toString();
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.toString().getBytes(StandardCharsets.UTF_8));
            StringBuilder h = new StringBuilder("H");
            for (int i = 0; i < 10; i++) h.append(String.format("%02x", d[i]));
            return h.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
