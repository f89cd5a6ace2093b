package main

import "fmt"

// Interface methods returning funcs, and method expressions of promoted methods.

type G[T any] interface {
	g() func() *T
}

type Foo[T any] struct{ v T }

func (l *Foo[T]) g() func() *T {
	return func() *T { return &l.v }
}

type A1[T any] struct{ tag string }

func (p *A1[T]) m1(val T) { fmt.Println("A1.m1", p.tag, val) }

func (p A1[T]) m2(val T) string { return fmt.Sprint("A1.m2 ", p.tag, " ", val) }

type B1[T any] struct {
	*A1[T]
}

type C1 struct {
	A1[int]
}

type Getter interface{ get() func(int) string }

type plain struct{ s string }

func (p plain) get() func(int) string { return func(n int) string { return fmt.Sprint(p.s, n) } }

func main() {
	var g G[int] = &Foo[int]{7}
	fmt.Println(*g.g()())
	var gt Getter = plain{"p"}
	fmt.Println(gt.get()(3))

	b1 := B1[string]{&A1[string]{"b"}}
	m1x := B1[string].m1
	m1x(b1, "x")
	m2x := B1[string].m2
	fmt.Println(m2x(b1, "y"))
	c1 := C1{A1[int]{"c"}}
	m1p := (*C1).m1
	m1p(&c1, 4)
	m2v := C1.m2
	fmt.Println(m2v(c1, 5))
	m2p := (*C1).m2
	fmt.Println(m2p(&c1, 6))
	f := c1.m1
	f(8)
}
