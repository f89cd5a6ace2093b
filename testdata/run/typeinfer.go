package main

import "fmt"

// Partial type argument lists: the rest is inferred.
func Convert[To, From interface{ ~int | ~float64 }](xs []From) []To {
	r := make([]To, len(xs))
	for i, x := range xs {
		r[i] = To(x)
	}
	return r
}

// Constraint type inference through a core type.
func Keys[M interface{ ~map[K]V }, K comparable, V any](m M) int {
	return len(m)
}

type Setter[T any] interface {
	*T
	Set(string)
}

type Box struct{ s string }

func (b *Box) Set(s string) { b.s = "box:" + s }

// PT is inferred from T through its constraint's single term *T.
func FromStrings[T any, PT Setter[T]](ss []string) []T {
	r := make([]T, len(ss))
	for i, s := range ss {
		PT(&r[i]).Set(s)
	}
	return r
}

type Pair[A, B any] func(a A, b B) string

// A function literal against a generic named function type.
func Apply[A, B any](f Pair[A, B], a A, b B) string { return f(a, b) }

type Num interface{ ~int | ~int64 | ~float64 }

type wrapped[T Num] struct{ V T }

func (w wrapped[T]) Get() T { return w.V }

type getter[T Num] interface {
	~struct{ V T }
	Get() T
}

// T is inferred from U's core type struct{ V T }.
func Sum[T Num, U getter[T]](a, b U) T { return a.Get() + b.Get() }

type MyInts []int

func main() {
	fmt.Println(Convert[float64]([]int{1, 2, 3}))
	fmt.Println(Keys(map[*string]int{nil: 1}))
	fmt.Println(FromStrings[Box]([]string{"a", "b"}))
	f := FromStrings[Box]
	fmt.Println(len(f([]string{"x"})))
	fmt.Println(Apply(func(a int, b string) string { return fmt.Sprint(a, b) }, 7, "x"))
	fmt.Println(Sum(wrapped[int]{3}, wrapped[int]{4}))
	fmt.Println(Sum(wrapped[float64]{1.5}, wrapped[float64]{2}))
}
