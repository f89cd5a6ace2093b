package main

type V struct {
	X int
	A [2]int
}

var g V
var ga [3]string
var gi int
var gm = map[string]int{"k": 1}

var calls int

func idx() int {
	calls++
	return 1
}

func main() {
	// op-assignment evaluates the target's operands once
	xs := []int{1, 2, 3}
	xs[idx()] += 10
	xs[idx()]++
	println(xs[1], calls)
	m := map[string]int{}
	m["a"] += 5
	m["a"]++
	m["b"]--
	println(m["a"], m["b"], len(m))
	vs := []V{{X: 1}}
	vs[0].X *= 7
	vs[0].A[1] -= 3
	println(vs[0].X, vs[0].A[1])
	p := &vs[0]
	p.X <<= 2
	println(vs[0].X)
	s := "x"
	s += "y"
	println(s)
	// struct elements are values: copies and appends do not alias
	a := []V{{X: 1}, {X: 2}}
	b := append([]V(nil), a...)
	b[0].X = 100
	c := make([]V, 2)
	copy(c, a)
	c[1].A[0] = 9
	d := append(a[:1:1], V{X: 3})
	d[0].X = 50
	println(a[0].X, b[0].X, a[1].A[0], c[1].A[0], d[0].X, len(d))
	r := a[0]
	r.X = 42
	println(a[0].X, r.X)
	// package-level composite variables
	g.X = 3
	g.A[1] = 4
	h := g
	h.X = 5
	println(g.X, g.A[1], h.X, ga[2] == "", len(ga))
	ga[1] = "s"
	pg := &g
	pg.X = 8
	pi := &gi
	*pi = 11
	println(g.X, ga[1], gi, gm["k"])
	g = V{X: 1}
	println(pg.X, pg.A[1])
	// arrays of arrays and nested literals
	grid := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	row := grid[1]
	row[0] = 40
	println(grid[1][0], row[0], grid == [2][3]int{{1, 2, 3}, {4, 5, 6}})
	ms := map[string][]V{"a": {{X: 1}, {X: 2}}}
	println(len(ms["a"]), ms["a"][1].X)
	pts := []*V{{X: 7}}
	println(pts[0].X)
}
