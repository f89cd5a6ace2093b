package main

import (
	"sync"
	"sync/atomic"
)

type counters struct {
	a int32
	b int64
	c uint32
	d uint64
	p uintptr
}

var g64 int64

func main() {
	var c counters
	var local int64
	arr := make([]int32, 4)
	var i64 atomic.Int64
	var u32 atomic.Uint32
	var flag atomic.Bool
	var wg sync.WaitGroup
	const n = 50
	const per = 1000
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < per; j++ {
				atomic.AddInt32(&c.a, 1)
				atomic.AddInt64(&c.b, 2)
				atomic.AddUint32(&c.c, 3)
				atomic.AddUint64(&c.d, 4)
				atomic.AddUintptr(&c.p, 1)
				atomic.AddInt64(&g64, -1)
				atomic.AddInt64(&local, 1)
				atomic.AddInt32(&arr[i%4], 1)
				i64.Add(5)
				u32.Add(1)
				for {
					old := atomic.LoadInt64(&c.b)
					if atomic.CompareAndSwapInt64(&c.b, old, old+1) {
						break
					}
				}
			}
			flag.Store(true)
		}(i)
	}
	wg.Wait()
	println(c.a, c.b, c.c, c.d, c.p, g64, local, arr[0]+arr[1]+arr[2]+arr[3], i64.Load(), u32.Load(), flag.Load())
	old := atomic.SwapInt32(&c.a, 7)
	now := c.a
	cas1 := atomic.CompareAndSwapInt32(&c.a, 6, 1)
	cas2 := atomic.CompareAndSwapInt32(&c.a, 7, 1)
	println(old, now, cas1, cas2, c.a)
	atomic.StoreUint64(&c.d, 1<<63)
	println(atomic.LoadUint64(&c.d), atomic.AddUint32(&c.c, ^uint32(0)))
	var v atomic.Value
	println(v.Load() == nil)
	v.Store("hello")
	println(v.Load().(string), v.Swap("world").(string), v.CompareAndSwap("world", "again"), v.CompareAndSwap("x", "y"), v.Load().(string))
	func() {
		defer func() { println(recover().(string)) }()
		v.Store(1)
	}()
	func() {
		defer func() { println(recover().(string)) }()
		v.Store(nil)
	}()
	var pv atomic.Value
	func() {
		defer func() { println(recover().(string)) }()
		pv.CompareAndSwap(1, "a")
	}()

}
