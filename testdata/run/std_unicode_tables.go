package main

// unicode/tables.go is thousands of lines of composite literals in one package initializer:
// it must compile past the JVM's per-method and per-class limits.

import "unicode"

func main() {
	n := 0
	for r := rune(0); r < 0x10000; r++ {
		if unicode.IsUpper(r) {
			n++
		}
	}
	println(n, unicode.IsLetter('ж'), unicode.IsDigit('٣'), unicode.Is(unicode.Han, '中'), len(unicode.Scripts))
	println(unicode.ToUpper('ß'), unicode.ToLower('Ä'), unicode.SimpleFold('k'), unicode.In('α', unicode.Greek, unicode.Latin))
}
