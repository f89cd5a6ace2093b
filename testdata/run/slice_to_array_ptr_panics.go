package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		fmt.Println(name+":", recover())
	}()
	f()
}

func short(s []int) int {
	p := (*[4]int)(s)
	return p[0]
}

func index(s []int, i int) int {
	p := (*[3]int)(s[1:])
	return p[i]
}

func store(s []int, i int) {
	p := (*[3]int)(s[1:])
	p[i] = 1
}

func sliceHi(s []int, j int) []int {
	p := (*[3]int)(s[1:])
	return p[:j]
}

func sliceMax(s []int, j, k int) []int {
	p := (*[3]int)(s[1:])
	return p[0:j:k]
}

func sliceLo(s []int, i int) []int {
	p := (*[3]int)(s[1:])
	return p[i:2]
}

func sliceU(s []int, j uint) []int {
	p := (*[3]int)(s[1:])
	return p[:j]
}

func indexU(s []int, i uint64) int {
	p := (*[3]int)(s[1:])
	return p[i]
}

func deref(s []int) [4]int {
	p := (*[4]int)(s)
	return *p
}

func direct(s []int, i int) int {
	return (*[2]int)(s[1:])[i]
}

func main() {
	s := []int{1, 2, 3, 4, 5, 6}
	try("short", func() { short(s[:3]) })
	try("short nil", func() { short(nil) })
	try("index", func() { index(s, 3) })
	try("index neg", func() { index(s, -1) })
	try("store", func() { store(s, 5) })
	try("slice hi", func() { sliceHi(s, 4) })
	try("slice max", func() { sliceMax(s, 1, 4) })
	try("slice3 hi>max", func() { sliceMax(s, 3, 2) })
	try("slice lo", func() { sliceLo(s, 3) })
	try("slice uint", func() { sliceU(s, 1<<63) })
	try("index uint", func() { indexU(s, 1<<64-1) })
	try("deref short", func() { deref(s[4:]) })
	try("direct", func() { direct(s, 2) })
	try("direct short", func() { direct(s[5:], 0) })
	fmt.Println(index(s, 2), sliceHi(s, 3), cap(sliceMax(s, 1, 2)), sliceLo(s, 1), deref(s[2:]))
}
