package main

import (
	"fmt"
	"reflect"
)

type P struct{ a, b int }

func main() {
	c := make(chan int, 1)
	cv := reflect.ValueOf(c)
	fmt.Println(cv.TrySend(reflect.ValueOf(1)), cv.TrySend(reflect.ValueOf(2)))
	x, ok := cv.TryRecv()
	fmt.Println(x.Int(), ok)
	x, ok = cv.TryRecv()
	fmt.Println(x.IsValid(), ok)
	cv.Send(reflect.ValueOf(7))
	x, ok = cv.Recv()
	fmt.Println(x.Int(), ok)

	done := make(chan bool)
	ps := make(chan P)
	go func() {
		for i := 0; i < 3; i++ {
			p := <-ps
			fmt.Println("got", p.a, p.b)
		}
		done <- true
	}()
	psv := reflect.ValueOf(ps)
	for i := 0; i < 3; i++ {
		psv.Send(reflect.ValueOf(P{i, i * i}))
	}
	<-done

	// select with default
	cases := []reflect.SelectCase{
		{Dir: reflect.SelectRecv, Chan: cv},
		{Dir: reflect.SelectDefault},
	}
	chosen, recv, recvOK := reflect.Select(cases)
	fmt.Println(chosen, recv.IsValid(), recvOK)

	c <- 42
	chosen, recv, recvOK = reflect.Select(cases)
	fmt.Println(chosen, recv.Int(), recvOK)

	// send case, then receive via goroutine
	out := make(chan string)
	in := make(chan string)
	go func() {
		s := <-out
		in <- s + "!"
		close(in)
	}()
	cases = []reflect.SelectCase{
		{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(in)},
		{Dir: reflect.SelectSend, Chan: reflect.ValueOf(out), Send: reflect.ValueOf("hi")},
	}
	chosen, _, _ = reflect.Select(cases)
	fmt.Println("chosen", chosen)
	chosen, recv, recvOK = reflect.Select(cases[:1])
	fmt.Println(chosen, recv.String(), recvOK)
	chosen, recv, recvOK = reflect.Select(cases[:1])
	fmt.Println(chosen, recv.String(), recvOK)

	// nil channel case never chosen
	var nilc chan int
	cases = []reflect.SelectCase{
		{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(nilc)},
		{Dir: reflect.SelectDefault},
	}
	chosen, _, _ = reflect.Select(cases)
	fmt.Println("nil:", chosen)

	cv.Close()
	x, ok = cv.Recv()
	fmt.Println(x.Int(), ok)
	defer func() { fmt.Println("recovered:", recover()) }()
	cv.Send(reflect.ValueOf(1))
}
