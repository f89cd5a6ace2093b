package gojc.rt.reflect;

import gojc.rt.Kind;
import gojc.rt.Type;

import java.util.Map;
import java.util.TreeMap;

/**
 * Fake addresses of type descriptors that sort as gc's do: gc's linker lays type descriptors
 * out by symbol size, then by symbol name ("type." + the type's string), and
 * internal/fmtsort orders interface-keyed map entries of different dynamic types by those
 * addresses. Addresses are handed out lazily inside a fixed range, each new one between its
 * neighbours in that order.
 */
final class TypeAddrs {
    private TypeAddrs() {}

    private static final long BASE = 0x4a0000L, SPAN = 1L << 40;

    private static final TreeMap<String, Long> ADDRS = new TreeMap<>();

    static synchronized long of(Type t) {
        String key = key(t);
        Long a = ADDRS.get(key);
        if (a != null) {
            return a;
        }
        Map.Entry<String, Long> lo = ADDRS.lowerEntry(key);
        Map.Entry<String, Long> hi = ADDRS.higherEntry(key);
        long l = lo == null ? BASE : lo.getValue();
        long h = hi == null ? BASE + SPAN : hi.getValue();
        long addr = (l + (h - l) / 2) & ~7L;
        if (addr <= l) {
            addr = l + 1; // the range is exhausted here: unique, though perhaps out of order
        }
        ADDRS.put(key, addr);
        return addr;
    }

    /** Sorts by the descriptor's size in gc's layout (fixed width), then by its name. */
    private static String key(Type t) {
        return String.format("%08d", descriptorSize(t)) + " " + linkName(t);
    }

    private static String linkName(Type t) {
        if (t.isNamed()) {
            return t.pkgPath.isEmpty() ? t.name : t.pkgPath + "." + t.name;
        }
        return t.toString();
    }

    /** The size of gc's type descriptor symbol for t (amd64, Go 1.19's layouts). */
    static long descriptorSize(Type t) {
        long size;
        switch (t.kind()) {
            case Kind.POINTER: case Kind.SLICE:
                size = 56;
                break;
            case Kind.CHAN:
                size = 64;
                break;
            case Kind.ARRAY:
                size = 72;
                break;
            case Kind.MAP:
                size = 88;
                break;
            case Kind.FUNC:
                size = 56 + 8L * (t.params().length + t.results().length);
                break;
            case Kind.STRUCT:
                size = 80 + 24L * t.fields().length;
                break;
            case Kind.INTERFACE:
                size = 80 + 8L * t.methods().length;
                break;
            default:
                size = 48;
        }
        int k = t.kind();
        boolean predeclared = !t.isNamed() && (k <= Kind.COMPLEX128 || k == Kind.STRING || k == Kind.UNSAFE_POINTER);
        int methods = k == Kind.INTERFACE ? 0 : t.methods().length;
        if (t.isNamed() || predeclared || methods > 0) {
            size += 16 + 16L * methods; // uncommonType and its methods
        }
        return size;
    }
}
