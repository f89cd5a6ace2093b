package p

func f() {
	x := 1 +
}

func g() {
	y := )
}

func h() int {
	return 1 2
}
