package gojc.types;

import gojc.syntax.Expr;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the checker records for the code generator. */
class InfoTest {
    private static Var local(CheckerTest.Result r, String name) {
        for (Map.Entry<Expr.Ident, Obj> e : r.info().defs.entrySet()) {
            if (e.getKey().name().equals(name) && e.getValue() instanceof Var v) return v;
        }
        throw new AssertionError("no variable " + name);
    }

    @Test
    void specInitializationOrder() {
        CheckerTest.Result r = CheckerTest.check("""
                package p

                var (
                	a = c + b // == 9
                	b = f()   // == 4
                	c = f()   // == 5
                	d = 3     // == 5 after initialization has finished
                )

                func f() int {
                	d++
                	return d
                }
                """);
        assertEquals(List.of(), r.errors());
        List<String> order = new ArrayList<>();
        for (Initializer i : r.info().initOrder) order.add(i.lhs().get(0).name);
        assertEquals(List.of("d", "b", "c", "a"), order);
    }

    @Test
    void multiValueInitializerIsOneEntry() {
        CheckerTest.Result r = CheckerTest.check("""
                package p

                var x, y = f()
                var z = x

                func f() (int, int) { return 1, 2 }
                """);
        assertEquals(List.of(), r.errors());
        assertEquals(2, r.info().initOrder.size());
        assertEquals(2, r.info().initOrder.get(0).lhs().size());
        assertEquals("z", r.info().initOrder.get(1).lhs().get(0).name);
    }

    @Test
    void constantsAndUntypedConversions() {
        CheckerTest.Result r = CheckerTest.check("""
                package p

                const big = 1 << 100
                const small = big >> 98

                var f float64 = 1
                var g = small + 0.5
                """);
        assertEquals(List.of(), r.errors());
        Const small = (Const) r.pkg().scope.lookup("small");
        assertEquals("4", small.value().toString());
        assertEquals(Universe.UNTYPED_INT, small.type());
        assertEquals(Universe.FLOAT64, r.pkg().scope.lookup("g").type());
        // the literal 1 assigned to a float64 is recorded with its final type
        boolean found = false;
        for (Map.Entry<Expr, TypeAndValue> e : r.info().types.entrySet()) {
            if (e.getKey() instanceof Expr.BasicLit l && l.value().equals("1") && l.pos().line() == 6) {
                assertEquals(Universe.FLOAT64, e.getValue().type());
                assertEquals(Mode.CONSTANT, e.getValue().mode());
                found = true;
            }
        }
        assertTrue(found);
    }

    @Test
    void capturesAndAddressTaken() {
        CheckerTest.Result r = CheckerTest.check("""
                package p

                type T struct{ n int }

                func (t *T) inc() { t.n++ }

                func f() int {
                	a, b, c, d := 1, 2, 3, T{}
                	p := &a
                	g := func() int { return b }
                	d.inc()
                	return *p + g() + c
                }
                """);
        assertEquals(List.of(), r.errors());
        assertTrue(local(r, "a").addressTaken());
        assertFalse(local(r, "a").captured());
        assertTrue(local(r, "b").captured());
        assertFalse(local(r, "c").captured());
        assertFalse(local(r, "c").addressTaken());
        assertTrue(local(r, "d").addressTaken());
    }

    @Test
    void selectionsThroughEmbedding() {
        CheckerTest.Result r = CheckerTest.check("""
                package p

                type Inner struct{ x int }

                func (i *Inner) M() int { return i.x }

                type Outer struct {
                	*Inner
                	y int
                }

                func f(o Outer) int { return o.x + o.M() + o.y }
                """);
        assertEquals(List.of(), r.errors());
        List<String> got = new ArrayList<>();
        r.info().selections.entrySet().stream()
                .sorted((a, b) -> Integer.compare(a.getKey().sel().pos().col(), b.getKey().sel().pos().col()))
                .filter(e -> e.getKey().pos().line() == 12)
                .forEach(e -> got.add(e.getKey().sel().name() + " " + e.getValue().kind() + " " + e.getValue().index()
                        + " " + e.getValue().indirect()));
        assertEquals(List.of("x FIELD_VAL [0, 0] true", "M METHOD_VAL [0, 0] true", "y FIELD_VAL [1] false"), got);
    }

    @Test
    void recoverAndInitFuncs() {
        CheckerTest.Result r = CheckerTest.check("""
                package p

                func init() {}

                func g() (err error) {
                	defer func() { recover() }()
                	return nil
                }

                func h() { recover() }

                func init() {}
                """);
        assertEquals(List.of(), r.errors());
        assertEquals(2, r.info().initFuncs.size());
        assertTrue(r.info().initFuncs.get(0).pos.line() < r.info().initFuncs.get(1).pos.line());
        Func h = (Func) r.pkg().scope.lookup("h");
        assertTrue(h.usesRecover());
        assertNotNull(r.pkg().scope.lookup("g"));
    }

    @Test
    void genericsInstantiateAndInfer() {
        CheckerTest.Result r = CheckerTest.check("""
                package p

                type Number interface{ ~int | ~float64 }

                func Sum[T Number](xs ...T) T {
                	var s T
                	for _, x := range xs {
                		s += x
                	}
                	return s
                }

                type List[E any] struct {
                	items []E
                }

                func (l *List[E]) Push(e E) { l.items = append(l.items, e) }

                func use() float64 {
                	var l List[string]
                	l.Push("a")
                	return Sum(1.5, 2.5) + float64(Sum[int](1, 2))
                }
                """);
        assertEquals(List.of(), r.errors());
        List<String> inst = new ArrayList<>();
        r.info().instances.forEach((id, in) -> inst.add(id.name() + in.typeArgs()));
        inst.sort(String::compareTo);
        assertEquals(List.of("List[string]", "Sum[float64]", "Sum[int]"), inst);
    }
}
