package main

import (
	"fmt"
	"sort"
	"sync"
)

type P struct {
	X, Y int
	Name string
}

func main() {
	fmt.Println("hello", 42, 3.5, true, nil)
	fmt.Printf("%d %5.2f %q %v %+v %T\n", 7, 3.14159, "q", []int{1, 2}, P{1, 2, "p"}, P{})
	s := fmt.Sprintf("%x %08b %o %e", 255, 5, 8, 12345.678)
	fmt.Println(s)
	xs := []int{5, 2, 9, 1}
	sort.Ints(xs)
	fmt.Println(xs)
	var mu sync.Mutex
	var wg sync.WaitGroup
	total := 0
	for i := 1; i <= 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			total += i
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println("total", total)
	fmt.Println(fmt.Errorf("wrap: %w", fmt.Errorf("inner %d", 1)))
	m := map[string]int{"b": 2, "a": 1}
	fmt.Println(m)
}
