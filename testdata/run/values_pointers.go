package main

type T struct{ A int }

func inc(p *int) {
	*p = *p + 1
}

func addr(x int) *int {
	return &x
}

func main() {
	i := 5
	inc(&i)
	inc(&i)
	println(i)
	p := addr(3)
	q := addr(3)
	println(*p, p == q, p != nil)
	s := []int{1, 2, 3}
	e := &s[1]
	*e = 20
	println(s[1])
	t := T{1}
	f := &t.A
	*f = 9
	println(t.A)
	pt := &t
	pt2 := &t
	println(pt == pt2)
	np := new(int)
	*np = 4
	println(*np)
	var ptrs []*int
	for j := 0; j < 3; j++ {
		k := j
		ptrs = append(ptrs, &k)
	}
	println(*ptrs[0], *ptrs[1], *ptrs[2])
	var nilp *T
	println(nilp == nil)
}
