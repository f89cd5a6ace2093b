package main

import (
	"fmt"
	"runtime"
)

type node struct {
	id   int
	next *node
}

var order []int

func chain() {
	// a refers to b: gc finalizes a first, b only after a's finalizer has run
	b := &node{id: 2}
	a := &node{id: 1, next: b}
	runtime.SetFinalizer(b, func(n *node) { order = append(order, n.id) })
	runtime.SetFinalizer(a, func(n *node) { order = append(order, n.id*10+n.next.id) })
}

var sum int64

func ints() {
	// objects big enough for gc not to combine them in one tiny block
	for i := int64(1); i <= 10; i++ {
		p := new([3]int64)
		p[1] = i
		runtime.SetFinalizer(p, func(p *[3]int64) { sum += p[1] })
	}
}

type arr [4]int64

var cleared = -1

func cancelled() {
	x := new(arr)
	runtime.SetFinalizer(x, func(*arr) { panic("cancelled finalizer ran") })
	runtime.SetFinalizer(x, nil)
}

func live() *arr {
	x := new(arr)
	x[0] = 42
	runtime.SetFinalizer(x, func(p *arr) { cleared = int(p[0]) })
	return x
}

func main() {
	chain()
	ints()
	cancelled()
	keep := live()
	for i := 0; i < 5 && (len(order) < 2 || sum < 55); i++ {
		runtime.GC()
	}
	fmt.Println("order:", order)
	fmt.Println("sum:", sum)
	fmt.Println("live object finalized:", cleared != -1)
	runtime.KeepAlive(keep)
	keep = nil
	for i := 0; i < 5 && cleared == -1; i++ {
		runtime.GC()
	}
	fmt.Println("after last use:", cleared)
}
