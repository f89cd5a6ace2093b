package main

// 100,000 goroutines blocked on one channel at once, then all finishing.

func main() {
	const n = 100000
	start := make(chan int)
	done := make(chan int, 100)
	for i := 0; i < n; i++ {
		go func(id int) {
			v := <-start
			done <- v + id
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
