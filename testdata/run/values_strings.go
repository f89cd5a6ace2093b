package main

func main() {
	s := "héllo, 世界\xff!"
	println(len(s), s[1], s[0:3], s[8:14], s[:3])
	for i, r := range s {
		print(i, ":", r, " ")
	}
	println()
	for i := range "abc" {
		print(i)
	}
	println()
	b := []byte(s)
	b[0] = 'H'
	println(len(b), string(b[:6]), s[:1], b[14])
	rs := []rune(s)
	println(len(rs), string(rs[7:9]), string(rune(19990)), string(rune(-1)) == "\uFFFD")
	println("a" < "b", "ab" > "a", s == "x", s != "x")
	bs := append([]byte("ab"), "cd"...)
	println(string(bs), len(bs))
	n := copy(bs, "xyz")
	println(n, string(bs))
}
