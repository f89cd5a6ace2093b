package main

import (
	"errors"
	"io"
)

func main() {
	m := map[string]int{"a": 1, "b": 2}
	func() {
		defer delete(m, "a")
		println(len(m))
	}()
	println(len(m), m["b"])
	var mi = map[any]int{1: 1, "x": 2}
	func() {
		defer delete(mi, 1)
	}()
	println(len(mi))
	old := io.EOF
	io.EOF = errors.New("changed")
	println(io.EOF.Error())
	io.EOF = old
	println(io.EOF.Error())
}
