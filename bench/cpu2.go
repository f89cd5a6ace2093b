// cpu2: two CPU-bound goroutines that never block; run with GOMAXPROCS=1 and =2 for the
// parallel speed-up.
package main

func work(seed int, out chan<- int) {
	s := seed
	for i := 0; i < 1500000000; i++ {
		s += i ^ (s >> 3)
	}
	out <- s
}

func main() {
	out := make(chan int)
	go work(1, out)
	go work(2, out)
	a, b := <-out, <-out
	println("sum", a^b)
}
