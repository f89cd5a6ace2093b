package p

func f(x int) {
	switch x {
	case 1
		g()
	case 2:
		g()
	default
	}
	select {
	case <-c
	}
}
