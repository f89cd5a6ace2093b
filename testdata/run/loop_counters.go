// Loop counters gojc keeps in JVM ints (gojc.ir.LoopNarrowing) behave as Go ints: bounds from len,
// constants and variables, a bound that changes in the body, nested counters, labeled break and
// continue, widening before arithmetic, the edge at MaxInt32, and the index panic text.
package main

func sum(xs []int) int {
	t := 0
	for i := 0; i < len(xs); i++ {
		t += xs[i] * i
	}
	return t
}

func pairs(n int) int {
	c := 0
	for i := 0; i < n; i++ { // n unbounded: stays a long
		for j := i + 1; j < n; j++ {
			c += j - i
		}
	}
	return c
}

func grow() []int {
	s := []int{1, 2, 3}
	for i := 0; i < len(s); i++ { // the bound changes in the body
		if len(s) < 10 {
			s = append(s, s[i]*2)
		}
	}
	return s
}

type item struct{ v int }

func main() {
	xs := []int{5, 6, 7, 8}
	println(sum(xs), pairs(7))
	g := grow()
	println(len(g), g[9])
	n := len(xs)
	var a [6]int
	str := "héllo"
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			a[j] += i * 1000000000000 // widened before the multiplication
		}
		println(i, str[i], a[i])
	}
	for k := 0; k < 3; k++ {
		if k == 1 {
			continue
		}
		println("k", k, int64(k)<<40)
	}
outer:
	for i := 0; i < 10; i++ {
		for j := 0; j < 10; j++ {
			if i*j > 20 {
				break outer
			}
			if j > i {
				continue outer
			}
		}
		println("i", i)
	}
	items := []*item{{1}, {2}, {3}}
	for i := 0; i < len(items); i++ {
		items[i].v += i
		p := &items[i]
		(*p).v *= 10
	}
	println(items[0].v, items[1].v, items[2].v)
	bs := make([]byte, 5)
	for i := 0; i < len(bs); i++ {
		bs[i] = byte('a' + i)
	}
	println(string(bs))
	m := 2147483647
	c := 0
	for i := 2147483640; i < m; i++ { // up to MaxInt32 exactly
		c++
	}
	println(c)
	for i := 0; i < 1<<31+2; i++ { // bound beyond int32: stays a long
		if i > 3 {
			break
		}
	}
	defer func() { println("recovered:", recover().(error).Error()) }()
	ys := []int{1, 2}
	for i := 0; i < 5; i++ {
		println(ys[i])
	}
}
