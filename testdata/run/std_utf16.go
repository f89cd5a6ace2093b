package main

import (
	"unicode/utf16"
	"unicode/utf8"
)

func main() {
	u := utf16.Encode([]rune("a𝄞"))
	println(len(u), u[1], u[2], utf16.IsSurrogate(rune(u[2])))
	r := utf16.Decode([]uint16{0x61, 0xd834, 0xdd1e, 0xdc00})
	println(len(r), r[1], r[2], utf16.DecodeRune(0xd834, 0xdd1e))
	a, b := utf16.EncodeRune(0x1F600)
	println(a, b, utf8.RuneCountInString("𝄞x"))
}
