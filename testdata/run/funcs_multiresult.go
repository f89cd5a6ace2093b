package main

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func named(x int) (y int, s string) {
	y = x * 2
	s = "named"
	return
}

func shadowed(x int) (y int) {
	y = 1
	{
		y := 5
		_ = y
	}
	return
}

func three() (int8, float64, bool) { return -3, 2.5, true }

func swap(a, b string) (string, string) { return b, a }

func sum3(a int8, b float64, c bool) float64 {
	if c {
		return float64(a) + b
	}
	return 0
}

func pass() (int8, float64, bool) { return three() }

func inner() (uint32, string) { return 0xFFFFFFFF, "inner" }

func outer() (string, uint32) {
	a, b := inner()
	return b, a
}

func add(a, b int) int { return a + b }

var pa, pb = divmod(23, 7)

func order(tag string, v int) int {
	println("eval", tag)
	return v
}

func main() {
	q, r := divmod(17, 5)
	println(q, r)
	y, s := named(4)
	println(y, s)
	println(shadowed(0))
	println(add(divmod(9, 4)))
	println(sum3(three()))
	println(sum3(pass()))
	a, b := swap("x", "y")
	println(a, b)
	a, b = b, a
	println(a, b)
	var u, v = outer()
	println(u, v)
	_, r = divmod(100, 7)
	println(r)
	println(pa, pb)
	x, z := order("first", 1), order("second", 2)
	println(x, z)
	var f func(int, int) (int, int) = divmod
	q, r = f(50, 6)
	println(q, r)
	g := func() (string, int) { return "lit", 7 }
	s, q = g()
	println(s, q)
}
