package main

import (
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"text/template"
)

type User struct{ Name string }

func (u User) Greeting(p string) string { return p + ", " + u.Name }
func (u *User) Rename(n string)         { u.Name = n }
func (u User) String() string           { return "User(" + u.Name + ")" }

type A struct{}

func (A) Both() string { return "A" }
func (A) OnlyA() string { return "onlyA" }

type B struct{}

func (B) Both() string { return "B" }

type Greeter interface{ Greeting(string) string }

type Err struct{ msg string }

func (e *Err) Error() string { return e.msg }

func main() {
	u := struct {
		User
		Age int
	}{User{"ann"}, 3}
	// fmt finds String promoted through the unnamed struct
	fmt.Println(u, &u)
	fmt.Printf("%v %+v %s\n", u, u, u)
	var i interface{} = u
	switch x := i.(type) {
	case fmt.Stringer:
		fmt.Println("stringer", x.String())
	default:
		fmt.Println("default")
	}
	_, isGreeter := i.(Greeter)
	_, ptrOnly := i.(interface{ Rename(string) })
	var pi interface{} = &u
	_, ptrHas := pi.(interface{ Rename(string) })
	fmt.Println(isGreeter, ptrOnly, ptrHas)
	pi.(interface{ Rename(string) }).Rename("bea")
	fmt.Println(u.Name)

	ab := struct {
		A
		B
	}{}
	var abi interface{} = ab
	_, hasBoth := abi.(interface{ Both() string })
	oa, hasOnlyA := abi.(interface{ OnlyA() string })
	fmt.Println(hasBoth, hasOnlyA, oa.OnlyA(), reflect.TypeOf(ab).NumMethod())

	withErr := struct {
		*Err
		Code int
	}{&Err{"boom"}, 7}
	var e error = withErr
	fmt.Println(e, errors.Unwrap(e) == nil)
	withIface := struct {
		fmt.Stringer
		N int
	}{User{"via iface"}, 1}
	fmt.Println(withIface, reflect.TypeOf(withIface).NumMethod())

	t := reflect.TypeOf(u)
	pt := reflect.TypeOf(&u)
	names := func(t reflect.Type) []string {
		var r []string
		for i := 0; i < t.NumMethod(); i++ {
			r = append(r, t.Method(i).Name+" "+t.Method(i).Type.String())
		}
		sort.Strings(r)
		return r
	}
	fmt.Println(names(t))
	fmt.Println(names(pt))
	fmt.Println(reflect.ValueOf(&u).MethodByName("Rename").IsValid(), reflect.ValueOf(u).MethodByName("Rename").IsValid())
	reflect.ValueOf(&u).MethodByName("Rename").Call([]reflect.Value{reflect.ValueOf("cyd")})
	fmt.Println(u.Name, reflect.ValueOf(u).MethodByName("Greeting").Call([]reflect.Value{reflect.ValueOf("hey")})[0])

	tm := template.Must(template.New("t").Parse("{{.Greeting \"Hi\"}} {{.}} {{.Age}}\n"))
	var sb strings.Builder
	fmt.Println(tm.Execute(&sb, u), sb.String())
	page := struct {
		User
		Items []string
	}{User{"dee"}, []string{"x"}}
	sb.Reset()
	template.Must(template.New("p").Parse("{{.Name}}: {{range .Items}}{{.}}{{end}} {{.Greeting \"yo\"}}")).Execute(&sb, &page)
	fmt.Println(sb.String())
}
