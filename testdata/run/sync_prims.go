package main

import (
	"sync"
)

type account struct {
	mu      sync.Mutex
	balance int
}

func main() {
	// Mutex: many goroutines, exact total
	var acc account
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				acc.mu.Lock()
				acc.balance++
				acc.mu.Unlock()
			}
		}()
	}
	wg.Wait()
	println("balance", acc.balance)

	// Once
	var once sync.Once
	calls := 0
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { calls++ })
		}()
	}
	wg.Wait()
	println("once calls", calls)

	// RWMutex
	var rw sync.RWMutex
	shared := map[int]int{}
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			if i%4 == 0 {
				rw.Lock()
				shared[i] = i * i
				rw.Unlock()
			} else {
				rw.RLock()
				_ = shared[i]
				rw.RUnlock()
			}
		}(i)
	}
	wg.Wait()
	println("rw entries", len(shared), shared[16])

	// Cond: a queue with producers and consumers
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	queue := []int{}
	sum := 0
	done := make(chan bool)
	for c := 0; c < 3; c++ {
		go func() {
			for {
				mu.Lock()
				for len(queue) == 0 {
					cond.Wait()
				}
				v := queue[0]
				queue = queue[1:]
				if v >= 0 {
					sum += v
				}
				mu.Unlock()
				if v < 0 {
					done <- true
					return
				}
			}
		}()
	}
	for i := 1; i <= 100; i++ {
		mu.Lock()
		queue = append(queue, i)
		cond.Signal()
		mu.Unlock()
	}
	mu.Lock()
	queue = append(queue, -1, -1, -1)
	cond.Broadcast()
	mu.Unlock()
	for c := 0; c < 3; c++ {
		<-done
	}
	println("cond sum", sum)

	// Map
	var m sync.Map
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			m.Store(i, i*10)
		}(i)
	}
	wg.Wait()
	v, ok := m.Load(3)
	println("map load", v.(int), ok)
	act, loaded := m.LoadOrStore(3, 99)
	println("map loadorstore", act.(int), loaded)
	act, loaded = m.LoadOrStore(42, 420)
	println("map loadorstore new", act.(int), loaded)
	m.Delete(5)
	_, ok = m.Load(5)
	println("deleted", !ok)
	n := 0
	total := 0
	m.Range(func(k, v any) bool {
		n++
		total += v.(int)
		return true
	})
	println("range", n, total)
	old, loaded := m.LoadAndDelete(42)
	println("loadanddelete", old.(int), loaded)

	// Pool
	made := 0
	p := sync.Pool{New: func() any { made++; return new([64]byte) }}
	b := p.Get().(*[64]byte)
	b[0] = 7
	p.Put(b)
	b2 := p.Get().(*[64]byte)
	println("pool", made >= 1, b2 != nil)
	var empty sync.Pool
	println("empty pool", empty.Get() == nil)

	// Locker interface
	var l sync.Locker = &mu
	l.Lock()
	l.Unlock()
	println("done")
}
