package main

// Package initialization that blocks on channels many times: init runs in frames that cannot
// unwind, so each receive parks the thread; a sender that readies it early must not make it
// unwind.

var total = pingpong(20000)

func pingpong(n int) int {
	c := make(chan int)
	d := make(chan int)
	go func() {
		for v := range c {
			d <- v + 1
		}
	}()
	s := 0
	for i := 0; i < n; i++ {
		c <- i
		s += <-d - i
	}
	close(c)
	return s
}

func main() {
	println(total, pingpong(1000))
}
