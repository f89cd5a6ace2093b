package main

import "runtime"

func main() {
	go func() {
		for i := 0; i < 3; i++ {
			println("worker", i)
			runtime.Gosched()
		}
	}()
	defer println("main deferred")
	runtime.Goexit()
}
