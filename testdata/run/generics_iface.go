package main

import (
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strings"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type List[T any] struct {
	next *List[T]
	val  T
}

func (l *List[T]) Len() int {
	n := 0
	for ; l != nil; l = l.next {
		n++
	}
	return n
}

func (l *List[T]) Push(v T) *List[T] { return &List[T]{l, v} }

type Lener interface{ Len() int }

type Num[T any] int

func (n Num[T]) Len() int { return int(n) }

type Set[T comparable] map[T]struct{}

func (s Set[T]) Len() int { return len(s) }

func (s Set[T]) Add(v T) { s[v] = struct{}{} }

type Stack[T any] []T

func (s *Stack[T]) Push(v T) { *s = append(*s, v) }
func (s *Stack[T]) Len() int  { return len(*s) }

type Fn[T any] func(T) T

func (f Fn[T]) Twice(v T) T { return f(f(v)) }

type Twicer[T any] interface{ Twice(T) T }

// Embedding an instantiated generic type promotes its methods.
type Inner struct{ *List[string] }

type Named struct {
	Inner
	Stack[int]
	name string
}

type Err[T any] struct{ v T }

func (e *Err[T]) Error() string { return fmt.Sprint("err ", e.v) }

func find[T any](v T) error {
	return &Err[T]{v}
}

type local struct{ a int }

func describe(x interface{}) string {
	switch v := x.(type) {
	case Pair[int, string]:
		return "Pair[int,string] " + v.Val
	case Pair[string, int]:
		return fmt.Sprint("Pair[string,int] ", v.Val)
	case *List[int]:
		return fmt.Sprint("*List[int] ", v.Len())
	case Lener:
		return fmt.Sprint("Lener ", v.Len())
	}
	return "other " + reflect.TypeOf(x).String()
}

func main() {
	p := Pair[int, string]{1, "one"}
	var x interface{} = p
	fmt.Println(x, p)
	fmt.Printf("%T %v %+v\n", p, p, &p)
	fmt.Println(describe(p), "|", describe(Pair[string, int]{"a", 2}), "|", describe(Pair[int, int]{}))

	l := (*List[int])(nil).Push(1).Push(2).Push(3)
	var le Lener = l
	fmt.Println(le.Len(), describe(l), describe((*List[string])(nil).Push("x")))
	fmt.Printf("%T %T\n", l, (*List[string])(nil))

	lens := []Lener{Num[string](5), Set[int]{1: {}, 2: {}}, &Stack[float64]{1, 2, 3}, l}
	for _, v := range lens {
		fmt.Printf("%T %d\n", v, v.Len())
	}
	s := Set[string]{}
	s.Add("a")
	var i interface{} = s
	if ss, ok := i.(Set[string]); ok {
		ss.Add("b")
	}
	keys := []string{}
	for k := range s {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys, i.(Lener).Len())

	var tw Twicer[int] = Fn[int](func(v int) int { return v * 3 })
	fmt.Println(tw.Twice(2))
	fmt.Printf("%T\n", tw)

	n := Named{Inner: Inner{(*List[string])(nil).Push("a").Push("b")}, name: "n"}
	n.Stack.Push(4)
	var ln Lener = &n // Stack[int]'s Len, at depth 1, hides List's
	var pu interface{ Push(int) } = &n
	pu.Push(5)
	var in Lener = n.Inner
	fmt.Println(ln.Len(), in.Len(), n.List.Len(), n.Stack.Len(), len(n.Stack))

	err := find(42)
	fmt.Println(err)
	var target *Err[int]
	fmt.Println(errors.As(err, &target), target.v)
	var t2 *Err[string]
	fmt.Println(errors.As(err, &t2))
	fmt.Printf("%T %v\n", err, err)

	m := map[interface{}]int{}
	m[Pair[int, int]{1, 2}] = 1
	m[Pair[int, int]{1, 2}]++
	m[Pair[int, string]{1, "2"}] = 5
	fmt.Println(len(m), m[Pair[int, int]{1, 2}])

	fmt.Printf("%T\n", Pair[Num[int], []Stack[string]]{})
	fmt.Printf("%T\n", Pair[local, map[string]*local]{})
	fmt.Printf("%T\n", List[struct {
		a int
		B string `json:"b"`
	}]{})
	fmt.Printf("%T\n", List[func(int, ...string) (bool, error)]{})
	fmt.Printf("%T\n", List[chan<- int]{})
	fmt.Printf("%T\n", List[interface{ Len() int }]{})
	fmt.Printf("%T\n", List[[3]byte]{})
	fmt.Printf("%T\n", List[strings.Builder]{})
	fmt.Println(reflect.TypeOf(p).Name(), reflect.TypeOf(p).PkgPath(), reflect.TypeOf(p).NumField())
	fmt.Println(reflect.ValueOf(p).Field(1).Interface())
	fmt.Println(reflect.TypeOf(l).Elem().Name(), reflect.TypeOf(l).NumMethod())
}
