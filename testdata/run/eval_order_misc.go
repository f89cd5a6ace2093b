package main

import "fmt"

var trace []string

func t(s string) { trace = append(trace, s) }

var a [10]int

func f(s string) *int { t(s); return &a[len(trace)] }
func two() (int, int) { t("two"); return 7, 8 }
func idx(s string) int { t(s); return len(trace) }

type S struct{ i1, i2, i3 int }

func v(s string) int { t(s); return len(trace) }

func pair() ([]byte, string)     { return make([]byte, 2), "xyz" }
func parts() (float64, float64)  { return 1.5, -2 }
func app() ([]string, string)    { return []string{"a"}, "b" }
func mk() (map[int]int, int)     { return map[int]int{1: 1, 2: 2}, 1 }

type T struct{}

func (T) _()  {}
func (T) _()  {}
func _()      {}
func _()      {}

type B bool

func main() {
	*f("f1"), *f("f2") = two()
	m := map[int]int{1: 10}
	var ok bool
	*f("f3"), ok = m[idx("key")]
	var e interface{} = 5
	var n int
	*f("f4"), ok = e.(int)
	fmt.Println(trace, ok, n)
	trace = nil
	*f("p1"), *f("p2") = v("r1"), v("r2")
	fmt.Println(trace)

	trace = nil
	s := S{i3: v("three"), i1: v("one"), i2: v("two")}
	fmt.Println(s, trace)

	fmt.Println(copy(pair()), complex(parts()), append(app()))
	mm, _ := mk()
	delete(mk())
	fmt.Println(len(mm))

	switch i := interface{}(true); {
	case i:
		fmt.Println("i is true")
	default:
		fmt.Println("no")
	}
	switch x := interface{}(B(true)); {
	case x:
		fmt.Println("no")
	default:
		fmt.Println("B(true) is not true")
	}
	k := 3
	var ik interface{} = 3
	switch k {
	case ik:
		fmt.Println("k matches interface")
	}
	switch interface{}(2.0) {
	case true, B(false), 2:
		fmt.Println("no")
	case 2.0:
		fmt.Println("float")
	}
}
