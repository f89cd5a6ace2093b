package main

import "fmt"

// T2's underlying type is T1's, which is in progress when T2 is first seen.
type T1 struct {
	Next *T2
	V    int
}

type T2 T1

// Fields through a named pointer type.
type P *struct{ x struct{ y int } }

// Methods declared through aliases are methods of the aliased type.
type T0 struct{ x int }
type A0 = T0
type A1 = A0

func (t T0) Get() int   { return t.x }
func (t *A0) Set(v int) { t.x = v }
func (t A1) Twice() int { return 2 * t.x }

func main() {
	a := T1{V: 1}
	b := T2{Next: nil, V: 2}
	a.Next = &b
	fmt.Println(a.V, a.Next.V)

	var p P = new(struct{ x struct{ y int } })
	p.x.y = 7
	fmt.Println(p.x.y)

	var t T0
	t.Set(21)
	fmt.Println(t.Get(), t.Twice())
	var i interface{ Twice() int } = t
	fmt.Println(i.Twice())

	// untyped constant shift counts: float counts become uint
	x := 1
	const M = ^uint(0)
	fmt.Println(x<<1., x<<(1+0i), x<<(1.<<x), x<<(M+0), x<<(M+0.))

	// <-chan <-chan int, as gc re-associates the arrow
	var r <-chan (<-chan int) = (<-chan <-chan int)(nil)
	fmt.Println(r == nil)
}
