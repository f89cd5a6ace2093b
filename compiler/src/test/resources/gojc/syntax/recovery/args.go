package p

func f() {
	g(a b)
	g(a,
	  b c)
	h()
	g(1, 2
}
