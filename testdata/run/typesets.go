package main

import "fmt"

// Indexing a type parameter without a core type.
func Third[T interface{ []int64 | [5]int64 }](x T) int64 {
	x[2] = 5
	return x[2] + x[3]
}

func At[T interface{ []byte | string }](x T, i int) byte { return x[i] }

// A []byte|string type set spread into append.
func Add[S ~string | ~[]byte](buf []byte, s S) []byte { return append(buf, s...) }

type I interface{ []byte }

// A type parameter whose type set is {[]byte} passed as []byte.
func Len[T I](t T) int { return count(t) }

func count(b []byte) int { return len(b) }

type F[T any] interface{ ~func() T }

type Self func() Self

// An unnamed function value assigned to a type parameter.
func Make[T F[T]]() T {
	var t T
	t = func() T { return t }
	return t
}

type T1 []int
type T2 []int

func main() {
	fmt.Println(Third([]int64{1, 2, 3, 4}), Third([5]int64{1, 2, 3, 4, 5}))
	fmt.Println(At("hello", 1), At([]byte("hi"), 0))
	fmt.Println(string(Add(Add(nil, "foo"), []byte("bar"))))
	fmt.Println(Len([]byte("four")))
	fmt.Println(Make[Self]() != nil)
	fmt.Println(append(T1{1}, T2{2, 3}...))
}
