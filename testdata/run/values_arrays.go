package main

type T struct {
	X int
	A [2]string
}

func change(a [3]int) [3]int {
	a[0] = 99
	return a
}

func main() {
	a := [5]int{1, 2, 3}
	c := a
	c[0] = 100
	println(a[0], c[0], a == c, len(a), a[4])
	b := change([3]int{1, 2, 3})
	println(b[0], b[1])
	var m [3][4]int
	m[1][2] = 5
	m2 := m
	m2[1][2] = 6
	println(m[1][2], m2[1][2], len(m[0]), m == m2)
	ts := [2]T{{1, [2]string{"a", "b"}}}
	ts2 := ts
	ts2[0].A[1] = "z"
	println(ts[0].A[1], ts2[0].A[1], ts[1].A[0] == "", ts == ts2)
	s := a[1:4]
	s[0] = 42
	println(a[1], len(s), cap(s))
	for i, v := range a {
		a[4] = 7
		print(i, v, " ")
	}
	println()
	p := &a
	p[0] = -1
	println(a[0], len(p))
	f := [2]float64{0, 1}
	g := [2]float64{-0.0, 1}
	println(f == g)
	keyed := [...]string{2: "c", 0: "a"}
	println(len(keyed), keyed[0], keyed[1] == "", keyed[2])
}
