package main

type P struct{ X int }

func (p P) Get() int { return p.X }

type N int

func (n N) Twice() int { return int(n) * 2 }

func main() {
	f := (*P).Get
	p := &P{7}
	println(f(p))
	g := (*N).Twice
	n := N(21)
	println(g(&n))
	println((*P).Get(p))
}
