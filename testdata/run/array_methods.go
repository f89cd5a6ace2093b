package main

import "fmt"

type A [3]int

func (a A) Bump() int { a[0]++; return a[0] }

func (a *A) PBump() int { a[1]++; return a[1] }

type I interface{ Bump() int }

func main() {
	var a A
	var i I = a
	fmt.Println(i.Bump(), i.Bump(), a)
	p := &a
	var j I = p
	fmt.Println(j.Bump(), j.Bump(), a)
	f := p.Bump
	g := (*p).Bump
	a[0] = 10
	fmt.Println(f(), g(), a)
	h := p.PBump
	fmt.Println(h(), h(), a)
	k := A.Bump
	l := (*A).Bump
	fmt.Println(k(a), l(p), a)
	defer func() { fmt.Println(recover()) }()
	p = nil
	f = p.Bump
	fmt.Println("not reached")
}
