package main

import (
	"fmt"
	"reflect"
)

func main() {
	t := reflect.StructOf([]reflect.StructField{
		{Name: "A", Type: reflect.TypeOf(0), Tag: `json:"a"`},
		{Name: "B", Type: reflect.TypeOf(""), Tag: `json:"b,omitempty"`},
		{Name: "C", Type: reflect.TypeOf([2]int8{})},
		{Name: "D", Type: reflect.TypeOf(float32(0))},
	})
	fmt.Println(t, t.Kind(), t.NumField(), t.Size())
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Println(f.Name, f.Type, f.Tag.Get("json"), f.Offset)
	}
	v := reflect.New(t).Elem()
	v.Field(0).SetInt(42)
	v.Field(1).SetString("hello")
	v.Field(2).Index(1).SetInt(-3)
	v.Field(3).SetFloat(1.5)
	fmt.Println(v.Interface())
	fmt.Printf("%+v\n", v.Addr().Interface())
	w := reflect.New(t).Elem()
	fmt.Println(w.Interface() == v.Interface())
	w.Set(v)
	fmt.Println(w.Interface() == v.Interface())
	w.Field(0).SetInt(1)
	fmt.Println(v.Field(0).Int(), w.Field(0).Int())
	p := v.Field(0).Addr().Interface().(*int)
	*p = 99
	fmt.Println(v.Field(0).Int())
	m := map[interface{}]int{v.Interface(): 1}
	m[w.Interface()] = 2
	fmt.Println(len(m))
	fmt.Println(reflect.DeepEqual(v.Interface(), w.Interface()))
	u := reflect.StructOf([]reflect.StructField{{Name: "X", Type: t}})
	x := reflect.New(u).Elem()
	x.Field(0).Set(v)
	fmt.Printf("%v\n", x.Interface())
	fmt.Println(reflect.StructOf([]reflect.StructField{
		{Name: "A", Type: reflect.TypeOf(0), Tag: `json:"a"`},
		{Name: "B", Type: reflect.TypeOf(""), Tag: `json:"b,omitempty"`},
		{Name: "C", Type: reflect.TypeOf([2]int8{})},
		{Name: "D", Type: reflect.TypeOf(float32(0))},
	}) == t)
	s := reflect.MakeSlice(reflect.SliceOf(t), 2, 2)
	s.Index(1).Field(1).SetString("elem")
	fmt.Println(s.Interface())
	defer func() { fmt.Println("recovered:", recover()) }()
	reflect.StructOf([]reflect.StructField{{Name: "a", Type: reflect.TypeOf(0)}})
}
