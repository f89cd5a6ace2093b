package main

func main() {
	type pt struct{ x, y int }
	type myint int
	a := pt{1, 2}
	var m myint = 5
	f := func() pt { return pt{a.y, a.x} }
	println(f().x, m)
	for i := 0; i < 2; i++ {
		type pt struct{ s string }
		println(pt{"inner"}.s, i)
	}
}
