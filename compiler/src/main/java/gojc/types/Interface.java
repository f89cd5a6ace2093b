package gojc.types;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An interface: its explicitly declared methods and embedded elements (interfaces, unions, ~T,
 * plain types). The type set (all methods, term list, comparable) is computed on first use,
 * after the checker has filled in the embedded types.
 */
public final class Interface implements Type {
    public final List<Func> methods;
    public final List<Type> embeddeds;
    /** True for the {@code interface{int}} that a bare {@code [T int]} constraint abbreviates. */
    public boolean implicit;

    private TypeSet typeSet;
    private boolean isComparable;

    void markComparable() {
        isComparable = true;
    }

    /** Whether this is (the interface of) predeclared {@code comparable} itself. */
    boolean declaredComparable() {
        return isComparable;
    }

    public Interface(List<Func> methods, List<Type> embeddeds) {
        this.methods = methods;
        this.embeddeds = embeddeds;
    }

    /** The method set, term list and comparability of an interface. */
    public static final class TypeSet {
        public final List<Func> methods;
        /** null means "all types"; otherwise the union of the terms (possibly empty). */
        public final List<Union.Term> terms;
        public final boolean comparable;

        TypeSet(List<Func> methods, List<Union.Term> terms, boolean comparable) {
            this.methods = methods;
            this.terms = terms;
            this.comparable = comparable;
        }

        public boolean isAll() {
            return terms == null && !comparable;
        }

        public boolean isMethodSetOnly() {
            return terms == null && !comparable;
        }
    }

    public TypeSet typeSet() {
        if (typeSet == null) {
            typeSet = new TypeSet(List.of(), null, false); // guards cycles through invalid embedding
            typeSet = compute();
        }
        return typeSet;
    }

    private TypeSet compute() {
        List<Func> all = new ArrayList<>(methods);
        List<Union.Term> terms = null;
        boolean comparable = isComparable;
        for (Type e : embeddeds) {
            List<Union.Term> et;
            Type u = e.underlying();
            if (u instanceof Interface ei) {
                TypeSet s = ei.typeSet();
                for (Func m : s.methods) {
                    if (all.stream().noneMatch(x -> x.name.equals(m.name))) {
                        all.add(m);
                    }
                }
                comparable |= s.comparable;
                et = s.terms;
            } else if (e instanceof Union un) {
                et = new ArrayList<>();
                for (Union.Term t : un.terms()) {
                    if (t.type().underlying() instanceof Interface ti) {
                        TypeSet s = ti.typeSet();
                        if (s.terms == null) {
                            et = null;
                            break;
                        }
                        et.addAll(s.terms);
                    } else {
                        et.add(t);
                    }
                }
            } else if (e == Universe.INVALID) {
                continue;
            } else {
                et = List.of(new Union.Term(false, e));
            }
            terms = intersect(terms, et);
        }
        all.sort(Comparator.comparing(f -> f.name));
        return new TypeSet(List.copyOf(all), terms, comparable);
    }

    private static List<Union.Term> intersect(List<Union.Term> a, List<Union.Term> b) {
        if (a == null) return b;
        if (b == null) return a;
        List<Union.Term> r = new ArrayList<>();
        for (Union.Term x : a) {
            for (Union.Term y : b) {
                Union.Term t = intersectTerm(x, y);
                if (t != null) r.add(t);
            }
        }
        return r;
    }

    private static Union.Term intersectTerm(Union.Term x, Union.Term y) {
        if (x.tilde() && y.tilde()) {
            return Types.identical(x.type().underlying(), y.type().underlying()) ? x : null;
        }
        if (x.tilde()) {
            return Types.identical(x.type().underlying(), y.type().underlying()) ? y : null;
        }
        if (y.tilde()) {
            return Types.identical(x.type().underlying(), y.type().underlying()) ? x : null;
        }
        return Types.identical(x.type(), y.type()) ? x : null;
    }

    public List<Func> allMethods() {
        return typeSet().methods;
    }

    public boolean isEmpty() {
        TypeSet s = typeSet();
        return s.methods.isEmpty() && s.terms == null && !s.comparable;
    }

    /** A basic interface: only methods, usable as an ordinary type. */
    public boolean isBasic() {
        TypeSet s = typeSet();
        return s.terms == null && !s.comparable;
    }

    @Override
    public Type underlying() {
        return this;
    }

    @Override
    public String toString() {
        return str(null);
    }
}
