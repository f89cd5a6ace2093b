package main

type P struct {
	X, Y int
	Name string
}

type Q struct {
	P
	F float64
	A [3]int
	u uint8
}

type N struct {
	Next *N
	V    int
}

func mod(p P) P {
	p.X = 77
	return p
}

func main() {
	p := P{1, 2, "p"}
	q := p
	q.X = 10
	println(p.X, q.X, p == q, p.Name, p != q)
	r := mod(p)
	println(p.X, r.X)
	pp := &p
	pp.Y = 20
	println(p.Y, pp.Name)
	var z Q
	z.X = 5
	z.A[1] = 7
	z.u = 255
	z.u++
	z2 := z
	z2.A[1] = 8
	println(z.X, z.P.X, z.A[1], z2.A[1], z == z2, z.u, z.Name == "")
	z2.A[1] = 7
	println(z == z2)
	n := &N{V: 1}
	n.Next = &N{V: 2, Next: &N{V: 3}}
	t := 0
	for x := n; x != nil; x = x.Next {
		t += x.V
	}
	println(t)
	anon := struct {
		A int
		B string
	}{3, "b"}
	println(anon.A, anon.B)
	f1 := struct{ F float64 }{0}
	f2 := struct{ F float64 }{-f1.F}
	println(f1 == f2)
	ps := []*P{&P{X: 1}, &P{X: 2}}
	ps[0].Name = "zero"
	println(ps[0].Name, ps[1].X)
	*pp = P{Name: "new"}
	println(p.Name, p.X)
}
