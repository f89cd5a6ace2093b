package main

import "runtime"

func main() {
	done := make(chan bool)
	go func() {
		defer func() { close(done) }()
		defer func() { runtime.Goexit() }()
		panic("first")
	}()
	<-done
	c := make(chan int)
	go func() {
		defer func() {
			println("recovered", recover().(string))
			c <- 1
		}()
		panic("second")
	}()
	<-c
	go func() {
		defer func() {}()
		panic("third")
	}()
	select {}
}
