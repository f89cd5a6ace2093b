package main

// Lookups in nil maps of every key kind read the zero value; an unhashable dynamic key of an
// interface-keyed nil map still panics, as gc hashes it.

type point struct{ x, y int }

func main() {
	var mc map[chan int]int
	var mp map[*int]string
	var ms map[point]bool
	var ma map[[2]string]int
	var mi map[interface{}]int
	var mf map[float64]int
	c := make(chan int)
	n := 1
	v, ok := mc[c]
	println(v, ok, mp[&n] == "", ms[point{1, 2}], ma[[2]string{"a", "b"}], mi[c], mi[point{}], mf[0.5])
	delete(mc, c)
	delete(mi, "x")
	func() {
		defer func() { println("recovered:", recover().(error).Error()) }()
		println(mi[[]int{1}])
	}()
}
