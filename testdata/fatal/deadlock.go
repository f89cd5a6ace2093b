package main

// Every goroutine blocked: gc's fatal error, then each goroutine's header with its wait
// reason (the frames below carry code addresses, so the test compares the lines up to them).

func main() {
	c := make(chan int)
	go func() { select {} }()
	<-c
}
