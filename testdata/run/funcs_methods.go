package main

type MyInt int

func (m MyInt) Double() MyInt { return m * 2 }

func (m MyInt) Add(n int) MyInt { return m + MyInt(n) }

func (m MyInt) Pair() (MyInt, bool) { return m, m > 0 }

type Name string

func (n Name) Greet(greeting string) string { return greeting + ", " + string(n) }

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }

func main() {
	var m MyInt = 21
	println(m.Double(), m.Add(4), MyInt(3).Double())
	f := m.Double
	m = 1
	println(f(), m.Double())
	g := MyInt.Add
	println(g(10, 5))
	h := m.Add
	println(h(100))
	v, ok := m.Pair()
	println(v, ok)
	n := Name("gopher")
	println(n.Greet("hello"))
	greet := Name.Greet
	println(greet("world", "bye"))
	var op Op = func(a, b int) int { return a*10 + b }
	println(op.Apply(4, 2))
	ap := op.Apply
	println(ap(7, 8))
}
