package main

type Number interface {
	~int | ~int64 | ~float64
}

func Max[T Number](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type List[T any] struct {
	next *List[T]
	val  T
}

func (l *List[T]) Push(v T) *List[T] {
	return &List[T]{next: l, val: v}
}

func (l *List[T]) Len() int {
	n := 0
	for p := l; p != nil; p = p.next {
		n++
	}
	return n
}

type MyInt int

func Map[T, U any](xs []T, f func(T) U) []U {
	var r []U
	for _, x := range xs {
		r = append(r, f(x))
	}
	return r
}

func Eq[T comparable](a, b T) bool { return a == b }

func main() {
	println(Max(3, 4), Max[float64](2.5, 1), Max(MyInt(7), 2))
	println(Sum([]int{1, 2, 3}), Sum([]float64{1.5, 2}))
	var l *List[string]
	l = l.Push("a").Push("b")
	println(l.Len(), l.val, l.next.val)
	ys := Map([]int{1, 2, 3}, func(i int) string { return string(rune('a' + i)) })
	println(len(ys), ys[0], ys[2])
	println(Eq("x", "x"), Eq(1, 2))
	f := Max[int]
	println(f(9, 8))
}
