package p

func f() {
	a := 1 /*line x.go:50:10*/ b
	//line
	c d
//line y.go:0
	e f
//line z.go:12:0
//line w.go:abc
	g h
}
