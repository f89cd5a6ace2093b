package p

func f() {
	x := 1 y := 2
	a := 3
	b c
	return
}
