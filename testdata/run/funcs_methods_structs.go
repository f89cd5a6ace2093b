package main

type Point struct{ X, Y int }

func (p Point) Sum() int { return p.X + p.Y }

func (p *Point) Scale(k int) { p.X *= k; p.Y *= k }

func (p Point) Mutate() Point { p.X = 1000; return p }

type Counter int

func (c *Counter) Inc() { *c++ }

func (c Counter) Get() int { return int(c) }

type Named struct {
	Point
	Name string
}

type PtrEmb struct {
	*Point
}

func main() {
	p := Point{1, 2}
	println(p.Sum())
	p.Scale(3)
	println(p.X, p.Y)
	pp := &p
	println(pp.Sum())
	pp.Scale(2)
	println(p.X, p.Y)
	q := p.Mutate()
	println(p.X, q.X)
	var c Counter
	c.Inc()
	c.Inc()
	println(c.Get())
	cp := &c
	cp.Inc()
	println(cp.Get(), c)
	n := Named{Point{5, 6}, "n"}
	println(n.Sum())
	n.Scale(10)
	println(n.X, n.Y, n.Name)
	e := PtrEmb{&Point{7, 8}}
	e.Scale(2)
	println(e.Sum())
	f := p.Sum
	p.X = 0
	println(f())
	g := pp.Scale
	g(0)
	println(p.X, p.Y)
	h := (*Point).Scale
	h(&p, 5)
	s := Point.Sum
	println(s(Point{3, 4}))
	defer p.Scale(1)
	inc := c.Inc
	inc()
	println(c)
	var np *Point
	defer func() {
		println("nil receiver recovered:", recover() != nil)
	}()
	println(np.Sum())
}
