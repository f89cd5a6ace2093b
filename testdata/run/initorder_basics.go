package main

var a = c + b
var b = f()
var c = f()
var d = 3

func f() int {
	d++
	return d
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	println("a =", a, "b =", b, "c =", c, "d =", d)
	var x uint8 = 250
	x += 10
	println(x, fib(20), 1.5, "s"+"t", 7/2, -7%3, int32(-1)>>40)
	s := ""
	for i := 0; i < 5; i++ {
		if i == 3 {
			continue
		}
		s += string(rune('a' + i))
	}
	println(s, s == "abce")
	switch {
	case x > 3:
		println("big")
	default:
		println("small")
	}
}
