package main

import "fmt"

type pt struct{ X, Y int }

func main() {
	var a int
	var b string
	var c float64
	n, err := fmt.Sscanf("12 abc 3.5", "%d %s %g", &a, &b, &c)
	fmt.Println(n, err, a, b, c)
	var u uint8
	var r rune
	var x bool
	n, err = fmt.Sscan("200 true", &u, &x)
	fmt.Println(n, err, u, x)
	n, err = fmt.Sscanf("Z", "%c", &r)
	fmt.Println(n, err, string(r))
	var bs []byte
	n, err = fmt.Sscanf("hello", "%s", &bs)
	fmt.Println(n, err, string(bs))
	var i8 int8
	n, err = fmt.Sscan("300", &i8)
	fmt.Println(n, err, i8)
	var p pt
	n, err = fmt.Sscanf("(3,4)", "(%d,%d)", &p.X, &p.Y)
	fmt.Println(n, err, p)
	var hex int
	fmt.Sscanf("ff", "%x", &hex)
	fmt.Println(hex)
}
