package gojc.types;

import gojc.diag.Diagnostic;
import gojc.diag.Diagnostics;
import gojc.syntax.File;
import gojc.syntax.Parser;
import gojc.syntax.Source;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CheckerTest {
    static final GorootImporter STD = new GorootImporter();

    record Result(Package pkg, Info info, List<String> errors) {}

    static Result check(String src) {
        Diagnostics errs = new Diagnostics();
        File f = Parser.parse(new Source(Path.of("a.go"), "a.go"), src, errs);
        Info info = new Info();
        Package p = Checker.check("main", List.of(f), STD, "go1.19", errs, info);
        return new Result(p, info, errs.sorted().stream().map(Diagnostic::toString).collect(Collectors.toList()));
    }

    static void expect(String src, String... errors) {
        assertEquals(List.of(errors), check(src).errors());
    }

    @Test
    void helloWorld() {
        expect("""
                package main

                import "fmt"

                func main() {
                	fmt.Println("hello, world")
                }
                """);
    }

    @Test
    void simpleProgram() {
        expect("""
                package main

                type Shape interface {
                	Area() float64
                }

                type Rect struct{ w, h float64 }

                func (r Rect) Area() float64 { return r.w * r.h }

                type Counter struct{ n int }

                func (c *Counter) Inc() { c.n++ }

                func sum(xs ...int) (total int) {
                	for _, x := range xs {
                		total += x
                	}
                	return
                }

                func main() {
                	var s Shape = Rect{2, 3}
                	m := map[string]int{"a": 1}
                	m["b"] = 2
                	xs := []int{1, 2, 3}
                	xs = append(xs, 4)
                	var c Counter
                	c.Inc()
                	f := func(k int) int { return k * sum(xs...) }
                	if v, ok := m["a"]; ok {
                		println(v, f(2), s.Area(), len(xs))
                	}
                	switch t := s.(type) {
                	case Rect:
                		println(t.w)
                	}
                }
                """);
    }

    @Test
    void commonErrors() {
        expect("""
                package main

                import "fmt"

                type I interface{ M() }
                type T struct{}

                func (t *T) M() {}

                func f() (int, string) { return 1 }

                func main() {
                	var s string = 1
                	x := 1
                	var i I = T{}
                	_ = i
                	a, b := 1
                	s.foo()
                	_ = s + 1
                	_ = x + "a"
                	y := byte(300)
                	undefinedThing()
                	x := 2
                	_ = a
                	_ = b
                	_ = y
                	var unused int
                }
                """,
                "a.go:3:8: imported and not used: \"fmt\"",
                "a.go:10:33: not enough return values\n\thave (number)\n\twant (int, string)",
                "a.go:13:17: cannot use 1 (untyped int constant) as string value in variable declaration",
                "a.go:15:12: cannot use T{} (value of type T) as type I in variable declaration:\n\tT does not implement I (M method has pointer receiver)",
                "a.go:17:10: assignment mismatch: 2 variables but 1 value",
                "a.go:18:4: s.foo undefined (type string has no field or method foo)",
                "a.go:19:6: invalid operation: s + 1 (mismatched types string and untyped int)",
                "a.go:20:6: invalid operation: x + \"a\" (mismatched types int and untyped string)",
                "a.go:21:12: cannot convert 300 (untyped int constant) to type byte",
                "a.go:22:2: undefined: undefinedThing",
                "a.go:23:4: no new variables on left side of :=",
                "a.go:27:6: unused declared but not used");
    }
}
