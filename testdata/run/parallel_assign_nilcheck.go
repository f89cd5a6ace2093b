package main

import "fmt"

type P struct{ i int }
type Q struct {
	*P
	j int
}

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	m := map[int]int{}
	var pa *[3]int
	try("array", func() { m[1], pa[1] = 1, 2 })
	var p *P
	try("field", func() { m[2], p.i = 2, 2 })
	q := &Q{}
	try("promoted", func() { m[3], q.i = 3, 2 })
	var s []int
	try("slice", func() { m[4], s[0] = 4, 2 })
	var x, y int
	try("order", func() { x, p.i, y = 5, 6, 7 })
	fmt.Println(len(m), x, y)
	var pp *int
	try("ptr", func() { m[5], *pp = 5, 1 })
	fmt.Println(len(m))
}
