package main

// runtime.main runs package init on the main thread (m0). An init that calls
// runtime.LockOSThread keeps main.main on that thread, even after main blocks while
// other goroutines run on other threads; without it main may move.

import (
	"runtime"
	"syscall"
)

var initTid int

func init() {
	runtime.LockOSThread()
	initTid = syscall.Gettid()
	// init may block: goroutines started here run meanwhile.
	c := make(chan int)
	go func() { c <- 1 }()
	<-c
	println("init on its thread after blocking:", syscall.Gettid() == initTid)
}

func spin(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i % 7
	}
	return s
}

func main() {
	println("main.main on the init thread:", syscall.Gettid() == initTid)
	runtime.GOMAXPROCS(2)
	done := make(chan int)
	for i := 0; i < 8; i++ {
		go func() { done <- spin(2000000) }()
	}
	same := true
	for i := 0; i < 8; i++ {
		<-done
		runtime.Gosched()
		same = same && syscall.Gettid() == initTid
	}
	println("still there after blocking 8 times:", same)
	runtime.UnlockOSThread()
}
