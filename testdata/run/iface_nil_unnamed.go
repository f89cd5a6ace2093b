package main

import "fmt"

type T struct{ x int }

func (t T) V() int { return t.x + 1 }
func (t *T) P() int {
	if t == nil {
		return -1
	}
	return t.x
}

type I interface {
	V() int
	P() int
}

type Named struct{ name string }

func (n *Named) String() string {
	if n == nil {
		return "nil Named"
	}
	return "Named " + n.name
}

type Crash struct{ s string }

func (c *Crash) String() string { return c.s }

type Vr interface{ V() int }

func main() {
	var p *T
	var i I = p
	println(i.P(), i != nil)
	q, ok := i.(*T)
	println(q == nil, ok)
	var j I = (*T)(nil)
	println(i == j)
	var e interface{} = p
	_, isI := e.(I)
	println(isI)
	func() {
		defer func() { println(recover().(error).Error()) }()
		println(i.V())
	}()

	var n *Named
	var s fmt.Stringer = n
	fmt.Println(s, s.String())
	fmt.Printf("%v %s %T\n", n, n, n)
	var c *Crash
	fmt.Printf("%v|%s|%d\n", c, c, c)
	var ec interface{} = c
	println(ec.(fmt.Stringer) != nil)

	u := struct {
		T
		tag string
	}{T{4}, "u"}
	var v Vr = u
	println(v.V())
	u.x = 10
	println(v.V(), u.V())
	w, ok := v.(struct {
		T
		tag string
	})
	println(w.x, w.tag, ok)
	var pi I = &u
	println(pi.P(), pi.V())
	fmt.Println(v, pi.(*struct {
		T
		tag string
	}).tag)
	m := map[interface{}]int{v: 1}
	println(m[u], m[struct {
		T
		tag string
	}{T{4}, "u"}])
}
