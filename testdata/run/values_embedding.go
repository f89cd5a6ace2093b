package main

type A struct {
	X int
	S string
	In struct{ F float64 }
}
type B A

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type E struct {
	*A
	N int
}

func main() {
	a := A{X: 1, S: "s"}
	a.In.F = 2.5
	b := B(a)
	b.X = 2
	println(a.X, b.X, b.S, b.In.F)
	p1 := Pair[int, string]{1, "one"}
	p2 := Pair[string, int]{"two", 2}
	println(p1.Key, p1.Val, p2.Key, p2.Val)
	e := E{A: &a, N: 3}
	e.X = 7
	e.S += "!"
	println(a.X, a.S, e.N, e.In.F)
	type local struct{ q int }
	l := []local{{1}, {2}}
	println(len(l), l[1].q)
	var ep E
	println(ep.A == nil)
}
