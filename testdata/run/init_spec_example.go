package main

var (
	a = c + b // == 9
	b = f()   // == 4
	c = f()   // == 5
	d = 3     // == 5 after initialization has finished
)

func f() int {
	d++
	return d
}

func main() {
	println("a =", a, "b =", b, "c =", c, "d =", d)
}
