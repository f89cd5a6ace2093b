package gojc.types;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Field and method lookup through embedding, method sets and interface satisfaction. */
final class Lookup {
    private final Checker c;

    Lookup(Checker c) {
        this.c = c;
    }

    /** The result of a lookup; obj null means not found, ambiguous if found more than once at a depth. */
    record Result(Obj obj, List<Integer> index, boolean indirect, boolean ambiguous) {}

    private record Embedded(Type typ, List<Integer> index, boolean indirect, boolean multiples) {}

    /** Looks up name in T's fields and methods (Go's breadth-first search by depth). */
    static Result lookupFieldOrMethod(Type t, boolean addressable, Package pkg, String name) {
        if (name.equals("_")) return new Result(null, List.of(), false, false);
        boolean isPtr = false;
        Type typ = t;
        if (t instanceof Pointer p && !(t instanceof Named)) {
            if (!(p.elem() instanceof TypeParam) && Types.under(p.elem()) instanceof Interface) {
                return new Result(null, List.of(), false, false); // pointers to interfaces have no methods
            }
            typ = p.elem();
            isPtr = true;
        } else if (t instanceof Named n && n.underlying() instanceof Pointer p) {
            // through a named pointer type only fields are found, not methods
            Result r = lookupFieldOrMethod(p, addressable, pkg, name);
            return r.obj instanceof Func ? new Result(null, List.of(), false, false) : r;
        }
        Result r = lookup(typ, isPtr, pkg, name);
        return r;
    }

    private static Result lookup(Type t, boolean indirect, Package pkg, String name) {
        List<Embedded> current = List.of(new Embedded(t, List.of(), indirect, false));
        Map<Named, Boolean> seen = new IdentityHashMap<>();
        while (!current.isEmpty()) {
            List<Embedded> next = new ArrayList<>();
            Obj found = null;
            List<Integer> foundIndex = null;
            boolean foundIndirect = false;
            int count = 0;
            for (Embedded e : current) {
                Type typ = e.typ;
                if (typ instanceof Named n) {
                    if (seen.containsKey(n.origin()) && n.typeArgs.isEmpty()) continue;
                    seen.put(n.origin(), true);
                    List<Func> ms = n.methods();
                    boolean hit = false;
                    for (int i = 0; i < ms.size(); i++) {
                        Func m = ms.get(i);
                        if (m.sameId(pkg, name)) {
                            count += e.multiples ? 2 : 1;
                            found = m;
                            foundIndex = append(e.index, i);
                            foundIndirect = e.indirect;
                            hit = true;
                            break;
                        }
                    }
                    if (hit) continue; // a method hides fields of the same name in that type
                    typ = n.underlying();
                }
                if (typ instanceof TypeParam tp) typ = tp.iface();
                if (typ instanceof Struct s) {
                    for (int i = 0; i < s.fields().size(); i++) {
                        Var f = s.fields().get(i);
                        if (f.sameId(pkg, name)) {
                            count += e.multiples ? 2 : 1;
                            found = f;
                            foundIndex = append(e.index, i);
                            foundIndirect = e.indirect;
                            continue;
                        }
                        if (found == null && f.embedded) {
                            Type ft = f.type;
                            boolean ind = e.indirect;
                            if (ft instanceof Pointer p) {
                                ft = p.elem();
                                ind = true;
                            }
                            next.add(new Embedded(ft, append(e.index, i), ind, e.multiples));
                        }
                    }
                } else if (typ instanceof Interface iface) {
                    List<Func> ms = iface.allMethods();
                    for (int i = 0; i < ms.size(); i++) {
                        if (ms.get(i).sameId(pkg, name)) {
                            count += e.multiples ? 2 : 1;
                            found = ms.get(i);
                            foundIndex = append(e.index, i);
                            foundIndirect = e.indirect;
                        }
                    }
                }
            }
            if (count > 1) return new Result(null, foundIndex, false, true);
            if (found != null) return new Result(found, foundIndex, foundIndirect, false);
            current = consolidate(next);
        }
        return new Result(null, List.of(), false, false);
    }

    private static List<Embedded> consolidate(List<Embedded> list) {
        List<Embedded> r = new ArrayList<>();
        outer:
        for (Embedded e : list) {
            for (int i = 0; i < r.size(); i++) {
                if (Types.identical(r.get(i).typ, e.typ)) {
                    Embedded o = r.get(i);
                    r.set(i, new Embedded(o.typ, o.index, o.indirect, true));
                    continue outer;
                }
            }
            r.add(e);
        }
        return r;
    }

    private static List<Integer> append(List<Integer> l, int i) {
        List<Integer> r = new ArrayList<>(l);
        r.add(i);
        return r;
    }

    /** Whether method m has a pointer receiver. */
    static boolean ptrRecv(Func m) {
        Signature s = (Signature) m.type;
        return s != null && s.recv() != null && s.recv().type instanceof Pointer;
    }

    /**
     * The first method of iface that type v lacks (or has with the wrong type), or null. With
     * {@code statik} false, interface-typed v needs only the methods it has.
     */
    Func missingMethod(Type v, Interface iface, boolean statik) {
        String[] cause = new String[1];
        return missing(v, iface, cause);
    }

    private Func missing(Type v, Interface iface, String[] cause) {
        List<Func> want = iface.allMethods();
        if (want.isEmpty()) return null;
        Func m0 = missing0(v, iface, cause);
        if (m0 != null && cause[0] != null && cause[0].startsWith("(missing ") && !cause[0].contains("\n")
                && Types.under(v) instanceof Pointer p && Types.under(p.elem()) instanceof Interface) {
            cause[0] = "(type " + c.str(v) + " is pointer to " + (p.elem() instanceof TypeParam ? "type parameter, not type parameter)" : "interface, not interface)");
        }
        return m0;
    }

    private Func missing0(Type v, Interface iface, String[] cause) {
        List<Func> want = iface.allMethods();
        if (Types.under(v) instanceof Interface vi && !(v instanceof TypeParam)) {
            for (Func m : want) {
                Func have = null;
                for (Func h : vi.allMethods()) if (h.sameId(m.pkg, m.name)) have = h;
                if (have == null) {
                    cause[0] = "(missing " + m.name + " method)";
                    return m;
                }
                if (!Types.identical(stripRecv(have), stripRecv(m))) {
                    cause[0] = wrongType(have, m);
                    return m;
                }
            }
            return null;
        }
        for (Func m : want) {
            Result r = lookupFieldOrMethod(v, false, m.pkg, m.name);
            if (!(r.obj instanceof Func f)) {
                Result alt = lookupFieldOrMethod(v, false, m.pkg, otherCase(m.name));
                if (alt.obj instanceof Func af && !af.name.equals(m.name)) {
                    cause[0] = "(missing " + m.name + " method)\n\t\thave " + af.name + sigStr(af) + "\n\t\twant " + m.name + sigStr(m);
                } else {
                    cause[0] = "(missing " + m.name + " method)";
                }
                return m;
            }
            if (!Types.identical(stripRecv(f), stripRecv(m))) {
                cause[0] = wrongType(f, m);
                return m;
            }
            // a pointer-receiver method is not in the method set of a non-pointer value
            boolean vIsPtr = Types.under(v) instanceof Pointer && !(v instanceof Named);
            if (!vIsPtr && ptrRecv(f) && !r.indirect && !(Types.under(v) instanceof Interface)) {
                cause[0] = "(" + m.name + " method has pointer receiver)";
                return m;
            }
        }
        return null;
    }

    private static String otherCase(String n) {
        if (n.isEmpty()) return n;
        char ch = n.charAt(0);
        char o = Character.isUpperCase(ch) ? Character.toLowerCase(ch) : Character.toUpperCase(ch);
        return o + n.substring(1);
    }

    private String wrongType(Func have, Func want) {
        return "(wrong type for " + want.name + " method)\n\t\thave " + have.name + sigStr(have) + "\n\t\twant " + want.name + sigStr(want);
    }

    private String sigStr(Func f) {
        TypeWriter w = new TypeWriter(c.pkg);
        w.signature((Signature) f.type);
        return w.toString();
    }

    private static Signature stripRecv(Func f) {
        Signature s = (Signature) f.type;
        return new Signature(null, s.typeParams(), List.of(), s.params(), s.results(), s.variadic());
    }

    /** Why v does not implement t (an interface), or null if it does. */
    String implementsCause(Type v, Type t, Interface ti) {
        if (Types.isInvalid(v)) return null;
        Interface.TypeSet ts = ti.typeSet();
        String[] cause = new String[1];
        Func m = missing(v, ti, cause);
        if (m != null) {
            String name = v instanceof Pointer p && Types.under(p.elem()) instanceof Interface ? "" : "";
            return c.str(v) + " does not implement " + c.str(t) + " " + cause[0] + name;
        }
        if (ts.comparable && !Types.comparable(v)) {
            return c.str(v) + " does not implement comparable";
        }
        if (ts.terms != null) {
            boolean ok = false;
            for (Union.Term term : ts.terms) {
                if (term.tilde() ? Types.identical(Types.under(v), Types.under(term.type())) : Types.identical(v, term.type())) {
                    ok = true;
                    break;
                }
            }
            if (v instanceof TypeParam tp) {
                List<Union.Term> vt = tp.iface().typeSet().terms;
                ok = vt != null && !vt.isEmpty();
                if (ok) {
                    for (Union.Term x : vt) {
                        boolean inSet = false;
                        for (Union.Term term : ts.terms) {
                            if (term.tilde() ? Types.identical(Types.under(x.type()), Types.under(term.type()))
                                    : !x.tilde() && Types.identical(x.type(), term.type())) inSet = true;
                        }
                        ok &= inSet;
                    }
                }
            }
            if (!ok) {
                return c.str(v) + " does not implement " + c.str(t) + " (" + c.str(v) + " missing in "
                        + termsString(ts.terms) + ")";
            }
        }
        return null;
    }

    private String termsString(List<Union.Term> terms) {
        return new TypeWriter(c.pkg).type(new Union(terms)).toString();
    }

    /** For x.(T) with x of interface type xi: why T can never implement it, or null. */
    String assertableTo(Interface xi, Type t) {
        if (Types.under(t) instanceof Interface) return null;
        String[] cause = new String[1];
        Func m = missing(t, xi, cause);
        return m == null ? null : cause[0];
    }
}
