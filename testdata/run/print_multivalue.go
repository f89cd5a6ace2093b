package main

func g() (int, bool) { return 1, true }

func find(n int) (i int, found bool) {
	i = n
	return i, i == n
}

func main() {
	println(g())
	println(find(3))
	defer println(g())
	print(g())
	println()

}
