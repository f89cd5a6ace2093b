package main

import "fmt"

type Token *[4]byte

func Read[T interface{ ~*[4]byte }](b []byte) T { return T(b[:4]) }

func main() {
	s := []byte("0123456789abcdef")
	p := (*[16]byte)(s)
	p[0] = 'x'
	fmt.Println(string(s), len(p))
	a := *(*[4]byte)(s[2:])
	fmt.Println(a, string(a[:]))
	b4 := make([]byte, 4)
	t := Read[Token](b4)
	t[1] = 'y'
	fmt.Println(b4)
	var ns []int
	fmt.Println((*[0]int)(ns) == nil, (*[0]int)([]int{}) != nil)
	type P struct{ x, y int }
	ps := []P{{1, 2}, {3, 4}}
	arr := *(*[2]P)(ps)
	arr[0].x = 9
	fmt.Println(ps, arr)
	defer func() { fmt.Println(recover()) }()
	_ = (*[20]byte)(s)
}
