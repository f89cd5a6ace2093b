package main

import "fmt"

var (
	buf  = make([]byte, 8, 12)
	mid  = (*[4]byte)(buf[2:])
	tail = (*[2]byte)(buf[6:])
)

func fill() {
	for i := range mid {
		mid[i] = byte('a' + i)
	}
	copy(tail[:], "yz")
}

type pair[T any] struct{ a, b T }

func firstTwo[T any](s []T) pair[T] {
	p := (*[2]T)(s[1:])
	return pair[T]{p[0], p[1]}
}

func main() {
	fill()
	fmt.Printf("%q %q %q\n", buf, *mid, mid[1:3])
	buf[2] = 'A'
	fmt.Println(string(mid[:]), &mid[0] == &buf[2], len(tail), cap(tail[1:]))
	fmt.Println(firstTwo([]string{"x", "y", "z"}), firstTwo([]int{1, 2, 3}))
}
