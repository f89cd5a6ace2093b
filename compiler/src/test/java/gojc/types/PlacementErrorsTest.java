package gojc.types;

import org.junit.jupiter.api.Test;

import static gojc.types.CheckerTest.expect;

/** gc 1.19's texts for misplaced fallthrough, blank package names, redeclarations, misused "..." and initialization loops. */
class PlacementErrorsTest {
    @Test
    void fallthroughOutsideAnExpressionSwitchClause() {
        expect("""
                package main

                func main() {
                	var v interface{} = 0
                	switch v.(type) {
                	case int:
                		fallthrough
                	default:
                	}
                	if true {
                		fallthrough
                	}
                	switch {
                	case true:
                		fallthrough
                	default:
                	}
                }
                """,
                "a.go:7:3: cannot fallthrough in type switch",
                "a.go:11:3: fallthrough statement out of place");
    }

    @Test
    void blankPackageName() {
        expect("""
                package _

                var x int
                """,
                "a.go:1:9: invalid package name _");
    }

    @Test
    void redeclaredVariableIsNotReportedUnused() {
        expect("""
                package main

                func f(x int) {
                	var x int
                	for a, a := range []int{1} {
                	}
                }
                """,
                "a.go:4:6: x redeclared in this block\n\ta.go:3:8: other declaration of x",
                "a.go:5:6: a declared but not used",
                "a.go:5:9: a redeclared in this block\n\ta.go:5:6: other declaration of a");
    }

    @Test
    void dotsWithBuiltinUseTheArguments() {
        expect("""
                package main

                func main() {
                	var ch chan int
                	close(ch...)
                }
                """,
                "a.go:5:2: invalid operation: invalid use of ... with built-in close");
    }

    @Test
    void initializationLoopNotThroughTheFirstVariable() {
        expect("""
                package p

                var (
                	x int = a
                	a int = b
                	b int = c
                	c int = a
                )
                """,
                "a.go:5:2: initialization loop for a\n\ta.go:5:2: a refers to\n\ta.go:6:2: b refers to"
                        + "\n\ta.go:7:2: c refers to\n\ta.go:5:2: a");
    }

    @Test
    void blankTypeSwitchVariable() {
        expect("""
                package p

                func f(r interface{}) {
                	switch _ := r.(type) {
                	}
                }
                """,
                "a.go:4:9: no new variable on left side of :=");
    }
}
