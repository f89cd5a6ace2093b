package a

var A = trace("a.A")

func trace(s string) int {
	println("init", s)
	return 10
}

func init() {
	println("a.init")
}
