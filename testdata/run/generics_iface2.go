package main

import (
	"fmt"
	"sort"
	"strings"
)

type Getter[T any] interface{ Get() T }

type box[T any] struct{ v T }

func (b box[T]) Get() T { return b.v }

type Opt[T any] struct {
	Getter[T]
	name string
}

func show[T any](g Getter[T]) string { return fmt.Sprintf("%T:%v", g, g.Get()) }

func kind[T any](x any) string {
	switch x.(type) {
	case T:
		return "T"
	case []T:
		return "[]T"
	case box[T]:
		return "box[T]"
	}
	return "?"
}

type byLen[T ~string] []T

func (s byLen[T]) Len() int           { return len(s) }
func (s byLen[T]) Less(i, j int) bool { return len(s[i]) < len(s[j]) }
func (s byLen[T]) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func main() {
	var g Getter[int] = box[int]{3}
	fmt.Println(show(g), show[string](box[string]{"s"}))
	o := Opt[int]{g, "o"}
	var g2 Getter[int] = o
	fmt.Println(g2.Get(), fmt.Sprintf("%T %+v", g2, g2))
	fmt.Println(kind[int](1), kind[int]([]int{}), kind[int](box[int]{}), kind[string](box[int]{}))
	s := byLen[string]{"ccc", "a", "bb"}
	sort.Sort(s)
	fmt.Println(s, strings.Join(s, ","))
	var e any = g
	_, ok := e.(Getter[string])
	_, ok2 := e.(Getter[int])
	fmt.Println(ok, ok2, e == any(box[int]{3}))
}
