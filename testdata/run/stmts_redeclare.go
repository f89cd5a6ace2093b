package main

func find(n int) (i int, found bool) {
	i, j := 0, n
	for i < j {
		i++
	}
	return i, i == n
}

func f(s string) string {
	name, s := s[0:2], s[2:]
	return name + s
}

func main() {
	var di uint64 = 100
	di, dfrac := di>>2, di&3
	println(di, dfrac)
	println(find(3))
	println(f("hello"))
}
