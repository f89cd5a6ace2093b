package main

// GOMAXPROCS=1 (.env): goroutines that never block run tight loops; main gets the processor
// back only through preemption.

var counter [2]int

func spin(i int) {
	for {
		counter[i]++
	}
}

func main() {
	go spin(0)
	go spin(1)
	c := make(chan string)
	go func() {
		x := 0
		for i := 0; i < 10000000; i++ {
			x += i
		}
		println(x)
		c <- "computed"
	}()
	println(<-c)
	for i := 0; i < 3; i++ {
		d := make(chan int)
		go func() { d <- i }()
		println("round", <-d)
	}
}
