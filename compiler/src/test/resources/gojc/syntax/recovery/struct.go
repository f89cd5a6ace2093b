package p

type T struct {
	a int b int
	c
	d string
}

type U interface {
	M() N()
}

type V int
