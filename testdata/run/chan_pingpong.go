package main

// Unbuffered and buffered ping-pong between two goroutines.

func player(name string, in <-chan int, out chan<- int, done chan<- string) {
	for {
		v, ok := <-in
		if !ok {
			done <- name
			return
		}
		if v%25000 == 0 {
			println(name, v)
		}
		out <- v + 1
	}
}

func pingpong(size int, n int) {
	ping := make(chan int, size)
	pong := make(chan int, size)
	done := make(chan string)
	go player("pong", ping, pong, done)
	ping <- 0
	for {
		v := <-pong
		if v >= n {
			println("final", v)
			break
		}
		ping <- v + 1
	}
	close(ping)
	println("done:", <-done)
}

func main() {
	pingpong(0, 100000)
	pingpong(1, 100000)
	pingpong(10, 50)
}
