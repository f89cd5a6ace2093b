package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

type P struct {
	X, Y int
	name string
	Tags []string
	M    map[string]int
	Next *P
}

type S string

func (s S) String() string { return "S<" + string(s) + ">" }

type E struct{ msg string }

func (e *E) Error() string { return "E:" + e.msg }

type Color int

const (
	Red Color = iota
	Green
)

func (c Color) String() string { return [...]string{"Red", "Green"}[c] }

type G struct{}

func (G) GoString() string { return "G!" }

type F struct{ n int }

func (f F) Format(s fmt.State, verb rune) {
	w, ok := s.Width()
	fmt.Fprintf(s, "F[%c %d %v %v]", verb, f.n, w, ok)
}

func main() {
	fmt.Println("hello, world")
	p := P{X: 1, Y: 2, name: "pt", Tags: []string{"a", "b"}, M: map[string]int{"z": 26, "a": 1, "m": 13}}
	fmt.Printf("%v\n%+v\n", p, p)
	fmt.Printf("%#v\n", p)
	fmt.Printf("%T %T %T %T\n", p, &p, p.M, p.Tags)
	fmt.Printf("%d %x %X %o %b %q %8.3f %e %g\n", 42, 255, 255, 8, 5, "hi\n", 3.14159, 1234.5678, 1e21)
	fmt.Printf("%v %s %d\n", S("x"), S("y"), Green)
	fmt.Println(Red, Green, []Color{Green, Red})
	var err error = &E{"bad"}
	fmt.Println(err, errors.New("plain"))
	fmt.Printf("%v %+v\n", err, []error{err})
	fmt.Printf("%#v %#v %#v\n", []int{1, 2}, map[int]string{2: "b", 1: "a"}, G{})
	fmt.Printf("%5d|%-5d|%05d\n", 7, 7, 7)
	fmt.Printf("%x %X % x\n", "hello", []byte("hi"), []byte{1, 2, 255})
	fmt.Printf("%c %U %q\n", 'A', 'é', 'x')
	fmt.Printf("%t %v %p\n", true, nil, nil)
	fmt.Printf("%v %v\n", [3]int{1, 2, 3}, struct {
		A int
		B []float64
	}{5, []float64{1.5, 2}})
	fmt.Printf("%v %v\n", int8(-5), uint8(200))
	fmt.Printf("%v %.2f %v\n", complex(1, 2), 2.0/3, float32(0.1))
	fmt.Printf("%6.2f|%-8s|%8s|\n", 3.14159, "ab", "cd")
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%!\n")
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Println(map[string]bool{"b": true, "a": false})
	fmt.Println(fmt.Sprintf("%v", []interface{}{1, "a", nil, 2.5}))
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0), fmt.Errorf("wrap: %w", err))
	wrapped := fmt.Errorf("ctx: %w", err)
	var target *E
	fmt.Println(errors.Is(wrapped, err), errors.As(wrapped, &target), target.msg)
	fmt.Printf("%v|%6v|%-6v|%s\n", F{1}, F{2}, F{3}, F{4})
	var sb strings.Builder
	fmt.Fprintf(&sb, "%03d-%s", 9, "x")
	fmt.Println(sb.String(), len(fmt.Sprintln("a", 1)))
	fmt.Fprintln(os.Stderr, "to stderr", 1)
	n, _ := fmt.Printf("%s\n", "count")
	fmt.Println(n)
}
