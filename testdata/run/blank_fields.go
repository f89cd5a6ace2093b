package main

import "fmt"

var trace string

func v(s string, n int) int { trace += s; return n }

type P struct {
	a, _, c int
}

func main() {
	x := struct{ a, _, c int }{1, 2, 3}
	fmt.Println(x)
	p := P{v("a", 1), v("b", 2), v("c", 3)}
	fmt.Println(p, trace, p == P{a: 1, c: 3})
}
