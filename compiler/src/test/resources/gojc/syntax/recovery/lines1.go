package p

//line foo.go:100
func f() {
	x := 1 y
}

//line :200:5
func g() {
	a b
}

/*line bar.go:7:3*/ var v = 1 2
