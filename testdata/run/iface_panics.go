package main

type I interface{ M() }
type J interface {
	M()
	N()
}
type T struct{ x int }

func (T) M() {}

type MyInt int

func try(name string, f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			println(name, "error:", e.Error())
			return
		}
		switch v := r.(type) {
		case string:
			println(name, "string:", v)
		case MyInt:
			println(name, "MyInt:", int(v))
		default:
			println(name, "other")
		}
	}()
	f()
}

func main() {
	try("concrete", func() {
		var e interface{} = "s"
		_ = e.(int)
	})
	try("nil", func() {
		var e interface{}
		_ = e.(int)
	})
	try("named", func() {
		var e interface{} = MyInt(1)
		_ = e.(T)
	})
	try("missing", func() {
		var e interface{} = T{}
		_ = e.(J)
	})
	try("nil-iface", func() {
		var e interface{}
		_ = e.(I)
	})
	try("from-I", func() {
		var i I = T{}
		_ = i.(J)
	})
	try("ptr", func() {
		var i I = T{}
		_ = i.(*T)
	})
	try("uncomparable", func() {
		var a, b interface{} = []int{1}, []int{1}
		println(a == b)
	})
	try("uncomparable-map", func() {
		var a, b interface{} = map[int]int{}, 1
		println(a == b)
		println(b == a)
		var c interface{} = map[int]int{}
		println(a == c)
	})
	try("unhashable", func() {
		m := map[interface{}]int{}
		m[[]int{1}] = 1
	})
	try("unhashable-read", func() {
		var m map[interface{}]int
		_ = m[func() {}]
	})
	try("nil-method", func() {
		var i I
		i.M()
	})
	try("value", func() {
		panic(MyInt(7))
	})
	try("string", func() {
		panic("boom")
	})
	try("index", func() {
		var s []int
		_ = s[3]
	})
	var e interface{} = 1
	v, ok := e.(J)
	println(v == nil, ok)
}
