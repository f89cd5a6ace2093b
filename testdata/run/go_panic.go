package main

// Another goroutine panics; its deferred call lets main return while the panic is still in
// progress: the panic is printed and the exit code is 2 (GOTRACEBACK=none in .env).

func main() {
	c := make(chan int)
	go func() {
		defer func() {
			println("deferred in the panicking goroutine")
			c <- 1
		}()
		panic("boom")
	}()
	<-c
}
