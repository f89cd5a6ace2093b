package main

type Counter int

func (c *Counter) Inc() { *c++ }

func main() {
	x := 1
	p := &x
	f := func() { x += 10 }
	f()
	*p += 100
	println(x, *p)
	var c Counter
	g := func() { c.Inc() }
	g()
	g()
	println(c)
	for i := 0; i < 2; i++ {
		y := i
		q := &y
		h := func() int { y *= 7; return y }
		println(h(), *q)
	}
	func(a int) {
		pa := &a
		func() { a++ }()
		println(a, *pa)
	}(5)
}
