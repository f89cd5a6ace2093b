package main

import "unicode/utf8"

func main() {
	s := "héllo, 世界"
	println(utf8.RuneCountInString(s), len(s))
	println(utf8.ValidString(s), utf8.ValidString("\xff"), utf8.RuneLen('世'), utf8.RuneLen(-1))
	r, n := utf8.DecodeRuneInString(s[1:])
	println(r, n)
	r, n = utf8.DecodeLastRuneInString(s)
	println(r, n, utf8.FullRuneInString("\xe4\xb8"))
	buf := make([]byte, 4)
	println(utf8.EncodeRune(buf, 0x10FFFF), buf[0], buf[3])
	b := utf8.AppendRune(nil, 'é')
	println(len(b), utf8.RuneStart(b[1]), utf8.ValidRune(0xD800))
}
