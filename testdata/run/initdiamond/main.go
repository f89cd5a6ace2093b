// A diamond of imports with an init in each package: each package initializes once,
// dependencies first. Under the current spec's rule the independent packages b and c go in
// import-path order; go 1.19 itself happens to agree here.
package main

import (
	"example.com/diamond/b"
	"example.com/diamond/c"
)

var m = trace("main.m")

func trace(s string) int {
	println("init", s)
	return 1
}

func init() {
	println("main.init", b.B+c.C)
}

func main() {
	println("main.main", m)
}
