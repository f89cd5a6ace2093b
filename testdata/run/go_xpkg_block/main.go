package main

import "example.com/xpkg/relay"

// 100,000 goroutines all blocked at once in another package's function, then finishing: the
// callers unwind across the package boundary, so a few threads run them all.
func main() {
	const n = 100000
	start := make(chan int)
	done := make(chan int, 64)
	for i := 0; i < n; i++ {
		go func(id int) {
			v := relay.Take(start)
			done <- relay.Double(v) + id%2
		}(i)
	}
	go func() {
		for i := 0; i < n; i++ {
			start <- 1
		}
	}()
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-done
	}
	println("sum", sum)

}
