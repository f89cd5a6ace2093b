package main

func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

type S struct{ A, B int32 }

func main() {
	var xs []int
	println(xs == nil, len(xs), cap(xs))
	for i := 0; i < 10; i++ {
		xs = append(xs, i*i)
		print(cap(xs), " ")
	}
	println()
	println(sum(xs), sum(xs[2:5]), len(xs[2:5:7]), cap(xs[2:5:7]))
	ys := make([]int, 3, 10)
	n := copy(ys, xs)
	println(n, ys[0], ys[1], ys[2])
	ys = append(ys, xs...)
	println(len(ys), cap(ys))
	zs := append([]int(nil), 1, 2, 3)
	println(len(zs), cap(zs))
	var bs []byte
	for i := 0; i < 40; i++ {
		bs = append(bs, byte(i))
	}
	println(len(bs), cap(bs), bs[39])
	ss := [][]string{{"a", "b"}, {"c"}}
	ss[1] = append(ss[1], "d", "e")
	println(len(ss[1]), ss[1][2], ss[0][1])
	st := []S{{1, 2}, {3, 4}}
	for i := 0; i < 5; i++ {
		st = append(st, S{int32(i), 0})
	}
	println(len(st), cap(st), st[6].A)
	fs := make([]float64, 2)
	fs[1] = 2.5
	println(fs[0], fs[1])
	for i, v := range []uint8{250, 255} {
		println(i, v+1)
	}
}
