package main

import "runtime"

func main() {
	println(runtime.NumGoroutine())
	c := make(chan int)
	for i := 0; i < 10; i++ {
		go func() { <-c }()
	}
	println(runtime.NumGoroutine())
	for i := 0; i < 10; i++ {
		c <- i
	}
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	println(runtime.NumGoroutine())
	prev := runtime.GOMAXPROCS(3)
	println(prev > 0, runtime.GOMAXPROCS(0))
	println(runtime.GOMAXPROCS(1), runtime.GOMAXPROCS(0))
	runtime.LockOSThread()
	runtime.LockOSThread()
	runtime.UnlockOSThread()
	done := make(chan bool)
	go func() { done <- true }()
	<-done
	runtime.UnlockOSThread()
	runtime.UnlockOSThread()
	println("locks ok")
}
