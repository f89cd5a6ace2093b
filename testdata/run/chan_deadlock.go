package main

// All goroutines blocked: gc's fatal error and exit 2 (GOTRACEBACK=none in .env keeps the
// output free of addresses).

func main() {
	c := make(chan int)
	done := make(chan bool)
	go func() {
		c <- 1
		done <- true
	}()
	println(<-c)
	<-done
	println("waiting forever")
	<-c
}
