package main

import (
	"fmt"
	"unsafe"
)

type Word uint

type pair struct {
	name string
	vals [4]int32
}

func main() {
	// A []Word seen as []uint, as crypto/internal/boring/bbig does with big.Word.
	x := []Word{1, 2, 3, 4, 5}
	u := unsafe.Slice((*uint)(&x[0]), len(x))
	fmt.Println(len(u), cap(u), u)
	u[1] = 20
	x[4] = 50
	fmt.Println(x, u)

	// From the middle of a slice: the result starts at that element, cap == len.
	m := unsafe.Slice(&x[2], 2)
	m[0] = 30
	fmt.Println(m, len(m), cap(m), x)

	// An array field, a string array, through unsafe.Pointer between equally held types.
	var p pair
	q := unsafe.Slice((*uint32)(unsafe.Pointer(&p.vals[1])), 3)
	q[2] = 1 << 31
	p.vals[1] = -1
	fmt.Println(p.vals, q)
	names := [3]string{"a", "b", "c"}
	ns := unsafe.Slice(&names[1], 2)
	ns[1] = "z"
	names[1] = "y"
	fmt.Println(names, ns)

	// nil with len 0 is nil; len 0 with a pointer is empty, not nil.
	var np *int
	fmt.Println(unsafe.Slice(np, 0) == nil, unsafe.Slice(&x[0], 0) == nil, len(unsafe.Slice(&x[0], 0)))
	fmt.Println(recovered(func() { _ = unsafe.Slice(np, 1) }))
	n := -1
	fmt.Println(recovered(func() { _ = unsafe.Slice(&x[0], n) }))
}

func recovered(f func()) (s string) {
	defer func() { s = fmt.Sprint(recover()) }()
	f()
	return "no panic"
}
