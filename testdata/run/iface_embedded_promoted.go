package main

type I interface{ Sum(...int) int }

type U struct{ base int }

func (u *U) Sum(xs ...int) int {
	s := u.base
	for _, x := range xs {
		s += x
	}
	return s
}

type Inner struct{ I }
type Outer struct {
	*Inner
	name string
}

func main() {
	u := U{1}
	var s struct{ I }
	s.I = &u
	println(s.Sum(2, 3))
	o := Outer{&Inner{&u}, "o"}
	println(o.Sum(4))
	f := o.Sum
	u.base = 10
	println(f(5))
	var i I = o
	println(i.Sum(1, 1))
	po := &o
	println(po.Sum())
	defer func() { println("recovered:", recover() != nil) }()
	var n Outer
	n.Sum()
}
