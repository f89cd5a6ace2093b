package main

type State func(n int) State

func even(n int) State {
	println("even", n)
	if n <= 0 {
		return nil
	}
	return odd
}

func odd(n int) State {
	println("odd", n)
	return even
}

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func pair() (func() int, func(int)) {
	x := 0
	return func() int { return x }, func(v int) { x = v }
}

func apply(f func(string) string, s string) string { return f(s) }

func exclaim(s string) string { return s + "!" }

func param(p int) func() int {
	return func() int {
		p *= 3
		return p
	}
}

var global = func(x int) int { return x * 100 }

func main() {
	s := State(even)
	for i := 4; s != nil; i-- {
		s = s(i)
	}
	c := counter()
	c()
	c()
	println(c())
	c2 := counter()
	println(c2(), c())
	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	println(compose(inc, dbl)(5), compose(dbl, inc)(5))
	get, set := pair()
	set(42)
	println(get())
	x := 1
	func() {
		func() {
			x += 10
		}()
	}()
	println(x)
	println(apply(exclaim, "hey"), apply(func(s string) string { return "<" + s + ">" }, "lit"))
	var f func()
	println(f == nil, f != nil)
	f = func() { println("called f") }
	println(f == nil)
	f()
	p := param(2)
	p()
	println(p())
	println(global(3))
	// Go 1.19: one loop variable shared by every iteration's closure.
	var last func() int
	for i := 0; i < 3; i++ {
		if i == 1 {
			last = func() int { return i }
		}
	}
	println(last())
	for i := 0; i < 3; i++ {
		j := i
		if i == 1 {
			last = func() int { return j }
		}
	}
	println(last())
	fib := func(n int) int { return n }
	var rec func(int) int
	rec = func(n int) int {
		if n < 2 {
			return n
		}
		return rec(n-1) + rec(n-2)
	}
	println(fib(3), rec(15))
}
