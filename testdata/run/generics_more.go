package main

type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~float32 | ~float64 | ~string
}

type Celsius float64

func Min[T Ordered](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x < m {
			m = x
		}
	}
	return m
}

func Sort[T Ordered](s []T) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

type Pair[K comparable, V comparable] struct {
	Key K
	Val V
}

func (p Pair[K, V]) Swap() Pair[V, K] {
	return Pair[V, K]{p.Val, p.Key}
}

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x, true
}

func Index[T comparable](s []T, x T) int {
	for i, v := range s {
		if v == x {
			return i
		}
	}
	return -1
}

func Counter[T any]() func(T) int {
	n := 0
	return func(T) int {
		n++
		return n
	}
}

func Reduce[T, A any](s []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range s {
		acc = f(acc, x)
	}
	return acc
}

func Keys[K comparable, V any](m map[K]V) []K {
	r := make([]K, 0, len(m))
	for k := range m {
		r = append(r, k)
	}
	Sort2(r)
	return r
}

func Sort2[T any](s []T) {}

type Num interface{ ~int | ~float64 }

func SumOf[T Num](s []T) T {
	return Reduce(s, T(0), func(a T, x T) T { return a + x })
}

type pt struct{ x, y int }

func main() {
	println(Min(3, 1, 2), Min(2.5, -1.5), Min("b", "a", "c"), Min[Celsius](30, 20))
	s := []int{5, 2, 8, 1}
	Sort(s)
	println(s[0], s[1], s[2], s[3])
	strs := []string{"z", "y", "x"}
	Sort(strs)
	println(strs[0], strs[2])
	p := Pair[string, int]{"a", 1}
	q := p.Swap()
	println(q.Key, q.Val, p == Pair[string, int]{"a", 1})
	var st Stack[complex128]
	st.Push(1 + 2i)
	st.Push(3i)
	x, ok := st.Pop()
	println(x, ok, len(st.items))
	var ps Stack[pt]
	ps.Push(pt{1, 2})
	y, _ := ps.Pop()
	_, ok2 := ps.Pop()
	println(y.x, y.y, ok2)
	println(Index([]pt{{1, 2}, {3, 4}}, pt{3, 4}), Index([]string{"a"}, "b"))
	c := Counter[string]()
	c("a")
	println(c("b"))
	println(Reduce([]int{1, 2, 3}, "", func(a string, x int) string { return a + string(rune('0'+x)) }))
	println(SumOf([]int{1, 2, 3}), SumOf([]float64{0.5, 0.25}))
	println(len(Keys(map[string]int{"a": 1, "b": 2})))
}
