// Index and slice operands of unsigned type print unsigned when out of range,
// for slices, arrays, pointers to arrays and strings, reads, stores, op-assignments,
// addresses and all three slice-expression forms; signed ones keep their texts.
package main

func try(name string, f func()) {
	defer func() {
		r := recover()
		if r == nil {
			println(name, "ok")
			return
		}
		println(name, r.(error).Error())
	}()
	f()
}

var big uint64 = 1<<64 - 1
var half uint = 1 << 63
var p uintptr = 1<<64 - 2
var u32 uint32 = 1<<32 - 1

type bytes []byte

const abc = "abc"

func main() {
	s := []int{1, 2, 3}
	a := [3]int{1, 2, 3}
	pa := &a
	str := "abc"
	zero := uint64(0)
	two := uint(2)
	neg := -1

	try("slice index", func() { _ = s[big] })
	try("slice index half", func() { _ = s[half] })
	try("slice index uintptr", func() { _ = s[p] })
	try("slice index uint32", func() { _ = s[u32] })
	try("slice index ok", func() { println(s[two]) })
	try("slice store", func() { s[big] = 1 })
	try("slice op-assign", func() { s[big] += 1 })
	try("parallel", func() { s[0], a[big] = 7, 8 })
	try("parallel ptr", func() { pa[0], pa[big] = 9, 8 })
	try("slice addr", func() { _ = &s[big] })
	try("array index", func() { _ = a[big] })
	try("array store", func() { a[half] = 1 })
	try("array op-assign", func() { a[big]++ })
	try("array addr", func() { _ = &a[big] })
	try("ptr index", func() { _ = pa[big] })
	try("ptr store", func() { pa[big] = 2 })
	try("string index", func() { _ = str[big] })
	try("string index ok", func() { println(str[two]) })
	try("nil slice index", func() { var n []int; _ = n[big] })

	try("slice [big:]", func() { _ = s[big:] })
	try("slice [:big]", func() { _ = s[:big] })
	try("slice [big:two]", func() { _ = s[big:two] })
	try("slice [two:big]", func() { _ = s[two:big] })
	try("slice [neg:big]", func() { _ = s[neg:big] })
	try("slice [big:neg]", func() { _ = s[big:neg] })
	try("slice [zero:two] ok", func() { println(len(s[zero:two])) })
	try("array [big:]", func() { _ = a[big:] })
	try("array [:big]", func() { _ = a[:big] })
	try("ptr [big:two]", func() { _ = pa[big:two] })
	try("string [big:]", func() { _ = str[big:] })
	try("string [:big]", func() { _ = str[:big] })
	try("string [big:two]", func() { _ = str[big:two] })
	try("string [two:] ok", func() { println(str[two:]) })

	try("slice [::big]", func() { _ = s[zero:two:big] })
	try("slice [:big:two]", func() { _ = s[zero:big:two] })
	try("slice [big:two:two]", func() { _ = s[big:two:two] })
	try("slice [big:big:big]", func() { _ = s[big:big:big] })
	try("slice [neg:two:big]", func() { _ = s[neg:two:big] })
	try("array [::big]", func() { _ = a[:two:big] })
	try("array [big:zero:two]", func() { _ = a[big:zero:two] })
	try("ptr [:big:two]", func() { _ = pa[:big:two] })
	try("array [zero:two:two] ok", func() { println(cap(a[zero:two:two])) })

	try("const string index", func() { _ = abc[big] })
	try("const string slice", func() { _ = "abc"[big:] })
	try("named slice", func() { _ = bytes("ab")[1:big:2] })
	m := map[uint64]int{big: 3}
	m[big]++
	println(m[big])

	var np *[3]int
	try("nil ptr index", func() { _ = np[big] })
	try("nil ptr slice", func() { _ = np[big:] })
	println(s[0], a[0])
}
