package p

var f = func() {
	x := 1 y
}

var g = func() int {
	return 1
}

func h() {
	go func() {
		a b
	}()
	defer 1
}
