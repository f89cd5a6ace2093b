package main

// 20 goroutines block inside deferred calls, which the runtime runs in frames that cannot
// unwind: each parks its thread (its P goes to another thread) and all still finish.

func hold(c chan int, out chan int) {
	defer func() {
		out <- <-c
	}()
}

func main() {
	const k = 20
	held := make(chan int)
	out := make(chan int)
	for i := 0; i < k; i++ {
		go hold(held, out)
	}
	go func() {
		for i := 0; i < k; i++ {
			held <- i
		}
	}()
	total := 0
	for i := 0; i < k; i++ {
		total += <-out
	}
	println("held", total)
}
