package main

import "time"

func main() {
	t := time.NewTimer(20 * time.Millisecond)
	<-t.C
	println("timer fired")
	println("Stop after firing:", t.Stop())

	t2 := time.NewTimer(time.Hour)
	println("Stop before firing:", t2.Stop())
	println("Reset stopped:", t2.Reset(10*time.Millisecond))
	<-t2.C
	println("reset timer fired")

	tk := time.NewTicker(10 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 3 {
			break
		}
	}
	tk.Stop()
	println("ticks:", n)

	<-time.After(5 * time.Millisecond)
	println("After done")

	done := make(chan bool)
	time.AfterFunc(10*time.Millisecond, func() { done <- true })
	println("AfterFunc ran:", <-done)

	stopped := time.AfterFunc(time.Hour, func() { println("never") })
	println("AfterFunc stopped:", stopped.Stop())

	select {
	case <-time.After(10 * time.Millisecond):
		println("timeout case")
	case <-make(chan int):
		println("impossible")
	}
}
