package main

import (
	"fmt"
	"reflect"
)

type T struct{ x int }

func (t T) Get(d int) int    { return t.x + d }
func (t *T) Set(x int)       { t.x = x }
func (t T) Two() (int, string) { return t.x, "two" }

func main() {
	swap := func(in []reflect.Value) []reflect.Value {
		return []reflect.Value{in[1], in[0]}
	}
	var intSwap func(int, int) (int, int)
	fn := reflect.ValueOf(&intSwap).Elem()
	fn.Set(reflect.MakeFunc(fn.Type(), swap))
	a, b := intSwap(1, 2)
	fmt.Println(a, b)
	var strSwap func(string, string) (string, string)
	sv := reflect.ValueOf(&strSwap).Elem()
	sv.Set(reflect.MakeFunc(sv.Type(), swap))
	s1, s2 := strSwap("x", "y")
	fmt.Println(s1, s2)
	var f8 func(int8, bool) int8
	f8v := reflect.MakeFunc(reflect.TypeOf(f8), func(in []reflect.Value) []reflect.Value {
		x := in[0].Int()
		if in[1].Bool() {
			x = -x
		}
		return []reflect.Value{reflect.ValueOf(int8(x * 2))}
	})
	f8 = f8v.Interface().(func(int8, bool) int8)
	fmt.Println(f8(100, true), f8(3, false))
	out := f8v.Call([]reflect.Value{reflect.ValueOf(int8(5)), reflect.ValueOf(false)})
	fmt.Println(out[0].Int())
	var noop func()
	reflect.ValueOf(&noop).Elem().Set(reflect.MakeFunc(reflect.TypeOf(noop), func(in []reflect.Value) []reflect.Value {
		fmt.Println("noop called")
		return nil
	}))
	noop()

	t := T{5}
	m := reflect.ValueOf(t).MethodByName("Get")
	g := m.Interface().(func(int) int)
	fmt.Println(g(10), m.Call([]reflect.Value{reflect.ValueOf(1)})[0].Int())
	p := &T{1}
	set := reflect.ValueOf(p).MethodByName("Set").Interface().(func(int))
	set(42)
	fmt.Println(p.x)
	two := reflect.ValueOf(t).MethodByName("Two").Interface().(func() (int, string))
	n2, s3 := two()
	fmt.Println(n2, s3)
	me := reflect.TypeOf(t).Method(0).Func.Interface().(func(T, int) int)
	fmt.Println(me(T{7}, 1))
	var st fmt.Stringer
	_ = st
	defer func() { fmt.Println("recovered:", recover()) }()
	bad := reflect.MakeFunc(reflect.TypeOf(f8), func(in []reflect.Value) []reflect.Value { return nil }).Interface().(func(int8, bool) int8)
	bad(1, true)
}
