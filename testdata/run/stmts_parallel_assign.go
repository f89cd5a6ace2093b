package main

type T struct{ a, b int }

func two() (int, int) { return 5, 6 }

func main() {
	x := []int{10, 20}
	y := []int{99}
	i := 1
	for i, x[i] = range y {
		break
	}
	println(i, x[0], x[1])
	r := []rune{'a', 'b'}
	j := 1
	for j, r[j] = range "c" {
		break
	}
	println(j, r[0], r[1])
	k := 0
	a := []int{1, 2, 3}
	k, a[k] = 2, 7
	println(k, a[0], a[1], a[2])
	a[k], k = two()
	println(k, a[0], a[1], a[2])
	p := &T{}
	q := p
	p, p.a = &T{}, 4
	println(q.a, p.a)
	m := map[int]int{}
	n := 1
	n, m[n] = 2, 3
	println(n, m[1], m[2])
	var pi *int = new(int)
	pj := pi
	pi, *pi = new(int), 8
	println(*pj, *pi)
}
