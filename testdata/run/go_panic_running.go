package main

func spin(n int) int {
	s := 0
	for i := 0; ; i++ {
		s += i ^ n
	}
	return s
}

func main() {
	go func() {
		panic("goroutine panic while main runs")
	}()
	println(spin(3))
}
