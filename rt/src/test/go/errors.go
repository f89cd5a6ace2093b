// Runtime error texts; expected values for BoundsTest.
// Regenerate: go run errors.go > ../resources/gojc/rt/errors.txt
package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRT := r.(interface{ RuntimeError() })
		fmt.Printf("%s: %v (runtime.Error=%v)\n", name, r, isRT)
	}()
	f()
}

//go:noinline
func n(x int) int { return x }

func main() {
	s := make([]int, 3, 5)
	var nilS []int
	str := "abc"
	arr := [4]int{}
	var m map[string]int
	var p *int
	var u uint64 = 1 << 63
	var i8 int8 = -3
	try("index", func() { _ = s[n(5)] })
	try("index-neg", func() { _ = s[n(-1)] })
	try("index-nil", func() { _ = nilS[n(0)] })
	try("index-str", func() { _ = str[n(3)] })
	try("index-u64", func() { _ = s[u] })
	try("index-i8", func() { _ = s[i8] })
	try("slice-cap", func() { _ = s[:n(7)] })
	try("slice-b", func() { _ = s[n(3):n(2)] })
	try("slice-neg-lo", func() { _ = s[n(-1):] })
	try("slice-neg-hi", func() { _ = s[:n(-2)] })
	try("slice-str", func() { _ = str[:n(5)] })
	try("slice-str-b", func() { _ = str[n(2):n(1)] })
	try("slice-arr", func() { _ = arr[:n(7)] })
	try("slice-arr-b", func() { _ = arr[n(3):n(1)] })
	try("slice3-cap", func() { _ = s[0:1:n(9)] })
	try("slice3-b", func() { _ = s[0:n(4):n(3)] })
	try("slice3-c", func() { _ = s[n(2):n(1):3] })
	try("slice3-neg", func() { _ = s[n(-1):n(1):3] })
	try("div", func() { _ = 5 / n(0) })
	try("mod", func() { _ = 5 % n(0) })
	try("nilmap", func() { m["a"] = 1 })
	try("nilptr", func() { _ = *p })
	try("makelen", func() { _ = make([]int, n(-1)) })
	try("makecap", func() { _ = make([]int, 3, n(2)) })
	try("shift", func() { _ = 1 << n(-1) })
	try("unhashable", func() { _ = map[interface{}]int{[]int{1}: 1} })
	try("uncomparable", func() { var a, b interface{} = []int{1}, []int{1}; _ = a == b })
	try("assert", func() { var a interface{} = "s"; _ = a.(int) })
	try("assert-nil", func() { var a interface{}; _ = a.(int) })
	try("assert-method", func() { var a interface{} = 1; _ = a.(fmt.Stringer) })
	try("convert", func() { _ = (*[4]int)(s) })
}
