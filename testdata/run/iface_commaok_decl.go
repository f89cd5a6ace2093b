package main

type I interface{ M() int }
type T int

func (t T) M() int { return int(t) * 2 }

func main() {
	var x interface{} = T(4)
	var i, ok = x.(I)
	println(i.M(), ok)
	var s, ok2 = x.(string)
	println(s == "", ok2)
	switch x {
	case 1:
		println("one")
	case T(4):
		println("T4")
	}
	var _, ok3 = x.(T)
	println(ok3)
}
