package main

import "unsafe"

type T struct {
	a int64
	b string
	p unsafe.Pointer
}

type U struct{ x int32 }

type node struct {
	next unsafe.Pointer
	v    int
}

var global int64 = 7

func main() {
	// *struct <-> unsafe.Pointer round trip
	t := &T{a: 1, b: "hi"}
	u := unsafe.Pointer(t)
	t2 := (*T)(u)
	t2.a = 42
	println(t.a, t2.b, t == t2)

	// other pointers (Ptr): locals, globals, elements, fields
	x := int64(5)
	px := unsafe.Pointer(&x)
	*(*int64)(px) = 9
	println(x)
	// same-representation reinterpretation is fine
	*(*uint64)(px) = 11
	println(x)
	pg := unsafe.Pointer(&global)
	println(*(*int64)(pg), pg == unsafe.Pointer(&global), pg != px)
	arr := [3]int32{1, 2, 3}
	pe := unsafe.Pointer(&arr[1])
	println(pe == unsafe.Pointer(&arr[1]), pe == unsafe.Pointer(&arr[2]))
	*(*int32)(pe) = 20
	println(arr[0], arr[1], arr[2])
	pf := unsafe.Pointer(&t.a)
	println(pf == unsafe.Pointer(&t2.a), *(*int64)(pf))

	// nil
	var n unsafe.Pointer
	println(n == nil, u != nil, (*T)(n) == nil, uintptr(n))
	n = nil
	var tn *T
	println(unsafe.Pointer(tn) == nil)

	// uintptr identity: stable and non-zero
	println(uintptr(u) == uintptr(unsafe.Pointer(t2)), uintptr(u) != 0, uintptr(px) == uintptr(unsafe.Pointer(&x)))

	// struct fields, zero values, linked list through unsafe.Pointer
	var head unsafe.Pointer
	for i := 1; i <= 3; i++ {
		head = unsafe.Pointer(&node{next: head, v: i})
	}
	for p := head; p != nil; p = (*node)(p).next {
		print((*node)(p).v, " ")
	}
	println()
	var z T
	println(z.p == nil)
	t.p = unsafe.Pointer(&x)
	println(t.p == px)

	// maps and interfaces
	m := map[unsafe.Pointer]string{}
	m[u] = "t"
	m[px] = "x"
	m[unsafe.Pointer(&x)] = "x again"
	println(len(m), m[unsafe.Pointer(t2)], m[px])
	var i interface{} = u
	var j interface{} = unsafe.Pointer(t2)
	println(i == j)
	back, ok := i.(unsafe.Pointer)
	println(ok, back == u)
	switch i.(type) {
	case unsafe.Pointer:
		println("unsafe.Pointer")
	}
	s := [2]unsafe.Pointer{u, px}
	s2 := [2]unsafe.Pointer{unsafe.Pointer(t2), unsafe.Pointer(&x)}
	println(s == s2)

	// Sizeof, Alignof, Offsetof are constants
	println(unsafe.Sizeof(t), unsafe.Sizeof(*t), unsafe.Alignof(z.b), unsafe.Offsetof(z.b), unsafe.Offsetof(z.p), unsafe.Sizeof(u))
}
