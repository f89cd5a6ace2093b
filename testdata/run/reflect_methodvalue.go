package main

import (
	"fmt"
	"reflect"
	"strings"
	"unsafe"
)

type Celsius float64

func (c Celsius) String() string        { return fmt.Sprintf("%.1fC", float64(c)) }
func (c Celsius) Add(d float64) Celsius { return c + Celsius(d) }

type Counter struct{ n int }

func (c *Counter) Inc(by int) int { c.n += by; return c.n }
func (c Counter) Get() int        { return c.n }

type Adder interface{ Add(float64) Celsius }

type T struct{}

var X interface{}

func local() {
	type T struct{}
	X = T{}
}

func assertT() (msg string) {
	defer func() { msg = fmt.Sprint(recover()) }()
	_ = X.(T)
	return ""
}

func main() {
	c := Celsius(20)
	v := reflect.ValueOf(c)
	for i := 0; i < v.NumMethod(); i++ {
		m := v.Type().Method(i)
		fmt.Println(i, m.Name, m.Type, v.Method(i).Type())
	}
	add := v.MethodByName("Add").Interface().(func(float64) Celsius)
	fmt.Println(add(1.5))
	str := v.MethodByName("String").Interface().(func() string)
	fmt.Println(str())

	cnt := &Counter{}
	inc := reflect.ValueOf(cnt).MethodByName("Inc")
	fmt.Println(inc.Call([]reflect.Value{reflect.ValueOf(2)})[0].Int())
	incF := inc.Interface().(func(int) int)
	fmt.Println(incF(3), cnt.n)
	get := reflect.ValueOf(*cnt).MethodByName("Get").Interface().(func() int)
	cnt.Inc(10)
	fmt.Println(get(), cnt.n)

	// a method value from an interface value, and a method expression's Func
	var a Adder = Celsius(5)
	av := reflect.ValueOf(&a).Elem()
	fmt.Println(av.Method(0).Interface().(func(float64) Celsius)(2))
	me := reflect.TypeOf(c).Method(0).Func.Interface().(func(Celsius, float64) Celsius)
	fmt.Println(me(1, 2))

	// a method value stored in a func variable through Set
	var f func() string
	reflect.ValueOf(&f).Elem().Set(v.MethodByName("String"))
	fmt.Println(f(), strings.ToUpper(f()))

	// unsafe.Pointer's package path; distinct types that print alike
	fmt.Println(reflect.TypeOf(unsafe.Pointer(nil)).PkgPath())
	local()
	fmt.Println(assertT())
}
