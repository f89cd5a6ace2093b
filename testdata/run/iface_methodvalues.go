package main

type I interface {
	M(int) int
	N() (int, string)
}

type T struct{ k int }

func (t T) M(x int) int         { return t.k * x }
func (t T) N() (int, string)    { return t.k, "n" }

func main() {
	var i I = T{3}
	f := i.M
	i = T{5}
	println(f(2), i.M(2))
	g := I.M
	println(g(i, 3))
	h := i.N
	a, b := h()
	println(a, b)
	defer func() {
		println("recovered:", recover().(error).Error())
	}()
	var n I
	var e interface{}
	println(e, n)
	_ = n.M
	println("not reached")
}
