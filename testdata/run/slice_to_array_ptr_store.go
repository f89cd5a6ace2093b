package main

import "fmt"

type P struct{ a, b int }

func main() {
	s := make([]P, 6)
	for i := range s {
		s[i] = P{i, -i}
	}
	e := &s[3]
	*(*[3]P)(s[2:]) = [3]P{{10, 20}, {30, 40}, {50, 60}}
	fmt.Println(s, *e)
	g := [][2]int{{1, 2}, {3, 4}, {5, 6}}
	r := &g[1]
	*(*[2][2]int)(g[1:]) = [2][2]int{{7, 8}, {9, 10}}
	fmt.Println(g, *r)
	b := []byte("hello, world")
	*(*[5]byte)(b[7:]) = *(*[5]byte)(b[:5])
	fmt.Println(string(b))
	defer func() { fmt.Println(recover()) }()
	*(*[4]byte)(b[10:]) = [4]byte{}
}
