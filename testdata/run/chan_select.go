package main

// select whose output does not depend on which ready case wins.

func producer(c chan<- int, n int, base int) {
	for i := 0; i < n; i++ {
		c <- base + i
	}
	close(c)
}

func main() {
	a := make(chan int)
	b := make(chan int)
	go producer(a, 100, 0)
	go producer(b, 100, 1000)
	sumA, sumB, n := 0, 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sumA += v
			n++
		case v, ok := <-b:
			if !ok {
				b = nil
				break
			}
			sumB += v
			n++
		}
	}
	println(sumA, sumB, n)

	// default when nothing is ready; a buffered send succeeds
	c := make(chan string, 1)
	select {
	case s := <-c:
		println("unexpected", s)
	default:
		println("empty")
	}
	select {
	case c <- "x":
		println("sent")
	default:
		println("full")
	}
	select {
	case c <- "y":
		println("sent again")
	default:
		println("full")
	}
	select {
	case s := <-c:
		println("got", s)
	}

	// a select loop with a quit channel and a timeout-free worker
	jobs := make(chan int)
	results := make(chan int)
	quit := make(chan bool)
	go func() {
		for {
			select {
			case j := <-jobs:
				results <- j * j
			case <-quit:
				println("worker quits")
				quit <- true
				return
			}
		}
	}()
	total := 0
	for i := 1; i <= 10; i++ {
		jobs <- i
		total += <-results
	}
	quit <- true
	<-quit
	println("total", total)

	// send and receive cases on one channel, nil channels never ready
	var nilc chan int
	d := make(chan int, 1)
	for i := 0; i < 4; i++ {
		select {
		case d <- i:
			println("put", i)
		case v := <-d:
			println("took", v)
		case <-nilc:
			println("nil!")
		case nilc <- 1:
			println("nil send!")
		}
	}
}
