package main

type Shape interface {
	Area() int
	Name() string
}

type Namer interface{ Name() string }

type Solid interface {
	Shape
	Volume(depth int) int
}

type Rect struct{ w, h int }

func (r Rect) Area() int     { return r.w * r.h }
func (r Rect) Name() string  { return "rect" }
func (r *Rect) Grow(n int)   { r.w += n; r.h += n }
func (r Rect) Volume(d int) int { return r.Area() * d }

type Square struct {
	Rect
	tag string
}

func (s Square) Name() string { return "square " + s.tag }

type Labeled struct {
	*Rect
}

type Counter int

func (c *Counter) Inc() int { *c++; return int(*c) }
func (c Counter) Get() int  { return int(c) }

type Incer interface{ Inc() int }
type Getter interface{ Get() int }

type Temp float64

func (t Temp) String() string {
	if t > 0 {
		return "warm"
	}
	return "cold"
}

type Stringer interface{ String() string }

type NotFound struct{ key string }

func (e *NotFound) Error() string { return "not found: " + e.key }

func find(k string) error {
	if k == "x" {
		return &NotFound{k}
	}
	return nil
}

type Pair struct{ a, b int }

func (p Pair) Sum() (int, int) { return p.a + p.b, p.a * p.b }

type Summer interface{ Sum() (int, int) }

type Walker struct{ Namer }

func describe(s Shape) string { return s.Name() }

func main() {
	var s Shape = Rect{2, 3}
	println(s.Area(), s.Name(), describe(s))
	sq := Square{Rect{4, 4}, "a"}
	s = sq
	println(s.Area(), s.Name())
	var n Namer = s
	println(n.Name())
	var so Solid = Rect{1, 2}
	println(so.Volume(5), so.Name())
	n = so
	println(n.Name())
	r := &Rect{1, 1}
	var g interface{ Grow(int) } = r
	g.Grow(2)
	println(r.w, r.h)
	var gs Shape = r
	println(gs.Area())
	l := Labeled{&Rect{5, 6}}
	var ls Shape = l
	println(ls.Area())
	var c Counter
	var inc Incer = &c
	inc.Inc()
	inc.Inc()
	var get Getter = c
	println(c, get.Get(), inc.(Getter).Get())
	var t Stringer = Temp(1.5)
	println(t.String(), Temp(-1).String())
	err := find("x")
	println(err != nil, err.Error())
	if nf, ok := err.(*NotFound); ok {
		println("key", nf.key)
	}
	println(find("y") == nil)
	var sm Summer = Pair{3, 4}
	a, b := sm.Sum()
	println(a, b)
	w := Walker{Rect{1, 1}}
	var wn Namer = w
	println(wn.Name())
	var x interface{} = sq
	if sh, ok := x.(Shape); ok {
		println("shape", sh.Name())
	}
	_, ok := x.(Solid)
	println(ok)
	var sp interface{} = &sq
	_, ok = sp.(interface{ Grow(int) })
	println(ok)
	var e1, e2 error = find("x"), find("x")
	println(e1 == e2, e1 == e1)
}
