package c

import "example.com/diamond/a"

var C = a.A + 2

func init() {
	println("c.init", C)
}

func init() {
	println("c.init second")
}
