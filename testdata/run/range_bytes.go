package main

// range over []byte(s) reads the string's bytes (gc does not copy them): keys, values, both,
// named byte and string types, a constant, a string reassigned inside the loop, break/continue.

type B byte
type S string

func main() {
	s := "héllo"
	for i, c := range []byte(s) {
		print(i, ":", c, " ")
		s = "changed"
	}
	println()
	n := 0
	for range []byte("abcdef") {
		n++
	}
	println(n)
	for i := range []byte(S("xyz")) {
		print(i, " ")
	}
	println()
	sum := 0
	for _, b := range []B("\x01\x02\xff") {
		sum += int(b)
	}
	println(sum)
	for i, c := range []byte("skip-me-stop") {
		if c == '-' {
			continue
		}
		if c == 't' {
			println("stop at", i)
			break
		}
	}
	var empty string
	for range []byte(empty) {
		println("never")
	}
}
