package main

import "fmt"

type T int

func (t T) F() int { return int(t) }

type A [2]int

func (a A) G() int { return a[0] }

type S struct{ x int }

func (s S) H() int { return s.x }

type E struct{ *T }

type I interface{ F() int }
type J interface{ G() int }
type K interface{ H() int }

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	var t *T
	var i I = t
	try(func() { i.F() })
	var a *A
	var j J = a
	try(func() { j.G() })
	var s *S
	var k K = s
	try(func() { k.H() })
	var e I = E{}
	try(func() { e.F() })
}
