package main

import (
	"fmt"
	"reflect"
)

type K struct {
	A int
	B string
}

type Inner struct{ V []int }

type Outer struct {
	I  Inner
	P  *Inner
	IF interface{}
	F  func()
	C  chan int
	U  uint16
	R  rune
	BB [2]bool
}

type Num float64

type W struct{ n int }

func (w W) String() string { return fmt.Sprintf("W(%d)", w.n) }

type PS struct{ n int }

func (p *PS) String() string { return "PS" }

type Embed struct {
	K
	W
	x int
}

func main() {
	in := Inner{[]int{1, 2}}
	o := Outer{I: in, P: &in, IF: K{1, "x"}, U: 65535, R: 'z', BB: [2]bool{true, false}}
	o.P = nil
	fmt.Printf("%v\n%+v\n", o, o)
	fmt.Printf("%v %+v\n", &in, &K{2, "y"})
	fmt.Println(map[K]int{{2, "b"}: 1, {1, "z"}: 2, {1, "a"}: 3})
	fmt.Println(map[interface{}]int{"b": 1, "a": 3}, map[interface{}]int{2: 1, 1: 2})
	fmt.Println(map[float64]string{2.5: "x", -1: "y", 0: "z"})
	fmt.Println(map[bool]int{true: 1, false: 0}, map[[2]int]string{{2, 1}: "a", {1, 2}: "b"})
	fmt.Println([]K{{1, "a"}, {2, "b"}}, [2]*K{nil, nil}[0])
	fmt.Printf("%v %.3v %x %X\n", Num(1.5), Num(2.123456), 1.0, -255)
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 1, 4, 2, 2, 3.14159)
	fmt.Println(W{3}, []W{{1}, {2}}, map[string]W{"k": {9}})
	fmt.Println(&PS{1}, PS{2})
	e := Embed{K{1, "k"}, W{2}, 3}
	fmt.Printf("%v|%+v\n", e, e)
	fmt.Printf("%#v\n", e)
	fmt.Printf("%#v %#v %#v %#v\n", 42, "s", 1.5, []interface{}{1, "a", nil})
	fmt.Printf("%#v %#v\n", K{}, &K{1, "q"})
	main2(o)
}

func main2(o Outer) {
	fmt.Printf("%#x %#o %+d % d\n", 255, 8, 5, 5)
	fmt.Printf("%08.3f|%-8.2e|%+.1e\n", -3.14159, 1234.5, 0.000123)
	fmt.Printf("%s|%v|%q\n", []byte("bytes"), []byte("ab"), []string{"a", "b"})
	fmt.Printf("%v %v %v\n", int64(-1<<63), uint64(1<<64-1), uintptr(10))
	fmt.Printf("%v %v\n", float32(1)/3, 1e-7)
	fmt.Printf("%T %T %T %T\n", nil, o.F, o.C, struct{ X int }{})
	fmt.Printf("%v\n", reflect.ValueOf(K{5, "v"}))
	fmt.Printf("%d\n", []int8{-1, 2})
	fmt.Printf("%q %v\n", 'x', 'x')
	var ip *int
	var ifc fmt.Stringer
	fmt.Println(ip, ifc, o.F == nil, o.C)
	fmt.Printf("%t %v\n", false, struct{}{})
	fmt.Printf("%10.4v|%-10v|\n", "abcdefgh", true)
	fmt.Printf("%x %X\n", "ÿ", "\xff")
	fmt.Printf("%6.2f%%\n", 99.5)
	fmt.Println(fmt.Sprintln("a", 1))
}
