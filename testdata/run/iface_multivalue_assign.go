package main

type E struct{ s string }

func (e *E) Error() string { return e.s }

func two() (uint64, error) { return 7, nil }
func three() (int, string, *E) { return 1, "x", &E{"boom"} }


func main() {
	var val any
	var err error
	val, err = two()
	println(val.(uint64), err == nil)
	var a, b, c any = three()
	println(a.(int), b.(string), c.(*E).s)
	var p, q, _ = three()
	pp := &p
	*pp = 9
	println(p, q)
	var e error
	_, _, e = three()
	println(e.Error())
	m := map[string]int{"k": 4}
	var mv any
	var ok any
	mv, ok = m["k"]
	println(mv.(int), ok.(bool))
	ch := make(chan int, 1)
	ch <- 3
	mv, ok = <-ch
	println(mv.(int), ok.(bool))
	for k, v := range m {
		var kk, vv any
		kk, vv = k, v
		println(kk.(string), vv.(int))
	}
}
