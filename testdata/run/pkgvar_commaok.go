package main

type T struct{ x int }

var order []string

func g(s string) int {
	order = append(order, s)
	return len(s)
}

var m = map[int]string{3: "three", 4: "four"}

var v, ok = m[g("abc")]
var w, wok = m[g("a")]
var _, found = m[g("abcd")]
var t = &T{42}
var i interface{} = t
var tt, tok = i.(*T)
var s, sok = i.(string)
var a, b any = any(nil).(bool)
var c = make(chan int, 1)
var r, rok = <-func() chan int { c <- 7; return c }()

type myBool bool

var n, nok = i.(*T)
var mb myBool

func main() {
	println(v, ok, w, wok, found)
	println(tt.x, tok, s == "", sok)
	println(a == false, b == false)
	println(r, rok, n == t, nok, mb)
	for _, o := range order {
		println(o)
	}
}
