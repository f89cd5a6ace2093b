package main

import "fmt"

func Max[T int | float64](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Both[T any](a, b T) T { return b }

func Slice[T any](a []T, b T) []T { return append(a, b) }

func main() {
	// Go 1.19 gives each untyped argument whose type parameter is not inferred from typed
	// arguments its default type, and all of them must agree.
	fmt.Println(Max(2.5, 1.0), Max(1, 2), Max(2.5, float64(1)))
	fmt.Println(Max(2.5, -1))
	fmt.Println(Both('a', 1))
	fmt.Println(Slice([]float64{}, 1), Both(1.5, 2.5))
	fmt.Println(Both(1, 2.5))
}
