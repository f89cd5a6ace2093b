package main

func sum(prefix string, xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	println(prefix, len(xs), xs == nil)
	return t
}

func two() (int, int) { return 3, 4 }

func all(xs ...int) int { return sum("all", xs...) }

func main() {
	println(sum("none"))
	println(sum("three", 1, 2, 3))
	s := []int{10, 20}
	println(sum("spread", s...))
	println(all(two()))
	f := sum
	println(f("value", 5, 6))
	defer sum("deferred", 7, 8)
}
