package main

import (
	"fmt"
	"sync/atomic"
)

type T struct{ a, b int }

func main() {
	var p atomic.Pointer[T]
	fmt.Println(p.Load() == nil)
	p.Store(&T{1, 2})
	fmt.Println(*p.Load())
	old := p.Swap(&T{3, 4})
	fmt.Println(*old, *p.Load())
	fmt.Println(p.CompareAndSwap(old, &T{5, 6}), p.CompareAndSwap(p.Load(), &T{7, 8}), *p.Load())
	fmt.Printf("%T\n", &p)
}
