package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
)

type Number interface {
	~int | ~int64 | ~float64
}

func Map[T, U any](s []T, f func(T) U) []U {
	r := make([]U, 0, len(s))
	for _, v := range s {
		r = append(r, f(v))
	}
	return r
}

func Filter[T any](s []T, f func(T) bool) []T {
	var r []T
	for _, v := range s {
		if f(v) {
			r = append(r, v)
		}
	}
	return r
}

func Reduce[T, A any](s []T, init A, f func(A, T) A) A {
	acc := init
	for _, v := range s {
		acc = f(acc, v)
	}
	return acc
}

func Sum[T Number](s ...T) T {
	var t T
	for _, v := range s {
		t += v
	}
	return t
}

func Keys[M ~map[K]V, K comparable, V any](m M) []K {
	r := make([]K, 0, len(m))
	for k := range m {
		r = append(r, k)
	}
	return r
}

func SortedKeys[K interface{ ~string | ~int }, V any](m map[K]V) []K {
	ks := Keys(m)
	sort.Slice(ks, func(i, j int) bool { return ks[i] < ks[j] })
	return ks
}

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type SafeMap[K comparable, V any] struct {
	mu sync.Mutex
	m  map[K]V
}

func NewSafeMap[K comparable, V any]() *SafeMap[K, V] { return &SafeMap[K, V]{m: make(map[K]V)} }
func (s *SafeMap[K, V]) Set(k K, v V)                 { s.mu.Lock(); defer s.mu.Unlock(); s.m[k] = v }
func (s *SafeMap[K, V]) Get(k K) (V, bool)            { s.mu.Lock(); defer s.mu.Unlock(); v, ok := s.m[k]; return v, ok }

type List[T any] struct {
	head *node[T]
	size int
}
type node[T any] struct {
	v    T
	next *node[T]
}

func (l *List[T]) Add(v T) { l.head = &node[T]{v, l.head}; l.size++ }
func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.v)
	}
}

type MyInt int

func (m MyInt) String() string { return "MyInt(" + strconv.Itoa(int(m)) + ")" }

func Stringify[T fmt.Stringer](s []T) []string {
	return Map(s, func(t T) string { return t.String() })
}

func Max[T int | float64 | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

type Opt[T any] struct {
	v  T
	ok bool
}

func Some[T any](v T) Opt[T] { return Opt[T]{v, true} }
func (o Opt[T]) OrElse(d T) T {
	if o.ok {
		return o.v
	}
	return d
}

func Find[T comparable](s []T, v T) (int, error) {
	for i, x := range s {
		if x == v {
			return i, nil
		}
	}
	return -1, errors.New("not found: " + fmt.Sprint(v))
}

type Tree[T interface{ ~int | ~string }] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}
func (t *Tree[T]) Walk(f func(T)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Val)
	t.Right.Walk(f)
}

func main() {
	xs := []int{1, 2, 3, 4, 5}
	fmt.Println(Map(xs, func(i int) string { return strconv.Itoa(i * i) }))
	fmt.Println(Filter(xs, func(i int) bool { return i%2 == 1 }))
	fmt.Println(Reduce(xs, "", func(a string, i int) string { return a + strconv.Itoa(i) }))
	fmt.Println(Sum(1.5, 2.5), Sum[MyInt](1, 2, 3), Sum[int]())
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	fmt.Println(SortedKeys(m), len(Keys(m)))
	var st Stack[string]
	st.Push("x")
	st.Push("y")
	v, ok := st.Pop()
	fmt.Println(v, ok)
	st.Pop()
	v, ok = st.Pop()
	fmt.Printf("%q %v\n", v, ok)
	ps := []Pair[string, int]{{"a", 1}, {"b", 2}}
	fmt.Println(ps, ps[0])
	fmt.Printf("%v %+v %T\n", ps[1], ps[1], ps[1])
	sm := NewSafeMap[int, []string]()
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) { defer wg.Done(); sm.Set(i, []string{strings.Repeat("*", i)}) }(i)
	}
	wg.Wait()
	g, ok := sm.Get(3)
	fmt.Println(g, ok)
	var l List[float64]
	l.Add(1.5)
	l.Add(2.5)
	l.Each(func(f float64) { fmt.Print(f, " ") })
	fmt.Println(l.size)
	fmt.Println(Stringify([]MyInt{1, 2}))
	fmt.Println(Max(3, 7), Max("abc", "abd"), Max(2.5, -1.0))
	fmt.Println(Some(5).OrElse(0), Opt[string]{}.OrElse("def"))
	fmt.Println(Find([]string{"a", "b"}, "b"))
	fmt.Println(Find([]Pair[int, int]{{1, 2}}, Pair[int, int]{3, 4}))
	var tr *Tree[string]
	for _, w := range strings.Fields("the quick brown fox jumps") {
		tr = tr.Insert(w)
	}
	tr.Walk(func(s string) { fmt.Print(s, ",") })
	fmt.Println()
	var ti interface{} = Pair[string, []int]{"k", []int{1}}
	switch p := ti.(type) {
	case Pair[string, int]:
		fmt.Println("wrong", p)
	case fmt.Stringer:
		fmt.Println("stringer", p)
	}
	fmt.Printf("%T %T\n", Stack[MyInt]{}, &List[map[string]bool]{})
}
