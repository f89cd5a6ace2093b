package main

// main returns while other goroutines spin or stay blocked: the program exits 0 at once.

func spin(p *int) {
	for {
		*p++
	}
}

func main() {
	x, y := 0, 0
	go spin(&x)
	go spin(&y)
	c := make(chan int)
	go func() { <-c }()
	go func() {
		for {
			c <- 1
		}
	}()
	println("main returns")
}
