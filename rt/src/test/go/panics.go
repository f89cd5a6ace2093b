// Panic messages; expected values for PanicsTest.
// Regenerate: for m in 0 1 2 3 4 5 6 7 8 9; do go run panics.go $m 2>&1 | sed "/^goroutine 1/q"; done > ../resources/gojc/rt/panics.txt
package main

import (
	"errors"
	"os"
)

type MyInt int
type MyStr string
type MyU uint8

func main() {
	switch os.Args[1] {
	case "0":
		panic("boom")
	case "1":
		panic(errors.New("an error"))
	case "2":
		panic(42)
	case "3":
		panic(MyInt(-5))
	case "4":
		panic(MyStr("x y"))
	case "5":
		panic(MyU(200))
	case "6":
		defer func() { panic("second") }()
		panic("first")
	case "7":
		defer func() { recover(); panic("again") }()
		panic("first")
	case "8":
		panic(1.5)
	case "9":
		var m map[int]int
		m[1] = 2
	}
}
