package main

func main() {
	m := map[string]string{"a": "b"}
	var _, x = m["a"]
	var v, ok = m["z"]
	println(x, v == "", ok)
	c := make(chan int, 1)
	c <- 4
	var r, rok = <-c
	println(r, rok)
	var i any = 3
	var n, nok = i.(int)
	println(n, nok)
	var s any
	var t, tok any = m["a"]
	s = t
	println(s.(string), tok.(bool))
}
