package main

import "fmt"

type pt struct{ x, y int }

func main() {
	s := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	p := (*[4]int)(s[3:])
	fmt.Println(len(p), cap(p), p[0], p[3], *p)
	p[1] = 40
	fmt.Println(s[4], s)
	s[6] = 60
	fmt.Println(p[3], *p)
	p[2] += 5
	p[0]++
	fmt.Println(s)
	q := &p[2]
	*q = 99
	fmt.Println(s[5], q == &s[5])
	*p = [4]int{-1, -2, -3, -4}
	fmt.Println(s)
	a := *p
	a[0] = 1000
	fmt.Println(s[3], a)
	sub := p[1:3]
	fmt.Println(sub, len(sub), cap(sub))
	sub = append(sub, 77)
	fmt.Println(s)
	full := p[:]
	fmt.Println(full, cap(full))
	for i, v := range p {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
	for i := range p {
		p[i] *= 2
	}
	fmt.Println(s)
	var u uint = 2
	fmt.Println(p[u], p[u:], p[:u:u])

	// direct uses
	(*[2]int)(s[8:])[1] = 123
	fmt.Println(s[9], (*[3]int)(s[1:])[2], (*[3]int)(s[1:])[1:])

	// strings, structs, bytes, arrays of arrays
	ss := []string{"a", "b", "c", "d"}
	sp := (*[2]string)(ss[1:])
	sp[0] = "B"
	fmt.Println(ss, *sp)
	ps := []pt{{1, 2}, {3, 4}, {5, 6}}
	pp := (*[2]pt)(ps[1:])
	pp[0].x = 30
	pp[1] = pt{50, 60}
	v := *pp
	v[0].y = -1
	fmt.Println(ps, v)
	bs := make([]byte, 5, 8)
	var bp *[3]byte = (*[3]byte)(bs[2:])
	copy(bp[:], "xyz")
	fmt.Printf("%q %q\n", bs, *bp)
	aa := [][2]int{{1, 2}, {3, 4}, {5, 6}}
	ap := (*[2][2]int)(aa[1:])
	ap[1][0] = 50
	*ap = [2][2]int{{7, 8}, {9, 10}}
	w := *ap
	w[0][0] = 0
	fmt.Println(aa, w)
	if p := (*[1]byte)(bs); &p[0] != &bs[0] {
		panic("alias")
	}
	fmt.Println(bp[2:], len(bs))

	// (*p)[i] and (*p)[lo:hi] are p's elements; range *p ranges over a copy
	d := []int{1, 2, 3, 4, 5}
	dp := (*[3]int)(d[1:])
	(*dp)[0] = 20
	(*dp)[1]++
	e := &(*dp)[2]
	*e = 40
	fmt.Println(d, (*dp)[1:], len((*dp)[:2]))
	for i, v := range *dp {
		dp[2-i] = v * 10
	}
	fmt.Println(d)
}
