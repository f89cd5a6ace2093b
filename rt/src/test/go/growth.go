// Prints the capacities gc 1.19 gives while appending; expected values for SliceGrowthTest.
// Regenerate: go run growth.go > ../resources/gojc/rt/growth.txt
package main

import "fmt"

type (
	e16  [2]int64
	e24  [3]int64
	e32  [4]int64
	e48  [6]int64
	e64  [8]int64
	e96  [12]int64
	e200 [25]int64
)

// one appends a single element 5000 times and prints each new capacity.
func one[T any](size int) {
	var s []T
	var z T
	last := -1
	fmt.Printf("one %d:", size)
	for i := 0; i < 5000; i++ {
		s = append(s, z)
		if cap(s) != last {
			last = cap(s)
			fmt.Printf(" %d", last)
		}
	}
	fmt.Println()
}

// bulk appends k elements at a time, with k cycling through a few sizes.
func bulk[T any](size int) {
	var s []T
	ks := []int{1, 3, 7, 20, 2, 100, 5, 333, 13}
	fmt.Printf("bulk %d:", size)
	for i := 0; len(s) < 5000; i++ {
		s = append(s, make([]T, ks[i%len(ks)])...)
		fmt.Printf(" %d/%d", len(s), cap(s))
	}
	fmt.Println()
}

func main() {
	one[byte](1)
	one[int16](2)
	one[int32](4)
	one[int64](8)
	one[e16](16)
	one[e24](24)
	one[e32](32)
	one[e48](48)
	one[e64](64)
	one[e96](96)
	one[e200](200)
	bulk[byte](1)
	bulk[int16](2)
	bulk[int32](4)
	bulk[int64](8)
	bulk[e16](16)
	bulk[e24](24)
	bulk[e32](32)
	bulk[e48](48)
	bulk[e64](64)
	bulk[e96](96)
	bulk[e200](200)
	// a single big append from empty and from a small slice
	for _, n := range []int{1, 5, 9, 17, 33, 100, 257, 1000, 1025, 4097} {
		a := append([]int64(nil), make([]int64, n)...)
		b := append(make([]int64, 3, 4), make([]int64, n)...)
		c := append([]byte("x"), make([]byte, n)...)
		fmt.Printf("big %d: %d %d %d\n", n, cap(a), cap(b), cap(c))
	}
}
