package main

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func main() {
	println(depth(1000000))
	c := make(chan int)
	go func() { c <- depth(1000000) }()
	println(<-c)
}
