package main

// close, range over a channel, comma-ok receives, len/cap, nil channels, channels of
// channels and directional conversions.

type pair struct {
	a, b int
}

func gen(n int) <-chan int {
	c := make(chan int, 3)
	go func() {
		for i := 1; i <= n; i++ {
			c <- i
		}
		close(c)
	}()
	return c
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for v := range in {
			out <- v * v
		}
		close(out)
	}()
	return out
}

func main() {
	sum := 0
	for v := range square(gen(10)) {
		sum += v
	}
	println("sum of squares", sum)

	c := make(chan string, 4)
	c <- "a"
	c <- "b"
	println(len(c), cap(c))
	close(c)
	for i := 0; i < 4; i++ {
		v, ok := <-c
		println(i, v, ok, len(c))
	}
	v := <-c
	println("after close:", v == "", len(v))

	// struct elements are copied in and out
	ps := make(chan pair, 2)
	p := pair{1, 2}
	ps <- p
	p.a = 100
	q := <-ps
	println(q.a, q.b, p.a)
	close(ps)
	z, ok := <-ps
	println(z.a, z.b, ok)

	// channels of channels: a request carries its reply channel
	reqs := make(chan chan int)
	go func() {
		n := 0
		for r := range reqs {
			n++
			r <- n * 10
		}
	}()
	for i := 0; i < 3; i++ {
		reply := make(chan int)
		reqs <- reply
		println("reply", <-reply)
	}
	close(reqs)

	// directional conversions and nil channels
	var bidi chan float64 = make(chan float64, 1)
	var send chan<- float64 = bidi
	var recv <-chan float64 = (<-chan float64)(bidi)
	send <- 2.5
	println(<-recv)
	var nilc chan int
	println(nilc == nil, len(nilc), cap(nilc), bidi != nil)
	println(nilc)

	// bool and byte elements, range with no variable
	bc := make(chan bool, 2)
	bc <- true
	bc <- false
	close(bc)
	for b := range bc {
		println(b)
	}
	bytes := make(chan byte, 3)
	bytes <- 'x'
	bytes <- 255
	bytes <- 7
	close(bytes)
	n := 0
	for range bytes {
		n++
	}
	println("bytes", n)
}
