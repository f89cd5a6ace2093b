// A library: built with -buildmode=c-archive, its exported functions are called from Java.
package main

var inits = 0

var greeting = "hello, "

func init() {
	inits++
}

//export Inits
func Inits() int {
	return inits
}

//export Greet
func Greet(name string) string {
	return greeting + name
}

//export Add
func Add(a int64, b int32) int64 {
	return a + int64(b)
}

//export Div
func Div(a, b int) int {
	return a / b
}

func main() {
	println("main.main must not run in a library")
}
